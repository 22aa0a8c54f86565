import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CycleEngine } from '../../src/app/cycle/engine';
import { saveReport } from '../../src/app/reports/save-report';
import { openRound } from '../../src/app/rounds/open-round';
import { LocalMessenger } from '../../src/channels/local/local-messenger';
import { instantToOsloDate, instantToOsloTime, isBusinessDay, todayInOslo } from '../../src/domain/calendar';
import type { MessageView } from '../../src/views/message-view';
import { FakeClock } from '../helpers/fake-clock';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../helpers/test-app';

const GOLDEN = join(__dirname, '../fixtures/golden/quarter-2026-Q4.txt');

/** Submits a valid report for an initiative as one of its reporters. */
async function submit(t: TestApp, initiativeId: string, email: string, at: Date): Promise<void> {
  const result = await t.app.uow.read(async (repos) => {
    const initiative = await repos.initiatives.get(initiativeId);
    const decisions = await repos.decisions.listOpenFor(initiativeId);
    if (!initiative) throw new Error(initiativeId);
    return { initiative, decisions };
  });
  const outcome = await saveReport(
    t.app,
    {
      initiativeId,
      roundId: '2026-Q4',
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
        forecastCompletionDate: result.initiative.agreedCompletionDate,
        forecastCostNok: result.initiative.agreedCostNok,
        progress: 'Arbeidet går etter planen.',
        deviations: '',
        correctiveActions: '',
        decisionFollowUp: result.decisions.map((d) => ({ decisionId: d.id, state: 'followed', comment: 'Fulgt.' })),
        sdgs: result.initiative.sdgs,
        asksSkateAttention: false,
      },
    },
    await t.person(email),
    at,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
}

describe('a whole quarter on the demo data, through the local transport', () => {
  it('says exactly what it should, to whom and when', async () => {
    const t = await testApp();
    const clock = new FakeClock(DEMO_NOW);
    const engine = new CycleEngine(t.app, new LocalMessenger(t.app, () => clock.now()), clock, { owner: 'test' });
    await t.app.uow.write(
      { actor: 'test', now: DEMO_NOW },
      async (repos) => await repos.directory.bindChannel('au', 'msteams', '{"id":"au"}', 'test', DEMO_NOW),
    );
    await openRound(t.app, { quarter: '2026-Q4' }, OPERATOR, clock.now());
    // Two owners report early, one on the deadline day after its reminder.
    const submissions = [
      { at: '2026-11-23T12:00:00.000Z', initiative: 'T-2024-01', by: 'kristin.hovland@example.no' },
      { at: '2026-11-24T13:00:00.000Z', initiative: 'T-2024-02', by: 'sindre.aune@example.no' },
      { at: '2026-11-26T10:30:00.000Z', initiative: 'T-2024-03', by: 'hanne.moen@example.no' },
    ];
    const end = new Date('2026-12-03T00:00:00.000Z');
    await engine.runDueWork();
    for (;;) {
      const next = await engine.nextDueAt();
      const submission = submissions[0];
      if (submission && (!next || Date.parse(submission.at) <= next.getTime())) {
        clock.set(submission.at);
        await submit(t, submission.initiative, submission.by, clock.now());
        submissions.shift();
        continue;
      }
      if (!next || next > end) break;
      clock.set(next);
      await engine.runDueWork();
    }

    const sent = (await t.app.uow.read(async (repos) => await repos.outbox.list())).filter(
      (m) => m.state !== 'cancelled',
    );
    expect(sent.every((m) => m.state === 'sent')).toBe(true);
    const lines = sent.map((m) => {
      const view = m.view as MessageView;
      const to = m.destination.kind === 'person' ? m.destination.email : m.conversationKey;
      return `${m.sentAt} ${view.kind.padEnd(18)} ${to.padEnd(32)} ${m.dedupeKey}`;
    });

    // Reminders and escalations go out at 09:00 Oslo on business days only.
    for (const m of sent) {
      const view = m.view as MessageView;
      if (view.kind !== 'reminder' && view.kind !== 'escalation') continue;
      expect([m.dedupeKey, instantToOsloTime(m.sentAt ?? '')]).toEqual([m.dedupeKey, '09:00']);
      expect([m.dedupeKey, isBusinessDay(instantToOsloDate(m.sentAt ?? ''))]).toEqual([m.dedupeKey, true]);
    }
    // Nothing reaches an owner about an initiative after its report is in.
    const sentAfter = (id: string, at: string) =>
      sent.filter(
        (m) => m.dedupeKey.includes(`initiative:${id}/`) && m.destination.kind === 'person' && (m.sentAt ?? '') > at,
      );
    expect(sentAfter('T-2024-01', '2026-11-23T12:00:00.000Z')).toEqual([]);
    expect(sentAfter('T-2024-02', '2026-11-24T13:00:00.000Z')).toEqual([]);
    expect(sentAfter('T-2024-03', '2026-11-26T10:30:00.000Z')).toEqual([]);
    expect(todayInOslo(clock.now()) <= '2026-12-03').toBe(true);

    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${lines.join('\n')}\n`);
    expect(lines.join('\n')).toBe(readFileSync(GOLDEN, 'utf8').trimEnd());
    await t.close();
  });
});
