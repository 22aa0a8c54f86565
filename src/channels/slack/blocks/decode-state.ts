import type { FormKinds, FormValue, FormValues } from '../../../views/form';

/** One element's state in `view.state.values`, as Slack sends it (only what we read). */
interface ElementState {
  type?: unknown;
  value?: unknown;
  selected_option?: { value?: unknown } | null;
  selected_options?: { value?: unknown }[];
  selected_date?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Slack's `view.state.values` (block id → action id → element state) as the neutral
 * `FormValues`, by the kind of each input of the form: a select or radio → its value,
 * a multi-select → the values, a date → `YYYY-MM-DD`, a number → a number (NaN when it is
 * none), text → the text, the toggle's single checkbox → a boolean. Inputs the form does not
 * have are ignored; inputs Slack left out are absent.
 */
export function decodeViewState(state: unknown, kinds: FormKinds): FormValues {
  const values: Record<string, FormValue> = {};
  if (!isRecord(state)) return values;
  for (const block of Object.values(state)) {
    if (!isRecord(block)) continue;
    for (const [name, raw] of Object.entries(block)) {
      const kind = kinds[name];
      if (!kind || !isRecord(raw)) continue;
      values[name] = decodeElement(raw as ElementState, kind);
    }
  }
  return values;
}

function decodeElement(e: ElementState, kind: FormKinds[string]): FormValue {
  const selected = (e.selected_options ?? []).map((o) => (typeof o.value === 'string' ? o.value : ''));
  switch (kind) {
    case 'choice': {
      const v = e.selected_option?.value;
      return typeof v === 'string' ? v : null;
    }
    case 'multi-choice':
      return selected.filter((v) => v !== '');
    case 'toggle':
      return selected.includes('true');
    case 'date':
      return typeof e.selected_date === 'string' ? e.selected_date : null;
    case 'number': {
      if (typeof e.value !== 'string' || e.value.trim() === '') return null;
      const n = Number(e.value.trim());
      return Number.isFinite(n) ? n : Number.NaN;
    }
    case 'short-text':
    case 'long-text':
      return typeof e.value === 'string' ? e.value : '';
  }
}
