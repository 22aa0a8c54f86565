import { z } from 'zod';
import type { FormKinds, FormValue, FormValues, InputKind } from '../../../views/form';
import { FORM_KINDS_BY_ACTION } from '../../../views/form-kinds';
import { ACTION_IDS, type ActionId } from '../../../views/message-view';

/**
 * An `Action.Execute` invoke's data, split into the button's data and the form's answers, with
 * the inputs whose wire value had the wrong type (refused on the field by the use case's schema).
 */
export interface DecodedInvoke {
  data: Record<string, string>;
  values: FormValues;
  invalid: string[];
}

const isActionId = (verb: string): verb is ActionId => (ACTION_IDS as readonly string[]).includes(verb);

const scalarWire = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]);

/**
 * What Teams may send for each kind of input: Adaptive Cards send every input as a string (a
 * toggle its valueOn/valueOff, a multi-select `"1,3,5"`); a number or boolean is tolerated. An
 * object, an array or a toggle saying something else never comes from a real card.
 */
const WIRE: Record<InputKind, z.ZodType> = {
  choice: scalarWire,
  date: scalarWire,
  number: scalarWire,
  'short-text': scalarWire,
  'long-text': scalarWire,
  'multi-choice': z.union([z.string(), z.null(), z.undefined()]),
  toggle: z.union([z.boolean(), z.enum(['true', 'false', '']), z.null(), z.undefined()]),
};

/** A scalar as Teams sends it (inputs as strings; a hostile client may send anything). */
function scalar(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return null;
}

/** Teams' wire encoding of one input, into the neutral value of its kind. */
function decodeInput(kind: InputKind, raw: unknown): FormValue {
  const text = scalar(raw);
  switch (kind) {
    case 'choice':
    case 'date':
      return text === null || text.trim() === '' ? null : text.trim();
    case 'multi-choice':
      // Input.ChoiceSet with isMultiSelect sends "1,3,5".
      return (text ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'number': {
      if (text === null || text.trim() === '') return null;
      const n = Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
      return Number.isFinite(n) ? n : Number.NaN;
    }
    case 'short-text':
    case 'long-text':
      return text ?? '';
    case 'toggle':
      // Input.Toggle sends its valueOn/valueOff: "true"/"false".
      return raw === true || text === 'true';
  }
}

/**
 * Decodes the data of an `adaptiveCard/action` invoke: the inputs of the action's form by their
 * kinds (each checked against what Teams can send for it), the rest as the button's own string
 * data (other types dropped). Keys are copied with `Object.fromEntries`, so a `__proto__` key
 * stays a plain key and never reaches a prototype.
 */
export function decodeInvoke(verb: string, raw: unknown): DecodedInvoke {
  const kinds: FormKinds = isActionId(verb) ? (FORM_KINDS_BY_ACTION[verb] ?? {}) : {};
  const entries = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw) : [];
  const data: [string, string][] = [];
  const values: [string, FormValue][] = [];
  const invalid: string[] = [];
  for (const [key, value] of entries) {
    const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined;
    if (kind) {
      if (!WIRE[kind].safeParse(value).success) invalid.push(key);
      values.push([key, decodeInput(kind, value)]);
    } else {
      const text = scalar(value);
      if (text !== null) data.push([key, text]);
    }
  }
  return { data: Object.fromEntries(data), values: Object.fromEntries(values), invalid };
}
