import type { AgendaDocument } from '../domain/agenda/agenda-document';
import { messagesFor } from '../i18n';
import { formatDate } from '../i18n/format';
import type { MessageView } from './message-view';

export interface AgendaLinks {
  docx: string;
  html: string;
  md: string;
  png: string;
}

/**
 * The card Skate's channel gets: the quarter at a glance (counts by status,
 * the significant deviations, what AU recommends), the heat map, and links to
 * the full case paper. With `confirm`, the secretariat's preview with a
 * publish button.
 */
export function agendaSummaryView(doc: AgendaDocument, links: AgendaLinks, confirm: boolean): MessageView {
  const t = messagesFor(doc.locale);
  const a = t.agendaCard;
  const h = doc.header;
  const title = a.title(h.caseNumber, t.quarterLabel(h.quarter, h.year), h.revision);
  const b = doc.background;
  const counts = a.counts(b.submitted, b.expected, b.byOverall.green, b.byOverall.yellow, b.byOverall.red);
  const items = [
    ...doc.deviations.map((d) =>
      a.deviation(d.initiativeId, d.title, d.red.map((r) => t.lightDimensions[r].toLowerCase()).join(', ')),
    ),
    ...doc.missingReports.map((m) => a.missing(m.initiativeId, m.title)),
  ];
  return {
    kind: 'agenda-summary',
    locale: doc.locale,
    title,
    summary: counts,
    paragraphs: [
      counts,
      ...(doc.proposedDecision.length > 0 ? [a.recommends(doc.proposedDecision.length)] : [a.takeNote]),
      ...(confirm ? [a.previewNote] : []),
    ],
    facts: [
      { label: a.meeting, value: formatDate(h.meetingDate, doc.locale) },
      { label: a.caseNumber, value: h.caseNumber },
    ],
    items,
    actions: confirm
      ? [{ id: 'agenda.publish', label: a.publish, data: { roundId: doc.round, revision: String(h.revision) } }]
      : [],
    links: [
      { label: a.word, url: links.docx },
      { label: a.html, url: links.html },
      { label: a.markdown, url: links.md },
    ],
    // The alt text counts the quarters the picture shows: a young registry has fewer than four.
    image: { url: links.png, alt: a.heatmapAlt(doc.heatmap.quarters.length) },
    data: { roundId: doc.round, revision: h.revision, caseNumber: h.caseNumber },
  };
}
