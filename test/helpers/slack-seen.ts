/**
 * What a person sees of a Slack message, modal or Home tab the bot made, reduced to the
 * conversation driver's `Seen`: texts as displayed (entities read back, a fact as «label:
 * value», a table's rows without its fences), a modal's inputs with their errors, the buttons
 * by the product's action id with their data, and the links. A modal's submit button is a
 * button too: its action is the modal's `callback_id`, its data what the modal carries.
 */
import { actionOf, decodeValue } from '../../src/channels/slack/blocks/payload';
import type { Seen } from '../conversations/driver';
import type { Json } from './slack-double-state';
import { modalInputs } from './slack-view-state';

const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Slack's mrkdwn as displayed: entities read back, bold marks and code fences gone. */
export function displayed(text: string): string {
  return text.replace(/```/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The blocks of a message (or a view) as a person sees them. */
export function seenInBlocks(blocks: Json[], fallback = ''): Seen {
  const seen: Seen = { texts: [], inputs: [], buttons: [], links: [] };
  for (const block of blocks) {
    const text = rec(block.text);
    switch (block.type) {
      case 'header':
        seen.texts.push(String(text.text));
        break;
      case 'section':
        if (text.text) seen.texts.push(displayed(String(text.text)));
        for (const field of list(block.fields)) {
          const m = /^\*([\s\S]+?)\*\n([\s\S]*)$/.exec(String(field.text));
          seen.texts.push(displayed(m ? `${m[1]}: ${m[2]}` : String(field.text)));
        }
        break;
      case 'context':
        for (const e of list(block.elements)) if (e.text) seen.texts.push(displayed(String(e.text)));
        break;
      case 'actions':
        for (const e of list(block.elements)) {
          const label = String(rec(e.text).text ?? '');
          if (typeof e.url === 'string') seen.links.push({ label, url: e.url });
          else seen.buttons.push({ action: actionOf(String(e.action_id)), label, data: decodeValue(e.value) });
        }
        break;
      default:
        break;
    }
  }
  if (seen.texts.length === 0 && fallback) seen.texts.push(displayed(fallback));
  return seen;
}

/** A modal: its texts, its inputs (with `errors` from a `response_action: errors` laid over them), its buttons. */
export function seenInModal(view: Json, errors: Record<string, string> = {}): Seen {
  const seen = seenInBlocks(list(view.blocks));
  seen.texts.unshift(String(rec(view.title).text ?? ''));
  seen.inputs = modalInputs(view).map((i) => ({ name: i.name, label: i.label, error: errors[i.name] ?? i.error }));
  // The errors shown under inputs are the inputs', not texts of the modal.
  const inputErrors = new Set(modalInputs(view).map((i) => (i.error ? `⚠️ ${i.error}` : '')));
  seen.texts = seen.texts.filter((t) => !inputErrors.has(t));
  if (view.submit) {
    const meta = decodeValue(view.private_metadata);
    seen.buttons.push({ action: String(view.callback_id), label: String(rec(view.submit).text), data: meta });
  }
  return seen;
}
