import type { AgendaDocument } from '../domain/agenda/agenda-document';
import { undecidedPoints } from '../domain/agenda/agenda-points';
import { messagesFor } from '../i18n';
import { formatDate } from '../i18n/format';
import { outcomeSentence } from '../i18n/outcome-text';
import type { MessageView } from './message-view';

export interface AgendaLinks {
  docx: string;
  html: string;
  md: string;
  png: string;
}

/** How many points of the proposed decision come from where. */
function pointCounts(doc: AgendaDocument) {
  const points = doc.proposedDecision.points;
  return {
    au: points.filter((p) => p.source === 'au').length,
    secretariat: points.filter((p) => p.source === 'secretariat').length,
    undecided: points.filter((p) => p.source === 'undecided').length,
    withdrawn: doc.proposedDecision.withdrawn.length,
  };
}

/**
 * The card Skate's channel gets: the quarter at a glance (counts by status,
 * the significant deviations, how many points are AU's recommendation and
 * how many the secretariat's own proposal), the heat map, and links to the
 * full case paper. With `confirm`, the secretariat's preview: the points AU
 * did not adopt that still await the secretariat's decision, each with a
 * button to put it forward as the secretariat's proposal or withdraw it, and
 * the publish button once none awaits; a proposed case number says how to set
 * the real one.
 */
export function agendaSummaryView(
  doc: AgendaDocument,
  links: AgendaLinks,
  confirm: boolean,
  /** The compilation's storage revision, which the publish button names (the paper shows its edition). */
  stored: number = doc.header.revision,
): MessageView {
  const t = messagesFor(doc.locale);
  const a = t.agendaCard;
  const h = doc.header;
  const title = a.title(h.caseNumber, t.quarterLabel(h.quarter, h.year), h.revision);
  const b = doc.background;
  const counts = a.counts(b.submitted, b.expected, b.byOverall.green, b.byOverall.yellow, b.byOverall.red);
  const pending = confirm ? undecidedPoints(doc.proposedDecision) : [];
  const items = [
    ...doc.deviations.map((d) =>
      a.deviation(d.initiativeId, d.title, d.red.map((r) => t.lightDimensions[r].toLowerCase()).join(', ')),
    ),
    ...doc.missingReports.map((m) => a.missing(m.initiativeId, m.title)),
    ...pending.map((p) => a.pendingItem(`${p.initiativeId} ${p.title}`, outcomeSentence(p.vote, doc.locale))),
  ];
  const tally = pointCounts(doc);
  const specific = tally.au + tally.secretariat + tally.undecided;
  const publish = {
    id: 'agenda.publish' as const,
    label: a.publish,
    data: { roundId: doc.round, revision: String(stored) },
  };
  return {
    kind: 'agenda-summary',
    locale: doc.locale,
    title,
    summary: counts,
    paragraphs: [
      counts,
      specific > 0 || tally.withdrawn > 0 ? a.points(tally) : a.takeNote,
      ...(pending.length > 0 ? [a.pending(pending.length)] : []),
      ...(confirm ? [a.previewNote] : []),
    ],
    facts: [
      { label: a.meeting, value: formatDate(h.meetingDate, doc.locale) },
      {
        label: a.caseNumber,
        value: confirm && !h.caseNumberConfirmed ? a.caseNumberProposed(h.caseNumber) : h.caseNumber,
      },
    ],
    items,
    // A paper with a point nobody has decided on cannot be published: decide first. Teams allows five
    // actions with the three links, so one button puts every pending point forward; one is withdrawn by command.
    actions: !confirm
      ? []
      : pending.length > 0
        ? [{ id: 'agenda.point-propose' as const, label: a.proposeAll(pending.length), data: { roundId: doc.round } }]
        : [publish],
    links: [
      { label: a.word, url: links.docx },
      { label: a.html, url: links.html },
      { label: a.markdown, url: links.md },
    ],
    // The alt text counts the quarters the picture shows: a young registry has fewer than four.
    image: { url: links.png, alt: a.heatmapAlt(doc.heatmap.quarters.length) },
    data: {
      roundId: doc.round,
      revision: h.revision,
      caseNumber: h.caseNumber,
      undecided: undecidedPoints(doc.proposedDecision)
        .map((p) => p.initiativeId)
        .join(', '),
    },
  };
}
