import { defaultRecommendationText } from '../../domain/agenda/default-recommendation';
import { reportersOf } from '../../domain/authorisation';
import { instantToOsloDate, type RoundSchedule } from '../../domain/calendar';
import type { Initiative, Person, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { acceptanceRequestView, escalationView, reminderView, reportRequestView } from '../../views/cycle-views';
import { reviewItemView, reviewSummaryView } from '../../views/review-views';
import { initiativesToReport } from '../rounds/initiatives-to-report';

/**
 * What the cycle says to whom, written to the outbox in the caller's
 * transaction. Every message has a deterministic dedupe key, so running any of
 * these twice enqueues nothing new.
 */

/** All messages about one initiative in one round, cancelled together when its report is in. */
export const initiativeGroup = (roundId: string, initiativeId: string) => `round:${roundId}/initiative:${initiativeId}`;
export const reviewKey = (roundId: string) => `round:${roundId}/review`;
export const reviewItemKey = (roundId: string, initiativeId: string) =>
  `round:${roundId}/review/initiative:${initiativeId}`;

function recipients(repos: Repositories, initiative: Initiative, today: string): Person[] {
  return reportersOf(initiative, today)
    .map((email) => repos.people.get(email))
    .filter((p): p is Person => p !== null);
}

function delegationFor(repos: Repositories, initiative: Initiative, recipient: Person, today: string) {
  const d = initiative.delegations.find((x) => x.to === recipient.email && x.fromDate <= today && today <= x.toDate);
  if (!d) return null;
  return { name: repos.people.get(d.from)?.name ?? d.from, until: d.toDate };
}

/**
 * Schedules the round's reminders and its deadline as jobs, keyed by the
 * deadline day so that moving the deadline schedules afresh. Reminders that
 * would fall before `now` are left out: the opening request says it all.
 */
export function scheduleRoundJobs(
  repos: Repositories,
  round: Round,
  reminders: RoundSchedule['reminders'],
  now: Date,
): void {
  const day = instantToOsloDate(round.deadline);
  for (const r of reminders) {
    if (Date.parse(r.at) <= now.getTime()) continue;
    repos.jobs.schedule({
      dedupeKey: `round:${round.id}/job:reminder:${r.kind}-${r.ordinal}@${day}`,
      kind: 'round.reminder',
      payload: { roundId: round.id, reminder: r.kind, ordinal: r.ordinal, deadline: day },
      dueAt: r.at,
    });
  }
  repos.jobs.schedule({
    dedupeKey: `round:${round.id}/job:deadline@${day}`,
    kind: 'round.deadline',
    payload: { roundId: round.id, deadline: day },
    dueAt: round.deadline,
  });
}

/** The opening requests: a report request to every reporter, an acceptance request for proposed initiatives. */
export function enqueueOpeningRequests(repos: Repositories, round: Round, now: Date): number {
  const today = instantToOsloDate(now);
  const at = now.toISOString();
  const skateMeeting = repos.meetings.get(round.skateMeetingId);
  let count = 0;
  for (const initiative of initiativesToReport(repos.initiatives.list())) {
    for (const recipient of recipients(repos, initiative, today)) {
      const view = reportRequestView({
        round,
        initiative,
        recipient,
        skateMeeting,
        openDecision: repos.decisions.findOpenFor(initiative.id),
        delegatedBy: delegationFor(repos, initiative, recipient, today),
      });
      const added = repos.outbox.enqueue(
        {
          dedupeKey: `${initiativeGroup(round.id, initiative.id)}/request/to:${recipient.email}`,
          cancelGroup: initiativeGroup(round.id, initiative.id),
          destination: { kind: 'person', email: recipient.email },
          view,
          notBefore: at,
        },
        now,
      );
      if (added) count += 1;
    }
  }
  const proposed = repos.initiatives.list().filter((i) => i.acceptance === 'proposed' && i.track === 'skate');
  for (const initiative of proposed) {
    const owner = repos.organisations.get(initiative.ownerOrganisationId);
    for (const recipient of recipients(repos, initiative, today)) {
      const added = repos.outbox.enqueue(
        {
          dedupeKey: `initiative:${initiative.id}/acceptance/to:${recipient.email}`,
          destination: { kind: 'person', email: recipient.email },
          view: acceptanceRequestView(initiative, owner, recipient),
          notBefore: at,
        },
        now,
      );
      if (added) count += 1;
    }
  }
  return count;
}

/** The initiatives of a round whose report is not yet submitted, with their reporters today. */
export function missingReports(repos: Repositories, round: Round, today: string) {
  return initiativesToReport(repos.initiatives.list())
    .map((initiative) => ({ initiative, report: repos.reports.get(initiative.id, round.id) }))
    .filter((x) => x.report?.state !== 'submitted')
    .map((x) => ({ ...x, reporters: recipients(repos, x.initiative, today) }));
}

/** One reminder to every reporter of every initiative still missing its report. */
export function enqueueReminders(
  repos: Repositories,
  round: Round,
  reminder: { kind: 'before' | 'on-deadline' | 'overdue'; ordinal: number },
  now: Date,
  options: { keySuffix?: string; only?: string | null } = {},
): number {
  const at = now.toISOString();
  const suffix = options.keySuffix ?? `${reminder.kind}-${reminder.ordinal}@${instantToOsloDate(round.deadline)}`;
  let count = 0;
  for (const { initiative, report, reporters } of missingReports(repos, round, instantToOsloDate(now))) {
    if (options.only && initiative.id !== options.only) continue;
    for (const recipient of reporters) {
      const group = initiativeGroup(round.id, initiative.id);
      const added = repos.outbox.enqueue(
        {
          dedupeKey: `${group}/reminder:${suffix}/to:${recipient.email}`,
          cancelGroup: group,
          destination: { kind: 'person', email: recipient.email },
          view: reminderView({ round, initiative, recipient, ...reminder, hasDraft: report?.state === 'draft', at }),
          notBefore: at,
        },
        now,
      );
      if (added) count += 1;
    }
  }
  return count;
}

/** The one escalation to each secretariat member, listing the initiatives still missing and their contacts. */
export function enqueueEscalation(repos: Repositories, round: Round, reminders: number, now: Date): number {
  const missing = missingReports(repos, round, instantToOsloDate(now)).map(({ initiative }) => ({
    initiative,
    contacts: initiative.contacts.map((e) => repos.people.get(e)).filter((p): p is Person => p !== null),
  }));
  if (missing.length === 0) return 0;
  let count = 0;
  for (const member of repos.people.withRole('secretariat')) {
    const added = repos.outbox.enqueue(
      {
        dedupeKey: `round:${round.id}/escalation/to:${member.email}`,
        destination: { kind: 'person', email: member.email },
        view: escalationView(round, missing, reminders, member),
        notBefore: now.toISOString(),
      },
      now,
    );
    if (added) count += 1;
  }
  return count;
}

/**
 * AU's review thread: the summary post in the AU channel, then one reply per
 * initiative with its report and the secretariat's draft recommendation, which
 * is stored now so the secretariat can edit it.
 */
export function enqueueReview(repos: Repositories, round: Round, locale: Person['locale'], now: Date): number {
  const at = now.toISOString();
  const initiatives = initiativesToReport(repos.initiatives.list());
  const reports = repos.reports.listForRound(round.id);
  const auMeeting = round.auMeetingId ? repos.meetings.get(round.auMeetingId) : null;
  let count = 0;
  const summary = reviewSummaryView(round, reports, initiatives.length, auMeeting, locale);
  if (
    repos.outbox.enqueue(
      { dedupeKey: reviewKey(round.id), destination: { kind: 'channel', channel: 'au' }, view: summary, notBefore: at },
      now,
    )
  ) {
    count += 1;
  }
  for (const initiative of initiatives) {
    const report = repos.reports.get(initiative.id, round.id);
    let recommendation = repos.recommendations.get(round.id, initiative.id);
    if (!recommendation) {
      recommendation = {
        roundId: round.id,
        initiativeId: initiative.id,
        text: defaultRecommendationText(initiative, report, locale),
        author: 'system',
        updatedAt: at,
      };
      repos.recommendations.save(recommendation);
    }
    const owner = repos.organisations.get(initiative.ownerOrganisationId)?.name ?? initiative.ownerOrganisationId;
    const added = repos.outbox.enqueue(
      {
        dedupeKey: reviewItemKey(round.id, initiative.id),
        destination: { kind: 'thread', parentKey: reviewKey(round.id) },
        view: reviewItemView(round, initiative, report, recommendation.text, owner, locale),
        notBefore: at,
      },
      now,
    );
    if (added) count += 1;
  }
  return count;
}
