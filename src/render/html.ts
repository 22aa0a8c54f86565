/**
 * The agenda item as one self-contained HTML5 page: inline CSS, the heat map
 * as inline SVG, no external assets, print-friendly (A4, the appendix on a new
 * page). Sections and headings are those of the Markdown (h1 the case paper,
 * h2 the sections, h3 one initiative); all text comes from `agenda-text.ts`,
 * and everything is escaped with `escape-html`, so nothing people write in
 * their reports can become markup.
 */
import escapeHtml from 'escape-html';
import type { AgendaDocument } from '../domain/agenda/agenda-document';
import type { Light } from '../domain/model';
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
  finalTreatmentLines,
  headerLines,
  heatmapNote,
  heatmapTable,
  initiativeLabel,
  LIGHT_SYMBOLS,
  missingLines,
  NO_LIGHT,
  sdgLines,
  statusLegend,
  statusTable,
} from './agenda-text';
import { renderHeatmapSvg } from './heatmap';
import { AGENDA_CSS } from './html-style';
import { locating } from './render-error';

/** Escapes plain text for HTML text and attribute values, keeping line breaks as `<br>`. */
export function escapeText(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n').trim()).replace(/\n/g, '<br>\n');
}

/** Paragraphs from plain text: an empty line starts a new paragraph. */
function paragraphs(text: string, cls?: string): string {
  const attr = cls ? ` class="${cls}"` : '';
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p${attr}>${escapeText(p)}</p>`)
    .join('\n');
}

const h = (level: 1 | 2 | 3, text: string, id?: string): string =>
  `<h${level}${id ? ` id="${id}"` : ''}>${escapeText(text)}</h${level}>`;

/** A light as shape + word, the cell tinted; the shape is hidden from screen readers, the word is read. */
function lightCell(light: Light | null, text: string): string {
  if (light === null) return `<td class="light">${escapeText(text)}</td>`;
  const word = text.startsWith(LIGHT_SYMBOLS[light]) ? text.slice(LIGHT_SYMBOLS[light].length).trim() : text;
  return `<td class="light light-${light}"><span class="symbol" aria-hidden="true">${LIGHT_SYMBOLS[light]}</span> ${escapeText(word)}</td>`;
}

function table(header: string[], rows: string[], cls: string): string {
  const head = header.map((c) => `<th scope="col">${escapeText(c)}</th>`).join('');
  return `<table class="${cls}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function facts(list: Fact[]): string {
  const items = list.map((f) => `<dt>${escapeText(f.label)}</dt><dd>${escapeText(f.value)}</dd>`);
  return `<dl class="facts">\n${items.join('\n')}\n</dl>`;
}

function bullets(lines: string[]): string {
  return `<ul>\n${lines.map((l) => `<li>${escapeText(l)}</li>`).join('\n')}\n</ul>`;
}

function listOrNone(intro: string, lines: string[], none: string): string {
  return lines.length === 0 ? paragraphs(none) : `${paragraphs(intro)}\n${bullets(lines)}`;
}

function commentedList(items: CommentedInitiative[]): string {
  const li = items.map((item) => {
    const comments = item.comments.map((c) => `<li>${escapeText(c)}</li>`).join('');
    return `<li>${escapeText(item.initiative)}${comments === '' ? '' : `<ul>${comments}</ul>`}</li>`;
  });
  return `<ul>\n${li.join('\n')}\n</ul>`;
}

function introduced(list: IntroducedList | null): string[] {
  return list === null ? [] : [paragraphs(list.intro), commentedList(list.items)];
}

function head(doc: AgendaDocument): string {
  const l = headerLines(doc);
  return [
    '<header class="case-head">',
    h(1, l.title),
    `<p>${escapeText(l.forum)}</p>`,
    `<p>${escapeText(l.meetingDate)}</p>`,
    `<p class="case-line">${escapeText(l.caseLine)}</p>`,
    `<p>${escapeText(l.caseType)}</p>`,
    l.revision === null ? '' : `<p class="revision">${escapeText(l.revision)}</p>`,
    '</header>',
  ].join('\n');
}

