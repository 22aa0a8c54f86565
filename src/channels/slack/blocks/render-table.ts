import type { KnownBlock, SectionBlock } from '@slack/types';
import { messagesFor } from '../../../i18n';
import type { TableView } from '../../../views/vote-view';
import { BLOCK_KIT_LIMITS as L } from '../slack-limits';
import { fallbackText, fitted, header, paragraphs } from './builders';
import type { SlackMessage } from './payload';
import { escapeMrkdwn, mrkdwn, truncate } from './text';

/** How wide a column may grow before its cells are cut: a line in Slack's desktop client. */
const MAX_COLUMN = 40;
const FENCE = '```';

/**
 * A command's table (`status`, `tiltak`) as preformatted text: aligned columns in code
 * blocks of at most 3,000 characters each, the header row repeated in each, so a long
 * table is split rather than refused. Slack's table block is one per message and not
 * shown by every client; monospaced text is.
 */
export function renderTable(view: TableView): SlackMessage {
  const widths = view.columns.map((c, i) =>
    Math.min(MAX_COLUMN, Math.max(charCount(c), ...view.rows.map((r) => charCount(r[i] ?? '')))),
  );
  const line = (cells: readonly string[]) =>
    escapeMrkdwn(
      widths
        .map((w, i) => pad(truncate(cells[i] ?? '', w), w))
        .join('  ')
        .trimEnd(),
    );
  const head = [line(view.columns), line(widths.map((w) => '-'.repeat(w)))];
  const sections: SectionBlock[] = [];
  let body: string[] = [];
  const flush = () => {
    if (body.length === 0) return;
    sections.push({ type: 'section', text: mrkdwn(`${FENCE}${[...head, ...body].join('\n')}${FENCE}`) });
    body = [];
  };
  const room = L.sectionText - FENCE.length * 2 - head.join('\n').length - 1;
  for (const row of view.rows) {
    const text = line(row);
    if (body.length > 0 && [...body, text].join('\n').length > room) flush();
    body.push(text);
  }
  flush();
  const blocks: KnownBlock[] = [...header(view.title), ...paragraphs(view.lines), ...sections];
  return {
    text: fallbackText(view.title, ...view.lines),
    blocks: fitted(blocks, L.messageBlocks, messagesFor(view.locale).slack.moreRows),
  };
}

function charCount(text: string): number {
  return Array.from(text).length;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - charCount(text)));
}
