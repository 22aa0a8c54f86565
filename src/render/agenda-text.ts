/**
 * The text of the agenda item, shared by every renderer (Markdown, HTML,
 * Word): each turns document values into localised strings here and only adds
 * its own markup, so the three formats always say the same thing.
 *
 * Lights read without colour: each has its own shape as well as its word,
 * ● Grønn (circle), ▲ Gul (triangle), ■ Rød (square), and – where there is no
 * report; the same shapes as the heat map. Trends are arrows against the
 * previous report's overall light: ↑ better, → unchanged, ↓ worse, and the word
 * «ny» (new) when there is nothing to compare with.
 *
 * Every string returned is plain text (free text carried as written, inside
 * «» where it is quoted); renderers escape it for their format. Dates go
 * through `formatDate` (16.10.2026) and amounts through `formatNok`, which
 * keeps Intl's no-break spaces (U+00A0) as the thousands separator
 * (12 500 000 kr), so an amount never wraps across lines.
 */
import type {
  AgendaDocument,
  AppendixEntry,
  AuTreatmentEntry,
  DeviationEntry,
  FollowUpEntry,
  StatusRow,
} from '../domain/agenda/agenda-document';
import { quarterLabel } from '../domain/calendar';
import type { Light, Locale } from '../domain/model';
import { SDGS } from '../domain/reference';
import { messagesFor } from '../i18n';
import { formatDate, formatNok } from '../i18n/format';
import { recommendationText } from '../i18n/recommendation-text';

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

/** A row's trend: an arrow, the word for new, or «–» when this round's report is missing. */
export function trendText(row: StatusRow, locale: Locale): string {
  if (row.overall === null) return NO_LIGHT;
  return row.trend === 'new' ? messagesFor(locale).agenda.status.trendNew : TREND_ARROWS[row.trend];
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
  return [b.basis, `${counts.join(' ')} ${au}`];
}

/** The first, general point of the proposed decision. */
export function generalDecisionPoint(locale: Locale): string {
  return messagesFor(locale).agenda.decision.general;
}

function titleOf(doc: AgendaDocument, initiativeId: string): string {
  return doc.statusOverview.find((r) => r.initiativeId === initiativeId)?.title ?? '';
}

/**
 * The proposed decision's points, general first. A specific point names its
 * initiative unless the text already does, notes a recommendation for a
 * separate Skate item, and notes when a majority of AU voted against the
 * recommendation (a vote without quorum shows in AU's table only).
 */