function backgroundAndDecision(doc: AgendaDocument): string {
  const a = messagesFor(doc.locale).agenda;
  const points = decisionPoints(doc).map(
    (p) =>
      `<li><p>${escapeText(p.text)}</p>${p.note === null ? '' : `<p class="point-note">${escapeText(p.note)}</p>`}</li>`,
  );
  const withdrawn = withdrawnLines(doc);
  return [
    '<section id="background">',
    h(2, a.headings.background),
    ...backgroundParagraphs(doc).map((p) => paragraphs(p)),
    `<p class="decision-label">${escapeText(a.headings.proposedDecision)}</p>`,
    `<ol class="decision">\n${points.join('\n')}\n</ol>`,
    withdrawn.length === 0 ? '' : `${paragraphs(a.decision.withdrawnIntro)}\n${bullets(withdrawn)}`,
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function status(doc: AgendaDocument): string {
  const a = messagesFor(doc.locale).agenda;
  const st = statusTable(doc);
  const rows = st.rows.map((cells, i) => {
    const row = doc.statusOverview[i];
    const lights: (Light | null)[] = row ? [row.overall, row.result, row.schedule, row.cost] : [];
    const [name = '', owner = '', , , , , trend = ''] = cells;
    const lightCells = lights.map((light, j) => lightCell(light, cells[j + 2] ?? NO_LIGHT)).join('');
    return `<tr><td>${escapeText(name)}</td><td>${escapeText(owner)}</td>${lightCells}<td class="trend">${escapeText(trend)}</td></tr>`;
  });
  const heat = heatmapTable(doc);
  return [
    '<section id="status">',
    h(2, a.headings.statusOverview),
    table(st.header, rows, 'status'),
    ...statusLegend(doc).map((line) => paragraphs(line, 'legend')),
    '</section>',
    '<section id="heatmap">',
    h(2, a.headings.heatmap),
    paragraphs(heatmapNote(doc)),
    heat === null ? '' : `<figure class="heatmap">\n${renderHeatmapSvg(doc)}\n</figure>`,
    '</section>',
  ].join('\n');
}

function deviationsAndFollowUp(doc: AgendaDocument): string {
  const a = messagesFor(doc.locale).agenda;
  const parts = ['<section id="deviations">', h(2, a.headings.deviations)];
  if (doc.deviations.length === 0) parts.push(paragraphs(a.deviations.none));
  for (const entry of doc.deviations) {
    parts.push(h(3, initiativeLabel(entry.initiativeId, entry.title)), facts(deviationFacts(entry, doc)));
  }
  parts.push('</section>', '<section id="follow-up">', h(2, a.headings.followUp));
  parts.push(paragraphs(doc.followUp.length === 0 ? a.followUp.none : a.followUp.intro));
  for (const entry of doc.followUp) {
    parts.push(h(3, initiativeLabel(entry.initiativeId, entry.title)), facts(followUpFacts(entry, doc)));
  }
  parts.push('</section>');
  return parts.join('\n');
}

function au(doc: AgendaDocument): string {
  const a = messagesFor(doc.locale).agenda;
  const parts = [
    '<section id="au-treatment">',
    h(2, a.headings.auTreatment),
    paragraphs(a.au.intro(doc.auTreatment[0]?.members ?? 0)),
  ];
  if (doc.auTreatment.length > 0) {
    const vt = voteTable(doc);
    const rows = vt.rows.map(
      ([name = '', ...rest]) =>
        `<tr><td>${escapeText(name)}</td>${rest.map((c, i) => `<td${i < rest.length - 1 ? ' class="num"' : ''}>${escapeText(c)}</td>`).join('')}</tr>`,
    );
    parts.push(table(vt.header, rows, 'votes'));
  }
  const dissenting = dissent(doc);
  if (dissenting.length > 0) parts.push(h(3, a.headings.dissent), commentedList(dissenting));
  for (const section of requestSections(doc)) {
    parts.push(h(3, section.heading), ...introduced(section.asked), ...introduced(section.minority));
    if (section.none !== null) parts.push(paragraphs(section.none));
  }
  parts.push('</section>');
  return parts.join('\n');
}

function remaining(doc: AgendaDocument): string {
  const a = messagesFor(doc.locale).agenda;
  return [
    '<section id="missing-reports">',
    h(2, a.headings.missingReports),
    listOrNone(a.missing.intro, missingLines(doc), a.missing.none),
    '</section>',
    '<section id="final-treatment">',
    h(2, a.headings.finalTreatment),
    doc.finalTreatment.length === 0
      ? paragraphs(a.finalTreatment.none)
      : `${paragraphs(a.finalTreatment.intro)}\n${commentedList(
          finalTreatmentLines(doc).map((e) => ({ initiative: e.line, comments: e.feedback })),
        )}`,
    '</section>',
    '<section id="sdgs">',
    h(2, a.headings.sdgs),
    listOrNone(a.sdgs.intro, sdgLines(doc), a.sdgs.none),
    '</section>',
  ].join('\n');
}

function appendix(doc: AgendaDocument): string {
  const a = messagesFor(doc.locale).agenda;
  return [
    '<section class="appendix" id="appendix">',
    h(2, a.headings.appendix),
    ...doc.appendix.map((entry) =>
      [
        `<section class="initiative" id="${escapeHtml(entry.initiativeId)}">`,
        h(3, initiativeLabel(entry.initiativeId, entry.title)),
        locating(entry.initiativeId, a.headings.appendix, () => facts(appendixFacts(entry, doc))),
        '</section>',
      ].join('\n'),
    ),
    '</section>',
  ].join('\n');
}

/** Renders the agenda item as a complete, self-contained HTML5 document. */
export function renderHtml(doc: AgendaDocument): string {
  const body = [
    head(doc),
    backgroundAndDecision(doc),
    status(doc),
    deviationsAndFollowUp(doc),
    au(doc),
    remaining(doc),
    `<footer class="closing">\n${closingLines(doc)
      .map((line) => `<p>${escapeText(line)}</p>`)
      .join('\n')}\n</footer>`,
    appendix(doc),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(headerLines(doc).caseLine)}</title>`,
    `<style>${AGENDA_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="case-paper">',
    ...body.filter((part) => part !== ''),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
