/**
 * What Slack sends as `view.state.values` when a person submits a modal the bot opened: every
 * input block's element state, starting from the initial values the bot put there and changed
 * where the person typed or chose something. Built from the modal as the bot sent it, so the
 * test fills in the form a person would see.
 */
import type { FormValues } from '../../src/views/form';
import type { Json } from './slack-double-state';

const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** The state of every input of `modal`, with `values` (by input name) replacing what the modal held. */
export function stateFor(modal: Json, values: FormValues = {}): Json {
  const state: Json = {};
  for (const block of list(modal.blocks)) {
    if (block.type !== 'input') continue;
    const element = rec(block.element);
    const name = String(element.action_id ?? '');
    const given = Object.hasOwn(values, name) ? values[name] : undefined;
    state[String(block.block_id)] = { [name]: elementState(element, given) };
  }
  return state;
}

function elementState(element: Json, given: FormValues[string] | undefined): Json {
  const type = String(element.type);
  const options = list(element.options);
  const pick = (value: string) => options.find((o) => o.value === value) ?? null;
  switch (type) {
    case 'plain_text_input':
      return {
        type,
        value: given !== undefined ? (given === null ? null : String(given)) : (element.initial_value ?? null),
      };
    case 'number_input':
      return {
        type,
        value: given !== undefined ? (given === null ? null : String(given)) : (element.initial_value ?? null),
      };
    case 'datepicker':
      return { type, selected_date: given !== undefined ? given : (element.initial_date ?? null) };
    case 'static_select':
    case 'radio_buttons':
      return {
        type,
        selected_option:
          given !== undefined ? (given === null ? null : pick(String(given))) : (element.initial_option ?? null),
      };
    case 'multi_static_select':
      return {
        type,
        selected_options: Array.isArray(given)
          ? given.map(pick).filter((o) => o !== null)
          : list(element.initial_options),
      };
    case 'checkboxes':
      return {
        type,
        selected_options: given !== undefined ? (given === true ? options : []) : list(element.initial_options),
      };
    default:
      return { type };
  }
}

/** Every input of a modal, by name: its label, its element type, and the error shown under it. */
export function modalInputs(modal: Json): { name: string; label: string; type: string; error: string | null }[] {
  const blocks = list(modal.blocks);
  return blocks.flatMap((block, i) => {
    if (block.type !== 'input') return [];
    const next = blocks[i + 1];
    const note = next?.type === 'context' ? String(rec(list(next.elements)[0]).text ?? '') : '';
    const error = note.startsWith('⚠️ ') ? note.slice('⚠️ '.length) : null;
    const element = rec(block.element);
    return [
      { name: String(element.action_id), label: String(rec(block.label).text), type: String(element.type), error },
    ];
  });
}
