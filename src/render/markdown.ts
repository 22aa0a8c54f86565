/**
 * The agenda item as Markdown (GitHub Flavored): the case paper of seed 000,
 * head, background, proposed decision, the sections of seed 004 §5, the
 * closing lines, then the appendix with one `###` section per initiative.
 * Text comes from `agenda-text.ts`; this module only adds Markdown and
 * escapes what people wrote, so nothing they type turns into markup.
 */
import type { AgendaDocument } from '../domain/agenda/agenda-document';
import { messagesFor } from '../i18n';
import {
  type CommentedInitiative,
  decisionPoints,
  dissent,
  type IntroducedList,
  requestSections,
  voteTable,
  withdrawnLines,
} from './agenda-au-text';
import { appendixFacts, deviationFacts, followUpFacts } from './agenda-facts';
import {
  backgroundParagraphs,
  closingLines,
  type Fact,
  type FinalTreatmentText,
  finalTreatmentLines,
  headerLines,
  heatmapNote,
  heatmapTable,
  initiativeLabel,
  missingLines,
  sdgLines,
  statusLegend,
  statusTable,
  type TextTable,
} from './agenda-text';
import { locating } from './render-error';

/** Characters that could start inline markup, and table pipes. */
const INLINE = /[\\`*_[\]<>|~]/g;
/** Bare addresses GFM would turn into links: a scheme's colon, `www.` and an address's `@` are escaped. */
const AUTOLINKS = /\b(https?|ftp)(:\/\/)|\b(www)(\.)|([\w.+-])@(?=[\w-]+\.)/gi;
/** Line starts Markdown would read as a heading or a bullet. */
const HEADING_OR_BULLET = /^(#{1,6}|[-+=])(?=\s|$)/;
/** A line start Markdown would read as an ordered list item: `1.` or `1)` and a space. */
const ORDERED = /^(\d{1,9})([.)])(?=\s|$)/;
/** A whole line Markdown would read as a setext underline or a rule. */
const UNDERLINE = /^([=-])(\1*\s*)$/;

/** Escapes text for use inside a line (table cells, headings, after a list marker): inline markup only. */
function escapeInline(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(AUTOLINKS, (_m, scheme, sep, www, dot, local) =>
      scheme ? `${scheme}\\${sep}` : www ? `${www}\\${dot}` : `${local}\\@`,
    );
}

/** Escapes one line of plain text that starts a Markdown line: inline markup and block markers. */
function escapeLine(line: string): string {
  return escapeInline(line).replace(UNDERLINE, '\\$1$2').replace(HEADING_OR_BULLET, '\\$1').replace(ORDERED, '$1\\$2');
}

/**
 * Escapes plain text for Markdown, keeping its line breaks: a single newline
 * becomes a hard break, an empty line a new paragraph; continuation lines are
 * indented by `indent`, so a value stays inside its list item.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  return paragraphs
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeLine(line.trim()))
        .join(`\\\n${indent}`),
    )
    .join(`\n\n${indent}`);
}

/** A table cell: one line, escaped. */
function cell(text: string): string {
  return escapeInline(text.replace(/\s*\n\s*/g, ' ').trim());
}

/** A cell's width in characters (code points), as Markdown formatters align tables. */
function width(text: string): number {
  return Array.from(text).length;
}

/** A GFM table with its columns aligned, so the raw file reads as a table too (and is formatter-stable). */
function table(t: TextTable): string {
  const header = t.header.map(cell);
  const rows = t.rows.map((r) => header.map((_h, i) => cell(r[i] ?? '')));
  const widths = header.map((h, i) => Math.max(3, width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function facts(list: Fact[]): string {
  return list.map((f) => `- **${cell(f.label)}:** ${escapeMarkdown(f.value, '  ')}`).join('\n');
}

function bullets(lines: string[]): string {
  return lines.map((line) => `- ${escapeMarkdown(line, '  ')}`).join('\n');
}

/** One bullet per initiative, its comments as bullets under it. */
function commentedBullets(items: CommentedInitiative[]): string {
  return items
    .map((item) =>
      [`- ${cell(item.initiative)}`, ...item.comments.map((c) => `  - ${escapeMarkdown(c, '    ')}`)].join('\n'),
    )
    .join('\n');
}

function introduced(list: IntroducedList | null): string[] {
  return list === null ? [] : [escapeMarkdown(list.intro), commentedBullets(list.items)];
}

/** Initiatives in final treatment: one bullet each, the written feedback under it. */
function finalTreatmentBullets(entries: FinalTreatmentText[]): string {
  return entries
    .map((e) =>
      [`- ${escapeMarkdown(e.line, '  ')}`, ...e.feedback.map((f) => `  - ${escapeMarkdown(f, '    ')}`)].join('\n'),
    )
    .join('\n');
}

/** A section's body, or its «none» sentence when it has no entries. */
function listOrNone(intro: string, lines: string[], none: string): string[] {
  return lines.length === 0 ? [escapeMarkdown(none)] : [escapeMarkdown(intro), bullets(lines)];
}

function head(doc: AgendaDocument): string[] {
  const h = headerLines(doc);
  const blocks = [
    `# ${cell(h.title)}`,
    cell(h.forum),
    cell(h.meetingDate),
    `**${cell(h.caseLine)}**`,
    cell(h.caseType),
  ];
  if (h.revision !== null) blocks.push(`**${cell(h.revision)}**`);
  return blocks;
}

