import type { RecommendationContent } from '../domain/agenda/default-recommendation';
import {
  AU_REQUESTS,
  type Initiative,
  type Locale,
  type Meeting,
  type Round,
  type StatusReport,
} from '../domain/model';
import type { VoteTally } from '../domain/vote-tally';
import { messagesFor } from '../i18n';
import { formatDate, formatInstant, formatNok } from '../i18n/format';
import { recommendationText } from '../i18n/recommendation-text';
import { periodLabel } from './cycle-views';
import type { MessageView } from './message-view';

/** The top post of AU's review thread: what came in, by status. */
export function reviewSummaryView(
  round: Round,
  reports: StatusReport[],
  expected: number,
  auMeeting: Meeting | null,
  locale: Locale,
): MessageView {
  const t = messagesFor(locale);
  const v = t.cycle.review;
  const submitted = reports.filter((r) => r.state === 'submitted');
  const count = (light: 'green' | 'yellow' | 'red') => submitted.filter((r) => r.fields.overall === light).length;
  const intro = v.intro(submitted.length, expected, formatInstant(round.deadline, locale));
  const paragraphs = [intro, v.byStatus(count('green'), count('yellow'), count('red'))];
  if (auMeeting) paragraphs.push(v.votePrompt(formatDate(auMeeting.date, locale)));
  return {
    kind: 'review-summary',
    locale,
    title: v.title(periodLabel(round.id, locale)),
    summary: intro,
    paragraphs,
    facts: [
      { label: t.cycle.facts.submitted, value: String(submitted.length) },
      { label: t.cycle.facts.missing, value: String(expected - submitted.length) },
    ],
    items: [],
    actions: [],
    data: { roundId: round.id, submitted: submitted.length, expected },
  };
}

/** One initiative in AU's review thread: its report and the draft recommendation, with the vote. */
export function reviewItemView(
  round: Round,
  initiative: Initiative,
  report: StatusReport | null,
  recommendation: RecommendationContent,
  owner: string,
  locale: Locale,
  tally: { tally: VoteTally; members: number; closed: boolean; version: number } | null = null,
): MessageView {
  const t = messagesFor(locale);
  const recommended = recommendationText(recommendation, locale);
  const v = t.cycle.review;
  const r = t.cli.report;
  const facts = [{ label: t.cycle.facts.owner, value: owner }];
  const paragraphs: string[] = [];
  const f = report?.state === 'submitted' ? report.fields : null;
  if (f) {
    for (const d of ['overall', 'result', 'schedule', 'cost'] as const) {
      facts.push({ label: t.lightDimensions[d], value: t.lights[f[d]] });
    }
    facts.push({ label: r.forecastDate, value: formatDate(f.forecastCompletionDate, locale) });
    facts.push({ label: r.forecastCost, value: formatNok(f.forecastCostNok, locale) });
    paragraphs.push(`${r.progress}: ${f.progress}`);
    if (f.deviations) paragraphs.push(`${r.deviations}: ${f.deviations}`);
    if (f.correctiveActions) paragraphs.push(`${r.correctiveActions}: ${f.correctiveActions}`);
    for (const answer of f.decisionFollowUp) {
      const state = answer.state === '' ? t.none : t.followUp[answer.state];
      paragraphs.push(`${r.decision} (${answer.decisionId}): ${state}. ${answer.comment}`.trim());
    }
  } else {
    paragraphs.push(v.missingReport);
  }
  paragraphs.push(`${t.cycle.facts.recommendation}: ${recommended}`);
  if (tally) {
    const { counts: c, requests, counted } = tally.tally;
    if (tally.version > 1) paragraphs.push(v.version(tally.version));
    paragraphs.push(
      v.tally(
        c.agree,
        c.disagree,
        requests['oral-briefing'].count,
        requests['separate-item'].count,
        counted,
        tally.members,
      ),
    );
    const asked = AU_REQUESTS.filter((k) => requests[k].asked).map((k) => v.requests[k]);
    paragraphs.push([`${v.outcomes[tally.tally.outcome]}.`, ...asked, ...(tally.closed ? [v.closed] : [])].join(' '));
  }
  const data = { roundId: round.id, initiativeId: initiative.id };
  return {
    kind: 'review-item',
    locale,
    title: v.itemTitle(initiative.id, initiative.title),
    summary: recommended,
    paragraphs,
    facts,
    items: [],
    // «Stem» opens the member's own vote card (as the Universal Actions refresh does); the vote card casts the vote.
    actions: tally?.closed ? [] : [{ id: 'review.open', label: v.vote, data }],
    data: { ...data, overall: f?.overall ?? null, reportVersion: report?.version ?? 0 },
  };
}
