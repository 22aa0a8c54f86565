/**
 * Slack's documented Block Kit limits as a checker (docs.slack.dev, the reference page of each
 * block, element and composition object; the numbers are BLOCK_KIT_LIMITS), plus what the bot
 * promises on top: every message has a text fallback, and no mrkdwn text holds a raw `<`, `>`
 * or an `&` that is not an entity, so nothing a person typed can become a mention or a link.
 * Returns every breach, with where it is, so a failing test says what to fix.
 */
import { BLOCK_KIT_LIMITS as L } from '../../src/channels/slack/slack-limits';
import type { Json } from './slack-double-state';

export type Surface = 'message' | 'modal' | 'home';

const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const len = (v: unknown): number => Array.from(typeof v === 'string' ? v : '').length;

/** The breaches of Slack's limits in a message (`{text, blocks}`), a modal or a Home view. */
export function blockKitBreaches(payload: Json, surface: Surface): string[] {
  const out: string[] = [];
  const check = (ok: boolean, where: string, what: string) => {
    if (!ok) out.push(`${where}: ${what}`);
  };
  const blocks = list(payload.blocks);
  const maxBlocks = surface === 'message' ? L.messageBlocks : L.surfaceBlocks;
  check(blocks.length <= maxBlocks, surface, `${blocks.length} blocks, more than ${maxBlocks}`);
  check(blocks.length > 0, surface, 'no blocks');
  if (surface === 'message') {
    check(typeof payload.text === 'string' && payload.text.trim() !== '', 'text', 'no text fallback');
    check(len(payload.text) <= L.messageText, 'text', 'too long');
    mrkdwnSafe(String(payload.text ?? ''), 'text', check);
  }
  if (surface === 'modal') {
    check(len(rec(payload.title).text) <= L.modalTitle, 'title', `«${rec(payload.title).text}» over ${L.modalTitle}`);
    for (const k of ['submit', 'close'] as const) {
      if (payload[k]) check(len(rec(payload[k]).text) <= L.modalButton, k, 'over 24 characters');
    }
    check(len(payload.private_metadata) <= L.privateMetadata, 'private_metadata', 'over 3,000 characters');
    check(len(payload.callback_id) <= L.id, 'callback_id', 'over 255 characters');
    const inputs = blocks.filter((b) => b.type === 'input').length;
    if (inputs > 0) check(payload.submit !== undefined, 'modal', 'inputs without a submit button');
  }
  for (const [i, b] of blocks.entries()) checkBlock(b, `block ${i} (${String(b.type)})`, check);
  const ids = blocks.map((b) => b.block_id).filter((id) => id !== undefined);
  check(new Set(ids).size === ids.length, surface, 'duplicate block_id');
  return out;
}

type Check = (ok: boolean, where: string, what: string) => void;

function checkBlock(b: Json, where: string, check: Check): void {
  if (b.block_id !== undefined) check(len(b.block_id) <= L.id, where, 'block_id over 255');
  switch (b.type) {
    case 'header':
      check(len(rec(b.text).text) <= L.headerText, where, 'header over 150');
      break;
    case 'section': {
      if (b.text) textObject(rec(b.text), L.sectionText, where, check);
      const fields = list(b.fields);
      check(fields.length <= L.sectionFields, where, `${fields.length} fields, more than 10`);
      for (const f of fields) textObject(f, L.sectionFieldText, `${where} field`, check);
      check(b.text !== undefined || fields.length > 0, where, 'a section without text or fields');
      if (b.accessory) element(rec(b.accessory), `${where} accessory`, check);
      break;
    }
    case 'context': {
      const elements = list(b.elements);
      check(elements.length <= L.contextElements, where, 'more than 10 elements');
      for (const e of elements) if (e.type !== 'image') textObject(e, L.contextElementText, where, check);
      break;
    }
    case 'actions': {
      const elements = list(b.elements);
      check(elements.length <= L.actionsElements, where, 'more than 25 elements');
      const ids = elements.map((e) => e.action_id);
      check(new Set(ids).size === ids.length, where, 'duplicate action_id in one block');
      for (const e of elements) element(e, where, check);
      break;
    }
    case 'input':
      check(len(rec(b.label).text) <= L.label, where, `label «${rec(b.label).text}» over ${L.label}`);
      if (b.hint) check(len(rec(b.hint).text) <= L.hint, where, 'hint over 2,000');
      element(rec(b.element), where, check);
      break;
    case 'image':
      check(len(b.alt_text) <= L.altText && len(b.alt_text) > 0, where, 'alt text missing or over 2,000');
      check(len(b.image_url) <= L.url, where, 'image_url over 3,000');
      break;
    case 'divider':
      break;
    default:
      check(false, where, 'a block type the bot does not use');
  }
}

function textObject(t: Json, max: number, where: string, check: Check): void {
  const text = String(t.text ?? '');
  check(len(text) <= max, where, `${t.type} text of ${len(text)} over ${max}`);
  check(text.length > 0, where, 'empty text');
  if (t.type === 'mrkdwn') mrkdwnSafe(text, where, check);
}

/** A raw `<` or `>` would open a mention or link; a bare `&` would start an entity. */
function mrkdwnSafe(text: string, where: string, check: Check): void {
  check(!/[<>]/.test(text), where, `unescaped < or > in «${text.slice(0, 60)}»`);
  check(!/&(?!(amp|lt|gt);)/.test(text), where, `unescaped & in «${text.slice(0, 60)}»`);
}

function element(e: Json, where: string, check: Check): void {
  if (e.action_id !== undefined) check(len(e.action_id) <= L.id, where, 'action_id over 255');
  const options = list(e.options);
  for (const o of [...options, ...list(e.initial_options), ...(e.initial_option ? [rec(e.initial_option)] : [])]) {
    check(len(rec(o.text).text) <= L.optionText, where, `option «${rec(o.text).text}» over 75`);
    check(len(o.value) <= L.optionValue, where, 'option value over 150');
  }
  switch (e.type) {
    case 'button':
      check(len(rec(e.text).text) <= L.buttonText, where, `button «${rec(e.text).text}» over 75`);
      check(len(e.value) <= L.buttonValue, where, 'button value over 2,000');
      if (e.url !== undefined) check(len(e.url) <= L.url, where, 'url over 3,000');
      break;
    case 'radio_buttons':
      check(options.length <= L.radioOptions, where, 'more than 10 radio buttons');
      break;
    case 'checkboxes':
      check(options.length <= L.checkboxOptions, where, 'more than 10 checkboxes');
      break;
    case 'static_select':
    case 'multi_static_select':
      check(options.length <= L.staticSelectOptions, where, 'more than 100 options');
      break;
    case 'plain_text_input': {
      const max = Number(e.max_length ?? L.textInput);
      check(max <= L.textInput, where, 'max_length over 3,000');
      check(len(e.initial_value) <= max, where, 'initial value longer than max_length');
      break;
    }
    case 'datepicker':
    case 'number_input':
      break;
    default:
      check(false, where, `an element type the bot does not use: ${String(e.type)}`);
  }
}