export function decisionPoints(doc: AgendaDocument): string[] {
  const d = messagesFor(doc.locale).agenda.decision;
  const specific = doc.proposedDecision.map(({ initiativeId, recommendation }) => {
    const body = recommendationText(recommendation, doc.locale).trim();
    const parts = [
      body.includes(initiativeId) ? body : d.point(initiativeLabel(initiativeId, titleOf(doc, initiativeId)), body),
    ];
    const tally = doc.auTreatment.find((e) => e.initiativeId === initiativeId)?.tally;
    if (tally?.separateItem.requested) parts.push(d.separateItem);
    if (tally?.outcome === 'not-agreed') parts.push(d.notAgreed);
    return parts.join(' ');
  });
  return [d.general, ...specific];
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

/** A significant deviation's facts: owner, red lights, forecast, deviation, corrective actions, overrides. */
export function deviationFacts(entry: DeviationEntry, doc: AgendaDocument): Fact[] {
  const t = messagesFor(doc.locale);
  const a = t.agenda;
  const date = (d: string): string => formatDate(d, doc.locale);
  const nok = (n: number): string => formatNok(n, doc.locale);
  const red = entry.red.map((d) => t.lightDimensions[d]).join(', ');
  const facts: Fact[] = [
    { label: a.facts.owner, value: entry.owner },
    { label: a.deviations.red, value: red.charAt(0) + red.slice(1).toLowerCase() },
    {
      label: a.facts.forecast,
      value: a.deviations.forecast(
        date(entry.forecastCompletionDate),
        date(entry.agreedCompletionDate),
        nok(entry.forecastCostNok),
        nok(entry.agreedCostNok),
      ),
    },
  ];
  if (entry.deviations.trim() !== '') facts.push({ label: a.facts.deviations, value: entry.deviations.trim() });
  facts.push({
    label: a.facts.correctiveActions,
    value: entry.correctiveActions.trim() === '' ? a.deviations.noCorrectiveActions : entry.correctiveActions.trim(),
  });
  for (const o of entry.overrides) {
    const light = (l: Light): string => t.lights[l].toLowerCase();
    facts.push({
      label: a.deviations.override,
      value: a.deviations.overrideText(
        t.lightDimensions[o.dimension],
        light(o.chosen),
        light(o.suggested),
        o.reason.trim() || t.none,
      ),
    });
  }
  return facts;
}

/** A followed-up decision's facts: the decision quoted, whether it was followed, the owner's words quoted. */
export function followUpFacts(entry: FollowUpEntry, doc: AgendaDocument): Fact[] {
  const t = messagesFor(doc.locale);
  const f = t.agenda.followUp;
  const missing = doc.missingReports.some((m) => m.initiativeId === entry.initiativeId);
  const state = entry.state === null ? (missing ? f.notAnsweredMissing : f.notAnswered) : t.followUp[entry.state];
  const facts: Fact[] = [
    { label: f.decision(formatDate(entry.decidedOn, doc.locale)), value: quote(entry.decisionText, doc.locale) },
    { label: f.state, value: state },
  ];
  if (entry.comment.trim() !== '') facts.push({ label: f.comment, value: quote(entry.comment, doc.locale) });
  return facts;
}

/** The outcome of AU's vote on one initiative, as a phrase. */
export function outcomeText(entry: AuTreatmentEntry, locale: Locale): string {
  return messagesFor(locale).agenda.au.outcomes[entry.tally.outcome];
}

/** One line summing up AU's vote on an initiative: counts, how many were counted, outcome. */
export function voteSummary(entry: AuTreatmentEntry, locale: Locale): string {
  const { counts, counted, recused } = entry.tally;
  return messagesFor(locale).agenda.au.voteLine({
    agree: counts.agree,
    disagree: counts.disagree,
    oralBriefing: counts['oral-briefing'],
    separateItem: counts['separate-item'],
    counted,
    members: entry.members,
    recused: recused.length,
    outcome: outcomeText(entry, locale),
  });
}

/** AU's votes per initiative as a table. */
export function voteTable(doc: AgendaDocument): TextTable {
  const c = messagesFor(doc.locale).agenda.au.columns;
  return {
    header: [c.initiative, c.agree, c.disagree, c.oralBriefing, c.separateItem, c.recused, c.notVoted, c.outcome],
    rows: doc.auTreatment.map((e) => [
      initiativeLabel(e.initiativeId, e.title),
      String(e.tally.counts.agree),
      String(e.tally.counts.disagree),
      String(e.tally.counts['oral-briefing']),
      String(e.tally.counts['separate-item']),
      String(e.tally.recused.length),
      String(e.tally.notVoted.length),
      outcomeText(e, doc.locale),
    ]),
  };
}

/** An initiative with the quoted comments that go with it (dissent, oral-briefing reasons, justifications). */
export interface CommentedInitiative {
  initiative: string;
  comments: string[];
}

function commented(
  doc: AgendaDocument,
  pick: (e: AuTreatmentEntry) => { include: boolean; comments: string[] },
): CommentedInitiative[] {
  return doc.auTreatment.flatMap((e) => {
    const { include, comments } = pick(e);
    if (!include) return [];
    const quoted = comments.filter((c) => c.trim() !== '').map((c) => quote(c, doc.locale));
    return [{ initiative: initiativeLabel(e.initiativeId, e.title), comments: quoted }];
  });
}

/** Initiatives where AU members voted against the recommendation, with their comments. */
export function dissent(doc: AgendaDocument): CommentedInitiative[] {
  return commented(doc, (e) => ({
    include: e.tally.dissent.length > 0,
    comments: e.tally.dissent.map((d) => d.comment),
  }));
}

/** Initiatives AU asks an oral briefing from (seed 004, 5.4), with what AU wants to hear about. */
export function oralBriefings(doc: AgendaDocument): CommentedInitiative[] {
  return commented(doc, (e) => ({ include: e.tally.oralBriefingRequested, comments: e.oralBriefingReasons ?? [] }));
}

/** Initiatives AU recommends as a separate Skate item (seed 004, 5.5), with the justifications. */
export function separateItems(doc: AgendaDocument): CommentedInitiative[] {
  return commented(doc, (e) => ({
    include: e.tally.separateItem.requested,
    comments: e.tally.separateItem.justifications.map((j) => j.comment),
  }));
}

/** One line per missing report: initiative, owner and contact persons. */
export function missingLines(doc: AgendaDocument): string[] {
  const m = messagesFor(doc.locale).agenda.missing;
  return doc.missingReports.map((e) =>
    m.line(initiativeLabel(e.initiativeId, e.title), e.owner, e.contacts.join(', ')),
  );
}

/** One line per initiative ready for final treatment, with its agreed result. */
export function finalTreatmentLines(doc: AgendaDocument): string[] {
  const f = messagesFor(doc.locale).agenda.finalTreatment;
  return doc.finalTreatment.map((e) =>
    f.line(initiativeLabel(e.initiativeId, e.title), e.owner, e.agreedResult.trim()),
  );
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

/** The lights of a report on one line: «Samlet ● Grønn · Resultat ● Grønn · Ferdigdato ▲ Gul · Kostnad ● Grønn». */
export function lightsLine(report: NonNullable<AppendixEntry['report']>, locale: Locale): string {
  const dims = messagesFor(locale).lightDimensions;
  return (['overall', 'result', 'schedule', 'cost'] as const)
    .map((d) => `${dims[d]} ${lightText(report[d], locale)}`)
    .join(' · ');
}

/**
 * An initiative's appendix section as facts: the registry's data, the report
 * (or a note that it is missing), and AU's recommendation and vote.
 */
export function appendixFacts(entry: AppendixEntry, doc: AgendaDocument): Fact[] {
  const t = messagesFor(doc.locale);
  const f = t.agenda.facts;
  const loc = doc.locale;
  const facts: Fact[] = [
    { label: f.owner, value: entry.owner },
    { label: f.focusArea, value: entry.focusArea },
  ];
  if (entry.lifeEvents.length > 0) facts.push({ label: f.lifeEvents, value: entry.lifeEvents.join(', ') });
  facts.push(
    { label: f.phase, value: t.phases[entry.phase] },
    { label: f.agreedResult, value: entry.agreedResult.trim() },
    {
      label: f.agreed,
      value: `${formatDate(entry.agreedCompletionDate, loc)}, ${formatNok(entry.agreedCostNok, loc)}`,
    },
  );
  const r = entry.report;
  if (r === null) {
    facts.push({ label: f.status, value: f.missingReport });
  } else {
    facts.push(
      { label: f.status, value: lightsLine(r, loc) },
      {
        label: f.forecast,
        value: f.forecastText(formatDate(r.forecastCompletionDate, loc), formatNok(r.forecastCostNok, loc)),
      },
      { label: f.progress, value: r.progress.trim() || t.none },
    );
    if (r.deviations.trim() !== '') facts.push({ label: f.deviations, value: r.deviations.trim() });
    if (r.correctiveActions.trim() !== '')
      facts.push({ label: f.correctiveActions, value: r.correctiveActions.trim() });
    facts.push(
      { label: f.attention, value: r.asksSkateAttention ? t.yes : t.no },
      { label: f.sdgs, value: r.sdgs.length === 0 ? t.none : r.sdgs.map((n) => sdgName(n, loc)).join('; ') },
    );
  }
  const au = doc.auTreatment.find((e) => e.initiativeId === entry.initiativeId);
  if (au) {
    facts.push(
      { label: f.recommendation, value: recommendationText(au.recommendation, loc).trim() },
      { label: f.votes, value: voteSummary(au, loc) },
    );
  }
  return facts;
}
