/**
 * The label–value facts of the agenda item, shared by every renderer: a
 * significant deviation, a followed-up decision, AU's vote on an initiative
 * and an initiative's appendix section. Plain text; renderers escape it.
 */
import type {
  AgendaDocument,
  AppendixEntry,
  AuTreatmentEntry,
  DeviationEntry,
  FollowUpEntry,
} from '../domain/agenda/agenda-document';
import type { Light, Locale } from '../domain/model';
import { messagesFor } from '../i18n';
import { formatDate, formatNok } from '../i18n/format';
import { recommendationText } from '../i18n/recommendation-text';
import { type Fact, lightText, quote, sdgName } from './agenda-text';

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
    {
      label: f.decision(formatDate(entry.decidedOn, doc.locale)),
      value: quote(recommendationText(entry.decision, doc.locale), doc.locale),
    },
    { label: f.state, value: state },
  ];
  if (entry.comment.trim() !== '') facts.push({ label: f.comment, value: quote(entry.comment, doc.locale) });
  return facts;
}

/** AU's outcome on one initiative, as the phrase in AU's table. */
export function outcomeText(entry: AuTreatmentEntry, locale: Locale): string {
  return messagesFor(locale).agenda.au.outcomes[entry.tally.outcome];
}

/** One line summing up AU's vote on an initiative: positions, requests, how many were counted, outcome. */
export function voteSummary(entry: AuTreatmentEntry, locale: Locale): string {
  const { counts, counted, recused, requests } = entry.tally;
  return messagesFor(locale).agenda.au.voteLine({
    agree: counts.agree,
    disagree: counts.disagree,
    oralBriefing: requests['oral-briefing'].count,
    separateItem: requests['separate-item'].count,
    counted,
    members: entry.members,
    recused: recused.length,
    outcome: outcomeText(entry, locale),
  });
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
