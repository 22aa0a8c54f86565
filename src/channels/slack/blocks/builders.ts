import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { BLOCK_KIT_LIMITS as L } from '../slack-limits';
import { actionIdFor, encodeValue } from './payload';
import { escapedChunks, escapedWithin, mrkdwn, plain } from './text';

/** A header block; empty titles make none. */
export function header(title: string): KnownBlock[] {
  if (title.trim() === '') return [];
  const block: HeaderBlock = { type: 'header', text: plain(title, L.headerText) };
  return [block];
}

/** Sections of escaped text, a long text split over several so nothing is refused or lost. */
export function paragraphs(texts: readonly string[]): SectionBlock[] {
  return texts
    .filter((t) => t.trim() !== '')
    .flatMap((t) => escapedChunks(t, L.sectionText))
    .map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

/** Label and value pairs as section fields, ten to a section (Slack's limit). */
export function facts(pairs: readonly { label: string; value: string }[]): SectionBlock[] {
  const fields = pairs.map((f) => {
    const label = escapedWithin(f.label, 200);
    return mrkdwn(`*${label}*\n${escapedWithin(f.value, L.sectionFieldText - label.length - 3)}`);
  });
  const out: SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += L.sectionFields) {
    out.push({ type: 'section', fields: fields.slice(i, i + L.sectionFields) });
  }
  return out;
}

/** A bullet list, as few sections as the 3,000-character limit allows. */
export function bullets(items: readonly string[]): SectionBlock[] {
  const lines = items.flatMap((item) => escapedChunks(`• ${item}`, L.sectionText));
  const out: SectionBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && current.length + 1 + line.length > L.sectionText) {
      out.push({ type: 'section', text: mrkdwn(current) });
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') out.push({ type: 'section', text: mrkdwn(current) });
  return out;
}

/** A line of small print. */
export function context(text: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(escapedWithin(text, L.contextElementText))] };
}

export interface ButtonSpec {
  action: string;
  label: string;
  data: Record<string, string>;
  style?: 'primary' | 'danger';
}

/** Buttons in actions blocks of at most 25; repeated actions get distinct action ids. */
export function buttons(specs: readonly ButtonSpec[]): ActionsBlock[] {
  const seen = new Map<string, number>();
  const elements: Button[] = specs.map((b) => {
    const n = seen.get(b.action) ?? 0;
    seen.set(b.action, n + 1);
    return {
      type: 'button',
      action_id: actionIdFor(b.action, n),
      text: plain(b.label, L.buttonText),
      value: encodeValue(b.data),
      ...(b.style ? { style: b.style } : {}),
    };
  });
  return chunk(elements, L.actionsElements).map((els) => ({ type: 'actions', elements: els }));
}

/** Links that open in the browser, as buttons (no mrkdwn link syntax to get wrong). */
export function linkButtons(links: readonly { label: string; url: string }[]): ActionsBlock[] {
  const elements: Button[] = links
    .filter((l) => l.url.length <= L.url)
    .map((l, i) => ({ type: 'button', action_id: `link#${i}`, text: plain(l.label, L.buttonText), url: l.url }));
  return chunk(elements, L.actionsElements).map((els) => ({ type: 'actions', elements: els }));
}

/**
 * At most `max` blocks: when there are more, the last kept one says how many were left out
 * (a message of 50 blocks is Slack's limit, a modal or Home of 100).
 */
export function fitted(blocks: KnownBlock[], max: number, more: (count: number) => string): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), context(more(blocks.length - (max - 1)))];
}

/** The escaped text fallback of a message: its first line, cut to size. */
export function fallbackText(...candidates: string[]): string {
  const text = candidates.find((c) => c.trim() !== '') ?? ' ';
  return escapedWithin(text, 3_000);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
