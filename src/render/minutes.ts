/**
 * The minutes extract of the samlesak as Markdown and as a Word document, in
 * the minutes' layout (seed 001): the case heading, the presenter, the case
 * papers sent out, the type of case, and «Beslutning» with the decision points
 * as adopted, as bullets.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Minutes } from '../domain/minutes';
import type { Locale } from '../domain/model';
import { minutesText } from '../views/minutes-view';
import { bullet, heading, para } from './docx/blocks';
import { A4, documentStyles, MARGIN } from './docx/styles';
import { escapeMarkdown } from './markdown';

/** The minutes extract as Markdown, ending with one newline. */
export function renderMinutesMarkdown(m: Minutes, locale: Locale): string {
  const x = minutesText(m, locale);
  const list = (lines: string[]) => lines.map((l) => `- ${escapeMarkdown(l, '  ')}`).join('\n');
  return `${[
    `## ${escapeMarkdown(x.heading)}`,
    escapeMarkdown(x.presenter),
    `**${escapeMarkdown(x.papersHeading)}**`,
    list(x.papers),
    escapeMarkdown(x.caseType),
    `**${escapeMarkdown(x.decisionHeading)}**`,
    list(x.points),
  ].join('\n\n')}\n`;
}

/** The minutes extract as a Word document to paste from or attach to the minutes. */
export async function renderMinutesDocx(m: Minutes, locale: Locale): Promise<Buffer> {
  const x = minutesText(m, locale);
  const label = (text: string) =>
    new Paragraph({
      children: [new TextRun({ text, bold: true })],
      keepNext: true,
      spacing: { before: 200, after: 80 },
    });
  const document = new Document({
    title: x.heading,
    creator: m.presentedBy.by,
    styles: documentStyles(locale),
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          heading(2, x.heading),
          para(x.presenter),
          label(x.papersHeading),
          ...x.papers.map((p) => bullet(p)),
          para(x.caseType, { before: 200 }),
          label(x.decisionHeading),
          ...x.points.map((p) => bullet(p)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
