/**
 * The text of the agenda item, shared by every renderer (Markdown, HTML,
 * Word): each turns document values into localised strings here and only adds
 * its own markup, so the three formats always say the same thing.
 *
 * Lights read without colour: each has its own shape as well as its word,
 * ● Grønn (circle), ▲ Gul (triangle), ■ Rød (square), and – where there is no
 * report; the same shapes as the heat map. Trends compare with the previous
 * report's overall light, as an arrow with its word: «↑ bedre», «→ uendret»,
 * «↓ dårligere», and «ny» (new) when there is nothing to compare with.
 *
 * Every string returned is plain text (free text carried as written, inside
 * «» where it is quoted); renderers escape it for their format. Dates go
 * through `formatDate` (16.10.2026) and amounts through `formatNok`, which
 * keeps Intl's no-break spaces (U+00A0) as the thousands separator
 * (12 500 000 kr), so an amount never wraps across lines.
 */
import type { AgendaDocument, StatusRow } from '../domain/agenda/agenda-document';
import { quarterLabel } from '../domain/calendar';
import type { Light, Locale } from '../domain/model';
import { SDGS } from '../domain/reference';
import { messagesFor } from '../i18n';
import { formatDate } from '../i18n/format';

/** The shape of each light, so the status reads in black and white. */
export const LIGHT_SYMBOLS: Readonly<Record<Light, string>> = { green: '●', yellow: '▲', red: '■' };
/** What stands in a light's place when there is no report. */
export const NO_LIGHT = '–';
/** The trend arrows; a new initiative gets the catalogue's word instead. */
export const TREND_ARROWS = { better: '↑', same: '→', worse: '↓' } as const;

/** A labelled value, e.g. «Tiltakseier: Skatteetaten»; renderers choose list, table or paragraph. */
export interface Fact {
  label: string;
  value: string;
}

/** A table as plain text cells; the first column names the initiative. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** A light with its shape and word, «● Grønn»; «–» for no light. */
export function lightText(light: Light | null, locale: Locale): string {
  return light === null ? NO_LIGHT : `${LIGHT_SYMBOLS[light]} ${messagesFor(locale).lights[light]}`;
}

/**
 * A row's trend: an arrow with its word («↑ bedre», «→ uendret», «↓ dårligere»), the
 * word for new, or «–» when this round's report is missing. The word makes the
 * trend readable where a small arrow is easy to miss (print, greyscale).
 */
export function trendText(row: StatusRow, locale: Locale): string {
  if (row.overall === null) return NO_LIGHT;
  const s = messagesFor(locale).agenda.status;
  return row.trend === 'new' ? s.trendNew : `${TREND_ARROWS[row.trend]} ${s.trendWords[row.trend]}`;
}

/** Quotes free text the locale's way: «…» with ‹…› inside in Norwegian, “…” with ‘…’ inside in English. */
export function quote(text: string, locale: Locale): string {
  const body = text.trim();
  return locale === 'en'
    ? `“${body.replace(/“/g, '‘').replace(/”/g, '’')}”`
    : `«${body.replace(/«/g, '‹').replace(/»/g, '›')}»`;
}

/** «T-2026-03 Felles løsning for digital postkasse». */
export function initiativeLabel(id: string, title: string): string {
  return `${id} ${title}`;
}

/** A quarter as a column heading: «3. kv. 2026», «Q3 2026». */
export function quarterShort(quarter: string, locale: Locale): string {
  const { quarter: n, year } = quarterLabel(quarter);
  return messagesFor(locale).agenda.quarterShort(n, year);
}

/** The case title: «Status i tiltakene i handlingsplanen – 4. kvartal 2026». */
export function caseTitle(doc: AgendaDocument): string {
  const t = messagesFor(doc.locale);
  return t.agenda.caseTitle(t.quarterLabel(doc.header.quarter, doc.header.year));
}

/** The lines of the case paper's head, in order; `revision` is null for the first compilation. */
export function headerLines(doc: AgendaDocument): {
  title: string;
  forum: string;
  meetingDate: string;
  caseLine: string;
  caseType: string;
  revision: string | null;
} {
  const a = messagesFor(doc.locale).agenda;
  const h = doc.header;
  return {
    title: a.documentTitle,
    forum: a.forum(h.forum),
    meetingDate: a.meetingDate(formatDate(h.meetingDate, doc.locale)),
    caseLine: a.caseLine(h.caseNumber, caseTitle(doc)),
    caseType: a.caseTypes[h.caseType],
    revision: h.revision > 0 ? a.revision(h.revision) : null,
  };
}

/** The background's paragraphs: the basis of the process, then the reporting basis with its counts. */
export function backgroundParagraphs(doc: AgendaDocument): string[] {
  const t = messagesFor(doc.locale);
  const b = t.agenda.background;
  const bg = doc.background;
  const counts = [
    b.requested(t.quarterLabel(doc.header.quarter, doc.header.year), bg.expected, formatDate(bg.deadline, doc.locale)),
    b.received(bg.submitted, bg.missing),
  ];
  if (bg.submitted > 0) {
    counts.push(b.byOverall(bg.byOverall.green, bg.byOverall.yellow, bg.byOverall.red));
    counts.push(b.deviations(bg.significantDeviations));
  }
  const au =
    bg.auMeeting === null
      ? b.auUndated
      : bg.auMeeting <= doc.preparedOn
        ? b.auHeld(formatDate(bg.auMeeting, doc.locale))
        : b.auPlanned(formatDate(bg.auMeeting, doc.locale));
  const outcome = auBackgroundSentence(doc);
  return [b.basis, [...counts, au, ...(outcome ? [outcome] : [])].join(' ')];
}

