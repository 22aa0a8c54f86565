import { reviewItemKey, reviewKey } from '../../../src/app/cycle/fan-out';
import { runDueJobs } from '../../../src/app/cycle/run-due-jobs';
import { DEMO_EMAILS } from '../../../src/app/demo/people';
import { saveReport } from '../../../src/app/reports/save-report';
import { initiativesInReview } from '../../../src/app/rounds/initiatives-to-report';
import { openRound } from '../../../src/app/rounds/open-round';
import { deriveRoundSchedule, instantToOsloDate } from '../../../src/domain/calendar';
import type { Job, OutboxMessage } from '../../../src/domain/delivery';
import type { Round } from '../../../src/domain/model';
import type { MessageView } from '../../../src/views/message-view';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const ROUND = '2026-Q4';
const SECRETARIAT = [DEMO_EMAILS.secretariat, DEMO_EMAILS.secretariat2].sort();
const OWNER = 'test-runner';

let t: TestApp;
let round: Round;
beforeEach(async () => {
  t = await testApp();
  round = (await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW)).round;
});
afterEach(async () => await t.close());

const jobs = async (): Promise<Job[]> => await t.app.uow.read(async (repos) => await repos.jobs.list());
const outbox = async (): Promise<OutboxMessage[]> => await t.app.uow.read(async (repos) => await repos.outbox.list());
const kindOf = (m: OutboxMessage): string => (m.view as MessageView).kind;
const ofKind = async (kind: string): Promise<OutboxMessage[]> => (await outbox()).filter((m) => kindOf(m) === kind);
/** The job's name in its key: `reminder:overdue-2`, `deadline` (keys end in `@<deadline day>`). */
const nameOf = (j: Job): string => j.dedupeKey.replace(`round:${ROUND}/job:`, '').replace(/@[\d-]+$/, '');
const jobAt = async (name: string): Promise<Job> => {
  const job = (await jobs()).find((j) => nameOf(j) === name);
  if (!job) throw new Error(`no job ${name}`);
  return job;
};
/** The reminder part of a reminder's dedupe key, e.g. `overdue-2`. */
const reminderOf = (m: OutboxMessage): string => /\/reminder:([^/@]+)[@/]/.exec(m.dedupeKey)?.[1] ?? '?';
const justAfter = (iso: string, ms = 1): Date => new Date(Date.parse(iso) + ms);

