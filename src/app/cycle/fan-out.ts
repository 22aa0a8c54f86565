import { currentRecommendation } from '../../domain/agenda/default-recommendation';
import { reportersOf } from '../../domain/authorisation';
import { instantToOsloDate, type RoundSchedule } from '../../domain/calendar';
import { missingReports, type ReminderKind } from '../../domain/cycle/decide';
import type { Initiative, Person, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { acceptanceRequestView, escalationView, reminderView, reportRequestView } from '../../views/cycle-views';
import { reviewItemView, reviewSummaryView } from '../../views/review-views';
import { mapInOrder, present } from '../in-order';
import { initiativesInReview, initiativesToReport } from '../rounds/initiatives-to-report';
import { registeredAmong, reportingIn } from './job-facts';

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

async function recipients(repos: Repositories, initiative: Initiative, today: string): Promise<Person[]> {
  return present(await mapInOrder(reportersOf(initiative, today), async (email) => await repos.people.get(email)));
}

async function delegationFor(repos: Repositories, initiative: Initiative, recipient: Person, today: string) {
  const d = initiative.delegations.find((x) => x.to === recipient.email && x.fromDate <= today && today <= x.toDate);
  if (!d) return null;
  return { name: (await repos.people.get(d.from))?.name ?? d.from, until: d.toDate };
}

/**
 * Schedules the round's reminders and its deadline as jobs, keyed by the
 * deadline day so that moving the deadline schedules afresh. Reminders that
 * would fall before `now` are left out: the opening request says it all.
 */
export async function scheduleRoundJobs(
  repos: Repositories,
  round: Round,
  reminders: RoundSchedule['reminders'],
  now: Date,
): Promise<void> {
  const day = instantToOsloDate(round.deadline);
  for (const r of reminders) {
    if (Date.parse(r.at) <= now.getTime()) continue;
    await repos.jobs.schedule({
      dedupeKey: `round:${round.id}/job:reminder:${r.kind}-${r.ordinal}@${day}`,
      kind: 'round.reminder',
      payload: { roundId: round.id, reminder: r.kind, ordinal: r.ordinal, deadline: day },
      dueAt: r.at,
    });
  }
  await repos.jobs.schedule({
    dedupeKey: `round:${round.id}/job:deadline@${day}`,
    kind: 'round.deadline',
    payload: { roundId: round.id, deadline: day },
    dueAt: round.deadline,
  });
}

/** The opening requests: a report request to every reporter, an acceptance request for proposed initiatives. */
export async function enqueueOpeningRequests(repos: Repositories, round: Round, now: Date): Promise<number> {
  const today = instantToOsloDate(now);
  const at = now.toISOString();
  const skateMeeting = await repos.meetings.get(round.skateMeetingId);
  let count = 0;
  for (const initiative of initiativesToReport(await repos.initiatives.list())) {
    for (const recipient of await recipients(repos, initiative, today)) {
      const view = reportRequestView({
        round,
        initiative,
        recipient,
        skateMeeting,
        openDecisions: await repos.decisions.listOpenFor(initiative.id),
        delegatedBy: await delegationFor(repos, initiative, recipient, today),
      });
      const added = await repos.outbox.enqueue(
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
  const proposed = (await repos.initiatives.list()).filter((i) => i.acceptance === 'proposed' && i.track === 'skate');
  for (const initiative of proposed) {
    const owner = await repos.organisations.get(initiative.ownerOrganisationId);
    for (const recipient of await recipients(repos, initiative, today)) {
      const added = await repos.outbox.enqueue(
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

/** One reminder about one initiative to one of its reporters, cancelled with the rest when the report is in. */
export async function enqueueReminder(
  repos: Repositories,
  c: {
    round: Round;
    initiative: Initiative;
    recipient: Person;
    reminder: { kind: ReminderKind; ordinal: number };
    hasDraft: boolean;
    /** What sets this reminder apart in its dedupe key; by default its kind, ordinal and deadline day. */
    keySuffix?: string;
  },
  now: Date,
): Promise<boolean> {
  const { round, initiative, recipient, reminder } = c;
  const at = now.toISOString();
  const suffix = c.keySuffix ?? `${reminder.kind}-${reminder.ordinal}@${instantToOsloDate(round.deadline)}`;
  const group = initiativeGroup(round.id, initiative.id);
  return await repos.outbox.enqueue(
    {
      dedupeKey: `${group}/reminder:${suffix}/to:${recipient.email}`,
      cancelGroup: group,
      destination: { kind: 'person', email: recipient.email },
      view: reminderView({ round, initiative, recipient, ...reminder, hasDraft: c.hasDraft, at }),
      notBefore: at,
    },
    now,
  );
}

/** One reminder to every reporter of every initiative still missing its report (or of one initiative). */
export async function enqueueReminders(
  repos: Repositories,
  round: Round,
  reminder: { kind: ReminderKind; ordinal: number },
  now: Date,
  options: { keySuffix?: string; only?: string | null } = {},
): Promise<number> {
  const reporting = (await reportingIn(repos, round)).filter((r) => !options.only || r.initiative.id === options.only);
  const missing = missingReports(reporting, await registeredAmong(repos, reporting), instantToOsloDate(now));
  let count = 0;
  for (const { initiative, reportState, reporters } of missing) {
    for (const email of reporters) {
      const recipient = await repos.people.get(email);
      if (!recipient) continue;
      const hasDraft = reportState === 'draft';
      const keySuffix = options.keySuffix;
      if (await enqueueReminder(repos, { round, initiative, recipient, reminder, hasDraft, keySuffix }, now))
        count += 1;
    }
  }
  return count;
}

/** The escalation to one secretariat member, listing the initiatives still missing and their contacts. */
export async function enqueueEscalation(
  repos: Repositories,
  round: Round,
  member: Person,
  missing: { initiative: Initiative; contacts: Person[] }[],
  reminders: number,
  now: Date,
): Promise<boolean> {
  return await repos.outbox.enqueue(
    {
      dedupeKey: `round:${round.id}/escalation/to:${member.email}`,
      destination: { kind: 'person', email: member.email },
      view: escalationView(round, missing, reminders, member),
      notBefore: now.toISOString(),
    },
    now,
  );
}

/**
 * AU's review thread: the summary post in the AU channel, then one reply per
 * initiative with its report and the secretariat's draft recommendation, which
 * is stored now so the secretariat can edit it.
 */
export async function enqueueReview(
  repos: Repositories,
  round: Round,
  locale: Person['locale'],
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const initiatives = initiativesInReview(await repos.initiatives.list());
  const reports = await repos.reports.listForRound(round.id);
  const auMeeting = round.auMeetingId ? await repos.meetings.get(round.auMeetingId) : null;
  let count = 0;
  const reporting = initiativesToReport(initiatives).length;
  const summary = reviewSummaryView(round, reports, reporting, auMeeting, locale);
  if (
    await repos.outbox.enqueue(
      { dedupeKey: reviewKey(round.id), destination: { kind: 'channel', channel: 'au' }, view: summary, notBefore: at },
      now,
    )
  ) {
    count += 1;
  }
  for (const initiative of initiatives) {
    const report = await repos.reports.get(initiative.id, round.id);
    let recommendation = await repos.recommendations.get(round.id, initiative.id);
    if (!recommendation) {
      // The default is stored as no words at all: it follows the report, worded in each reader's
      // language, until AU's first vote fixes its code (see freezeRecommendation).
      recommendation = {
        roundId: round.id,
        initiativeId: initiative.id,
        text: '',
        typed: false,
        draft: null,
        version: 1,
        author: 'system',
        updatedAt: at,
      };
      await repos.recommendations.save(recommendation);
    }
    const owner =
      (await repos.organisations.get(initiative.ownerOrganisationId))?.name ?? initiative.ownerOrganisationId;
    const added = await repos.outbox.enqueue(
      {
        dedupeKey: reviewItemKey(round.id, initiative.id),
        destination: { kind: 'thread', parentKey: reviewKey(round.id) },
        view: reviewItemView(
          round,
          initiative,
          report,
          currentRecommendation(recommendation, initiative, report),
          owner,
          locale,
        ),
        notBefore: at,
      },
      now,
    );
    if (added) count += 1;
  }
  return count;
}