/**
 * The proposed decision as a numbered list: each point the sentence Skate adopts, its note
 * (who proposes it, what happened in AU) in italics as a paragraph of the same item; then the
 * points withdrawn.
 */
function backgroundAndDecision(doc: AgendaDocument): string[] {
  const a = messagesFor(doc.locale).agenda;
  const points = decisionPoints(doc).map((p, i) => {
    const indent = ' '.repeat(`${i + 1}. `.length);
    const first = `${i + 1}. ${escapeMarkdown(p.text, indent)}`;
    // `_…_` rather than `*…*`: the emphasis Biome formats Markdown with, so the goldens stay lint-clean.
    return p.note === null ? first : `${first}\n\n${indent}_${escapeMarkdown(p.note, indent)}_`;
  });
  const withdrawn = withdrawnLines(doc);
  return [
    `## ${cell(a.headings.background)}`,
    ...backgroundParagraphs(doc).map((p) => escapeMarkdown(p)),
    `**${cell(a.headings.proposedDecision)}**`,
    points.join(points.some((p) => p.includes('\n\n')) ? '\n\n' : '\n'),
    ...(withdrawn.length === 0 ? [] : [escapeMarkdown(a.decision.withdrawnIntro), bullets(withdrawn)]),
  ];
}

function status(doc: AgendaDocument): string[] {
  const a = messagesFor(doc.locale).agenda;
  const heat = heatmapTable(doc);
  return [
    `## ${cell(a.headings.statusOverview)}`,
    table(statusTable(doc)),
    ...statusLegend(doc).map((line) => escapeMarkdown(line)),
    `## ${cell(a.headings.heatmap)}`,
    escapeMarkdown(heatmapNote(doc)),
    ...(heat === null ? [] : [table(heat)]),
  ];
}

function deviationsAndFollowUp(doc: AgendaDocument): string[] {
  const a = messagesFor(doc.locale).agenda;
  const blocks = [`## ${cell(a.headings.deviations)}`];
  if (doc.deviations.length === 0) blocks.push(escapeMarkdown(a.deviations.none));
  for (const entry of doc.deviations) {
    const part = () => facts(deviationFacts(entry, doc));
    blocks.push(
      `### ${cell(initiativeLabel(entry.initiativeId, entry.title))}`,
      locating(entry.initiativeId, a.headings.deviations, part),
    );
  }
  blocks.push(`## ${cell(a.headings.followUp)}`);
  if (doc.followUp.length === 0) blocks.push(escapeMarkdown(a.followUp.none));
  else blocks.push(escapeMarkdown(a.followUp.intro));
  for (const entry of doc.followUp) {
    const part = () => facts(followUpFacts(entry, doc));
    blocks.push(
      `### ${cell(initiativeLabel(entry.initiativeId, entry.title))}`,
      locating(entry.initiativeId, a.headings.followUp, part),
    );
  }
  return blocks;
}

function au(doc: AgendaDocument): string[] {
  const a = messagesFor(doc.locale).agenda;
  const blocks = [`## ${cell(a.headings.auTreatment)}`, escapeMarkdown(a.au.intro(doc.auTreatment[0]?.members ?? 0))];
  if (doc.auTreatment.length > 0) blocks.push(table(voteTable(doc)));
  const dissenting = dissent(doc);
  if (dissenting.length > 0) blocks.push(`### ${cell(a.headings.dissent)}`, commentedBullets(dissenting));
  for (const section of requestSections(doc)) {
    blocks.push(`### ${cell(section.heading)}`, ...introduced(section.asked), ...introduced(section.minority));
    if (section.none !== null) blocks.push(escapeMarkdown(section.none));
  }
  return blocks;
}

function remaining(doc: AgendaDocument): string[] {
  const a = messagesFor(doc.locale).agenda;
  return [
    `## ${cell(a.headings.missingReports)}`,
    ...listOrNone(a.missing.intro, missingLines(doc), a.missing.none),
    `## ${cell(a.headings.finalTreatment)}`,
    ...(doc.finalTreatment.length === 0
      ? [escapeMarkdown(a.finalTreatment.none)]
      : [escapeMarkdown(a.finalTreatment.intro), finalTreatmentBullets(finalTreatmentLines(doc))]),
    `## ${cell(a.headings.sdgs)}`,
    ...listOrNone(a.sdgs.intro, sdgLines(doc), a.sdgs.none),
  ];
}

function appendix(doc: AgendaDocument): string[] {
  const a = messagesFor(doc.locale).agenda;
  return [
    '---',
    `## ${cell(a.headings.appendix)}`,
    ...doc.appendix.flatMap((entry) => [
      `### ${cell(initiativeLabel(entry.initiativeId, entry.title))}`,
      locating(entry.initiativeId, a.headings.appendix, () => facts(appendixFacts(entry, doc))),
    ]),
  ];
}

/** Renders the agenda item as Markdown, ending with a single newline. */
export function renderMarkdown(doc: AgendaDocument): string {
  const blocks = [
    ...head(doc),
    ...backgroundAndDecision(doc),
    ...status(doc),
    ...deviationsAndFollowUp(doc),
    ...au(doc),
    ...remaining(doc),
    ...closingLines(doc).map((line) => escapeMarkdown(line)),
    ...appendix(doc),
  ];
  return `${blocks.join('\n\n')}\n`;
}