/** Submits a valid report for an initiative as one of its reporters. */
async function submit(initiativeId: string, email: string, at: Date): Promise<void> {
  const { initiative, decisions } = await t.app.uow.read(async (repos) => ({
    initiative: await repos.initiatives.get(initiativeId),
    decisions: await repos.decisions.listOpenFor(initiativeId),
  }));
  if (!initiative) throw new Error(initiativeId);
  const outcome = await saveReport(
    t.app,
    {
      initiativeId,
      roundId: ROUND,
      submit: true,
      baseVersion: 0,
      fields: {
        overall: 'green',
        result: 'green',
        schedule: 'green',
        cost: 'green',
        overallOverrideReason: null,
        scheduleOverrideReason: null,
        costOverrideReason: null,
        forecastCompletionDate: initiative.agreedCompletionDate,
        forecastCostNok: initiative.agreedCostNok,
        progress: 'Arbeidet går etter planen.',
        deviations: '',
        correctiveActions: '',
        decisionFollowUp: decisions.map((d) => ({ decisionId: d.id, state: 'followed', comment: 'Fulgt.' })),
        sdgs: initiative.sdgs,
        asksSkateAttention: false,
      },
    },
    await t.person(email),
    at,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
}

describe('runDueJobs', () => {
  it('schedules a job for each reminder still ahead and one for the deadline', async () => {
    const { skate, au } = await t.app.uow.read(async (repos) => ({
      skate: await repos.meetings.get(round.skateMeetingId),
      au: round.auMeetingId ? await repos.meetings.get(round.auMeetingId) : null,
    }));
    if (!skate) throw new Error('no Skate meeting');
    const schedule = deriveRoundSchedule(skate.date, t.app.settings.roundCalendar, au?.date ?? null);
    const day = instantToOsloDate(round.deadline);
    const ahead = schedule.reminders.filter((r) => Date.parse(r.at) > DEMO_NOW.getTime());
    expect(ahead.length).toBeLessThan(schedule.reminders.length);

    const expected = [
      ...ahead.map((r) => ({ key: `round:${ROUND}/job:reminder:${r.kind}-${r.ordinal}@${day}`, dueAt: r.at })),
      { key: `round:${ROUND}/job:deadline@${day}`, dueAt: round.deadline },
    ].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    expect((await jobs()).map((j) => ({ key: j.dedupeKey, dueAt: j.dueAt }))).toEqual(expected);
    expect((await jobs()).map(nameOf)).toEqual([
      'reminder:before-2',
      'reminder:on-deadline-1',
      'deadline',
      'reminder:overdue-1',
      'reminder:overdue-2',
      'reminder:overdue-3',
    ]);
    expect((await jobs()).every((j) => j.state === 'pending')).toBe(true);
    expect(await runDueJobs(t.app, DEMO_NOW, OWNER)).toEqual({ done: 0, dropped: 0 });
  });

  it('after downtime runs what was missed once: only the latest reminder, and the escalation once', async () => {
    const requests = (await ofKind('report-request')).length;
    const at = justAfter((await jobAt('reminder:overdue-3')).dueAt, 60 * 60_000);
    expect(at.getTime()).toBeLessThan(Date.parse(round.lockAt));

    expect(await runDueJobs(t.app, at, OWNER)).toEqual({ done: 3, dropped: 3 });
    expect(Object.fromEntries((await jobs()).map((j) => [nameOf(j), j.state]))).toEqual({
      'reminder:before-2': 'dropped',
      'reminder:on-deadline-1': 'dropped',
      deadline: 'done',
      'reminder:overdue-1': 'dropped',
      'reminder:overdue-2': 'done',
      'reminder:overdue-3': 'done',
    });
    expect((await jobAt('reminder:before-2')).outcome).toBe('superseded by a later reminder');
    expect((await jobAt('reminder:overdue-2')).outcome).toBe('0 reminders, 2 escalations');

    const reminders = await ofKind('reminder');
    expect(new Set(reminders.map(reminderOf))).toEqual(new Set(['overdue-3']));
    // Nobody has reported, so everyone asked to report is reminded, once.
    expect(reminders).toHaveLength(requests);
    const escalations = await ofKind('escalation');
    expect(escalations.map((m) => (m.destination.kind === 'person' ? m.destination.email : '?')).sort()).toEqual(
      SECRETARIAT,
    );
    expect(escalations.every((m) => m.dedupeKey.startsWith(`round:${ROUND}/escalation/`))).toBe(true);
  });

  it('escalates at the 2nd overdue reminder even when the 1st was missed', async () => {
    const at = justAfter((await jobAt('reminder:overdue-2')).dueAt);
    await runDueJobs(t.app, at, OWNER);
    expect(new Set((await ofKind('reminder')).map(reminderOf))).toEqual(new Set(['overdue-2']));
    expect(await ofKind('escalation')).toHaveLength(SECRETARIAT.length);
    expect((await jobAt('reminder:overdue-3')).state).toBe('pending');

    await runDueJobs(t.app, justAfter((await jobAt('reminder:overdue-3')).dueAt), OWNER);
    expect((await jobAt('reminder:overdue-3')).outcome).toMatch(/ reminders, 0 escalations$/);
    expect(await ofKind('escalation')).toHaveLength(SECRETARIAT.length);
  });

  it('drops reminders once the round is locked, but still opens the review', async () => {
    await runDueJobs(t.app, justAfter(round.lockAt), OWNER);
    const reminderJobs = (await jobs()).filter((j) => j.kind === 'round.reminder');
    expect(reminderJobs.map((j) => [j.state, j.outcome])).toEqual(reminderJobs.map(() => ['dropped', 'round locked']));
    expect(await ofKind('reminder')).toEqual([]);
    expect(await ofKind('escalation')).toEqual([]);
    expect((await jobAt('deadline')).state).toBe('done');
  });

  it('drops every job of a closed round', async () => {
    await t.app.uow.write(
      { actor: 'test', now: DEMO_NOW },
      async (repos) => await repos.rounds.save({ ...round, state: 'closed', closedAt: DEMO_NOW.toISOString() }),
    );
    const before = (await outbox()).length;
    expect(await runDueJobs(t.app, justAfter((await jobAt('reminder:overdue-1')).dueAt), OWNER)).toEqual({
      done: 0,
      dropped: 4,
    });
    expect((await jobs()).filter((j) => j.state === 'dropped').map((j) => j.outcome)).toEqual([
      'round closed',
      'round closed',
      'round closed',
      'round closed',
    ]);
    expect(await outbox()).toHaveLength(before);
  });

  it("cancels an initiative's pending reminders when its report is submitted, and reminds it no more", async () => {
    await runDueJobs(t.app, justAfter((await jobAt('reminder:before-2')).dueAt), OWNER);
    const group = `round:${ROUND}/initiative:T-2024-03`;
    const ofGroup = async () => (await outbox()).filter((m) => m.cancelGroup === group);
    expect((await ofGroup()).filter((m) => kindOf(m) === 'reminder')).toHaveLength(2);
    expect((await ofGroup()).every((m) => m.state === 'pending')).toBe(true);

    await submit('T-2024-03', 'hanne.moen@example.no', justAfter((await jobAt('reminder:before-2')).dueAt, 3_600_000));
    expect((await ofGroup()).map((m) => m.state)).toEqual((await ofGroup()).map(() => 'cancelled'));
    expect((await outbox()).filter((m) => m.cancelGroup !== group && m.state === 'cancelled')).toEqual([]);

    await runDueJobs(t.app, justAfter((await jobAt('reminder:on-deadline-1')).dueAt), OWNER);
    const onDeadline = (await ofKind('reminder')).filter((m) => reminderOf(m) === 'on-deadline-1');
    expect(onDeadline.length).toBeGreaterThan(0);
    expect(onDeadline.filter((m) => m.cancelGroup === group)).toEqual([]);
  });

  it('moves the round to review at the deadline and posts the AU review with default recommendations', async () => {
    // AU reviews the reporting initiatives and the one in final treatment.
    const initiatives = await t.app.uow.read(async (repos) => initiativesInReview(await repos.initiatives.list()));
    const at = justAfter(round.deadline);
    await runDueJobs(t.app, at, OWNER);

    const stored = await t.app.uow.read(async (repos) => ({
      round: await repos.rounds.get(ROUND),
      recommendations: await repos.recommendations.listForRound(ROUND),
    }));
    expect(stored.round?.state).toBe('in-review');
    expect((await jobAt('deadline')).outcome).toBe(`review: ${initiatives.length + 1} posts`);

    const summary = (await outbox()).filter((m) => m.dedupeKey === reviewKey(ROUND));
    expect(summary.map((m) => [kindOf(m), m.destination])).toEqual([
      ['review-summary', { kind: 'channel', channel: 'au' }],
    ]);
    const items = await ofKind('review-item');
    expect(items.map((m) => m.dedupeKey)).toEqual(initiatives.map((i) => reviewItemKey(ROUND, i.id)));
    expect(items.every((m) => m.parentKey === reviewKey(ROUND) && m.conversationKey === 'channel:au')).toBe(true);

    expect(stored.recommendations.map((r) => r.initiativeId).sort()).toEqual(initiatives.map((i) => i.id).sort());
    // Stored as no words: the default follows the report, worded per reader, until AU's first vote fixes its code.
    expect(stored.recommendations.every((r) => r.author === 'system' && r.text === '' && r.draft === null)).toBe(true);
  });

  it('does nothing the second time it runs at the same instant', async () => {
    const at = justAfter((await jobAt('reminder:overdue-2')).dueAt);
    const first = await runDueJobs(t.app, at, OWNER);
    expect(first.done + first.dropped).toBe(5);
    const snapshot = {
      outbox: await outbox(),
      jobs: await jobs(),
      audit: await t.app.uow.read(async (repos) => (await repos.audit.list()).length),
    };

    expect(await runDueJobs(t.app, at, OWNER)).toEqual({ done: 0, dropped: 0 });
    expect({
      outbox: await outbox(),
      jobs: await jobs(),
      audit: await t.app.uow.read(async (repos) => (await repos.audit.list()).length),
    }).toEqual(snapshot);
  });
});
