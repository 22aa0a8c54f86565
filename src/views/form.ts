/**
 * The channel-neutral form: what the report form and the vote card ask, as an ordered list of
 * typed inputs. Teams renders it as an Adaptive Card, Slack as a Block Kit modal; each parses its
 * own payload back into `FormValues`, so the use cases never see a platform's wire encoding.
 */

/** What every input has: its name (the key of its value), label, optional hint and error. */
interface InputBase {
  /** The key of the value in `FormValues`; also the element id on every platform. */
  name: string;
  label: string;
  /** A line under the input: a rule, a suggestion, the allowed range. */
  hint: string | null;
  /** The localised error to show next to the input, from the last save or submit. */
  error: string | null;
  /** Whether the platform should insist on a value (the domain decides; this only helps the person). */
  required: boolean;
}

export interface Choice {
  title: string;
  value: string;
}

/** One choice among several (a light, a follow-up state, a vote). */
export interface ChoiceInput extends InputBase {
  kind: 'choice';
  value: string | null;
  choices: Choice[];
  /** `expanded`: radio buttons (few choices, all visible); `compact`: a drop-down. */
  style: 'expanded' | 'compact';
}

/** Any number of choices (the SDGs). */
export interface MultiChoiceInput extends InputBase {
  kind: 'multi-choice';
  value: string[];
  choices: Choice[];
}

/** A calendar date, `YYYY-MM-DD`. */
export interface DateInput extends InputBase {
  kind: 'date';
  value: string | null;
  min: string | null;
  max: string | null;
}

/** A number (an amount in NOK). */
export interface NumberInput extends InputBase {
  kind: 'number';
  value: number | null;
  min: number | null;
  max: number | null;
}

/** Text: one line, or several. `maxLength` is the domain's limit for the field. */
export interface TextInput extends InputBase {
  kind: 'short-text' | 'long-text';
  value: string;
  maxLength: number;
}

/** Yes or no; `title` is the text beside the switch. */
export interface ToggleInput extends InputBase {
  kind: 'toggle';
  value: boolean;
  title: string;
}

export type FormInput = ChoiceInput | MultiChoiceInput | DateInput | NumberInput | TextInput | ToggleInput;
export type InputKind = FormInput['kind'];

/**
 * A part of a form: an optional heading and read-only lines (e.g. Skate's decision to follow up),
 * then its inputs in order. A section is shown only when `visible`; the view decides, from the
 * data it has, so every platform shows the same parts.
 */
export interface FormSection {
  id: string;
  title: string | null;
  /** Read-only text shown above the inputs. */
  lines: string[];
  inputs: FormInput[];
}

/** A button that sends the form: the action id (product vocabulary) and its label. */
export interface FormButton {
  action: 'report.save' | 'report.submit' | 'review.vote';
  label: string;
  /** The main action (Slack's modal submit, Teams' positive style). */
  primary: boolean;
}

/** A whole form: its sections and the buttons that send it. */
export interface Form {
  sections: FormSection[];
  buttons: FormButton[];
}

/** A value as the use cases receive it, by input kind (see `InputValue`). */
export type FormValue = string | string[] | number | boolean | null;

/**
 * The answers of a form, neutral: choice, date → string (or null); multi-choice → string[];
 * number → number (NaN when the platform sent something that is not one) or null; text → string;
 * toggle → boolean. Inputs the platform did not send are absent.
 */
export type FormValues = Readonly<Record<string, FormValue>>;

/** Every input of a form, in order. */
export function formInputs(form: Form): FormInput[] {
  return form.sections.flatMap((s) => s.inputs);
}

/** The kind of each input of a form, by name: what a channel needs to decode its payload. */
export type FormKinds = Readonly<Record<string, InputKind>>;

export function formKinds(form: Form): FormKinds {
  return Object.fromEntries(formInputs(form).map((i) => [i.name, i.kind]));
}

/** A value of the kind asked for, from `values`; absent or of another type reads as empty. */
export const read = {
  text: (values: FormValues, name: string): string => {
    const v = values[name];
    return typeof v === 'string' ? v.trim() : '';
  },
  choice: (values: FormValues, name: string): string | null => {
    const v = values[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  },
  many: (values: FormValues, name: string): string[] => {
    const v = values[name];
    return Array.isArray(v) ? v : [];
  },
  number: (values: FormValues, name: string): number | null => {
    const v = values[name];
    return typeof v === 'number' ? v : null;
  },
  toggle: (values: FormValues, name: string): boolean => values[name] === true,
};

/** The values a form shows now, by input name: what sending it unchanged would send. */
export function formValues(form: Form): FormValues {
  return Object.fromEntries(formInputs(form).map((i) => [i.name, i.value]));
}