/**
 * The background's sentence on AU's part: whether the proposed decision is AU's
 * recommendation, the secretariat's, or some of each. Null when AU treated nothing.
 */
export function auBackgroundSentence(doc: AgendaDocument): string | null {
  const b = messagesFor(doc.locale).agenda.background;
  const { auAdopted, auTreated } = doc.background;
  if (auTreated === 0) return null;
  if (auAdopted === auTreated) return b.auAll(auTreated);
  return auAdopted === 0 ? b.auNone : b.auSome(auAdopted, auTreated);
}

/** The first, general point of the proposed decision. */
export function generalDecisionPoint(locale: Locale): string {
  return messagesFor(locale).agenda.decision.general;
}

/** The status overview: initiative, owner, the four lights and the trend. */
export function statusTable(doc: AgendaDocument): TextTable {
  const t = messagesFor(doc.locale);
  const s = t.agenda.status;
  const dims = t.lightDimensions;
  return {
    header: [s.initiative, s.owner, dims.overall, dims.result, dims.schedule, dims.cost, s.trend],
    rows: doc.statusOverview.map((row) => [
      initiativeLabel(row.initiativeId, row.title),
      row.owner,
      row.overall === null ? s.missing : lightText(row.overall, doc.locale),
      lightText(row.result, doc.locale),
      lightText(row.schedule, doc.locale),
      lightText(row.cost, doc.locale),
      trendText(row, doc.locale),
    ]),
  };
}

/** The keys under the status overview: what the lights mean, then what the trend compares with. */
export function statusLegend(doc: AgendaDocument): string[] {
  const s = messagesFor(doc.locale).agenda.status;
  const lights = s.lightLegend(
    lightText('green', doc.locale),
    lightText('yellow', doc.locale),
    lightText('red', doc.locale),
  );
  const { better, same, worse } = TREND_ARROWS;
  const trend =
    doc.background.previousRound === null ? s.trendFirst(s.trendNew) : s.trendLegend(better, same, worse, s.trendNew);
  return [lights, trend];
}

/** The heat map as a table (cells «● Grønn» or «–»), or null when there is only this quarter. */
export function heatmapTable(doc: AgendaDocument): TextTable | null {
  if (doc.heatmap.quarters.length < 2) return null;
  return {
    header: [
      messagesFor(doc.locale).agenda.status.initiative,
      ...doc.heatmap.quarters.map((q) => quarterShort(q, doc.locale)),
    ],
    rows: doc.heatmap.rows.map((row) => [
      initiativeLabel(row.initiativeId, row.title),
      ...row.cells.map((light) => lightText(light, doc.locale)),
    ]),
  };
}

/** The sentence above the heat map, or the note that replaces it when there is no history yet. */
export function heatmapNote(doc: AgendaDocument): string {
  const h = messagesFor(doc.locale).agenda.heatmap;
  return doc.heatmap.quarters.length < 2 ? h.tooShort : h.intro(doc.heatmap.quarters.length);
}

/** One line per missing report: initiative, owner and contact persons. */
export function missingLines(doc: AgendaDocument): string[] {
  const m = messagesFor(doc.locale).agenda.missing;
  return doc.missingReports.map((e) =>
    m.line(initiativeLabel(e.initiativeId, e.title), e.owner, e.contacts.join(', ')),
  );
}

/** An initiative in final treatment: its line (owner, agreed result) and the written feedback round under it. */
export interface FinalTreatmentText {
  line: string;
  feedback: string[];
}

/**
 * One entry per initiative in final treatment: its agreed result, then the Skate agencies'
 * written feedback (6.1), quoted, or the state of the feedback round.
 */
export function finalTreatmentLines(doc: AgendaDocument): FinalTreatmentText[] {
  const f = messagesFor(doc.locale).agenda.finalTreatment;
  return doc.finalTreatment.map((e) => {
    const given = e.feedback.map((x) => f.feedback(x.from, quote(x.text, doc.locale)));
    const line = f.line(initiativeLabel(e.initiativeId, e.title), e.owner, e.agreedResult.trim());
    if (e.feedbackDeadline === null) return { line, feedback: [...given, f.noRound] };
    const deadline = formatDate(e.feedbackDeadline, doc.locale);
    // While the round is open the deadline is news; once it has passed, only a silence is.
    const open = e.feedbackDeadline >= doc.preparedOn;
    const state = open ? [f.open(deadline)] : given.length === 0 ? [f.noFeedback(deadline)] : [];
    return { line, feedback: [...given, ...state] };
  });
}

/** An SDG's number and name: «16 Fred, rettferdighet og velfungerende institusjoner». */
export function sdgName(sdg: number, locale: Locale): string {
  const name = SDGS.find((s) => s.number === sdg)?.name[locale] ?? '';
  return messagesFor(locale).agenda.sdgs.item(sdg, name).trim();
}

/** One line per SDG with how many initiatives support it, most first. */
export function sdgLines(doc: AgendaDocument): string[] {
  const s = messagesFor(doc.locale).agenda.sdgs;
  return doc.sdgs.map((e) => s.line(e.sdg, SDGS.find((g) => g.number === e.sdg)?.name[doc.locale] ?? '', e.count));
}

/** The closing lines: presenter, who prepared the paper, place and date. */
export function closingLines(doc: AgendaDocument): string[] {
  const c = messagesFor(doc.locale).agenda.closing;
  return [
    c.presenter(doc.presenter),
    c.preparedBy(doc.preparedBy),
    c.placeAndDate(doc.place, formatDate(doc.preparedOn, doc.locale)),
  ];
}
