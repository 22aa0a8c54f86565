import type { Form, FormInput, FormSection } from '../../../views/form';

type Element = Record<string, unknown>;

/** The header of a form card: what it is, and the line above it (saved, or what to fix). */
export interface FormCardHeader {
  title: string;
  intro: string | null;
  notice: string | null;
  /** An error that belongs to no input. */
  formError: string | null;
}

const small = (text: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text,
  size: 'Small',
  spacing: 'None',
  wrap: true,
  ...extra,
});

/** One input as Adaptive Card 1.5 elements: the input, its error, its hint. */
function inputElements(input: FormInput): Element[] {
  const common = { id: input.name, label: input.label };
  let element: Element;
  switch (input.kind) {
    case 'choice':
      element = {
        type: 'Input.ChoiceSet',
        ...common,
        style: input.style,
        ...(input.value !== null ? { value: input.value } : {}),
        choices: input.choices,
      };
      break;
    case 'multi-choice':
      // Teams' multi-select sends and takes its values as "1,3,5".
      element = {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        isMultiSelect: true,
        value: input.value.join(','),
        choices: input.choices,
      };
      break;
    case 'date':
      element = {
        type: 'Input.Date',
        ...common,
        ...(input.value !== null ? { value: input.value } : {}),
        ...(input.min !== null ? { min: input.min } : {}),
        ...(input.max !== null ? { max: input.max } : {}),
      };
      break;
    case 'number':
      element = {
        type: 'Input.Number',
        ...common,
        ...(input.value !== null ? { value: input.value } : {}),
        ...(input.min !== null ? { min: input.min } : {}),
        ...(input.max !== null ? { max: input.max } : {}),
      };
      break;
    case 'short-text':
    case 'long-text':
      element = {
        type: 'Input.Text',
        ...common,
        ...(input.kind === 'long-text' ? { isMultiline: true } : {}),
        maxLength: input.maxLength,
        value: input.value,
      };
      break;
    case 'toggle':
      // The toggle's text is its title; a label above it would say the same twice.
      element = {
        type: 'Input.Toggle',
        id: input.name,
        title: input.title,
        valueOn: 'true',
        valueOff: 'false',
        value: input.value ? 'true' : 'false',
        wrap: true,
      };
      break;
  }
  const out = [element];
  if (input.error) out.push(small(input.error, { color: 'Attention' }));
  if (input.hint) out.push(small(input.hint, { isSubtle: true }));
  return out;
}

/** The sections of a form as card elements, in order (for cards that put the form under other content). */
export function formElements(form: Form): Element[] {
  return form.sections.flatMap(sectionElements);
}

/** A section: its heading and read-only lines, then its inputs; a titled section stands out. */
function sectionElements(section: FormSection): Element[] {
  const head: Element[] = [];
  if (section.title) head.push({ type: 'TextBlock', text: section.title, weight: 'Bolder', wrap: true });
  for (const line of section.lines) head.push({ type: 'TextBlock', text: line, wrap: true });
  const items = [...head, ...section.inputs.flatMap(inputElements)];
  return section.title ? [{ type: 'Container', style: 'emphasis', items }] : items;
}

/**
 * A neutral form as an Adaptive Card (1.5): the header, the sections in order, and one
 * `Action.Execute` per button carrying `data` (which form this is), with the inputs attached.
 */
export function formCard(header: FormCardHeader, form: Form, data: Record<string, string | number>): Element {
  const hasErrors = header.formError !== null || form.sections.some((s) => s.inputs.some((i) => i.error));
  const body: Element[] = [
    { type: 'TextBlock', text: header.title, style: 'heading', size: 'Medium', weight: 'Bolder', wrap: true },
  ];
  if (header.intro) body.push({ type: 'TextBlock', text: header.intro, wrap: true });
  if (header.notice) {
    body.push({
      type: 'TextBlock',
      text: header.notice,
      color: hasErrors ? 'Attention' : 'Good',
      weight: 'Bolder',
      wrap: true,
    });
  }
  if (header.formError) body.push(small(header.formError, { color: 'Attention' }));
  body.push(...form.sections.flatMap(sectionElements));
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: header.title,
    body,
    actions: form.buttons.map((b) => ({
      type: 'Action.Execute',
      verb: b.action,
      title: b.label,
      associatedInputs: 'auto',
      ...(b.primary ? { style: 'positive' } : {}),
      data,
    })),
  };
}
