/**
 * A full disk, simulated without root: SQLite's `max_page_count` caps the bot's own connection,
 * so a write that needs a new page fails with SQLITE_FULL exactly as on a full file system. The
 * bot must never acknowledge a write it could not keep: `/readyz` says `disk-full` before the
 * room runs out, new activities get a 503, every draft the owner was told was saved is there,
 * and a write that does hit SQLITE_FULL is rolled back whole.
 */
import { handleCardAction } from '../../../src/app/actions/handle-action';
import { messagesFor } from '../../../src/i18n';
import { cardInvoke } from '../../helpers/teams-activities';
import { cardTexts, type Harness, startHarness, USERS } from './harness';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const ID = 'T-2024-01';
const draftSaved = messagesFor('nb').form.draftSaved('').replace(/ \.$/, '');
/** The most saves the test tries before it expects the cap to bite. */
const MAX_SAVES = 400;

let h: Harness;
/** The bot's SQLite connection: this test fills its disk. */
const sqlite = () => {
  if (!h.bot.db) throw new Error('the disk-full test runs on SQLite');
  return h.bot.db;
};
beforeAll(async () => {
  h = await startHarness();
  await h.say(USERS.ingrid, `runde åpne ${ROUND}`);
});
afterAll(async () => {
  // Give the disk its room back, so the last engine pass at stop can write what it must.
  sqlite().pragma('max_page_count = 1073741823');
  await h.stop();
});

const pages = () => sqlite().pragma('page_count', { simple: true }) as number;
const versions = async () =>
  await h.read(async (repos) => (await repos.reports.versions(ID, ROUND)).map((v) => v.version));
/** A draft with long texts, so each save needs pages of its own. */
const draft = (version: number) => ({
  roundId: ROUND,
  initiativeId: ID,
  baseVersion: String(version),
  forecastCostNok: '1000000',
  progress: `Versjon ${version + 1}. ${'Fremdrift i kvartalet. '.repeat(85)}`,
  deviations: 'Avvik. '.repeat(280),
});

it('stops acknowledging before the disk is full, and keeps every draft it acknowledged', async () => {
  // Room for about two hundred kilobytes more, then the «disk» is full.
  sqlite().pragma(`max_page_count = ${pages() + 120}`);
  const acknowledged: number[] = [];
  let refused = 0;
  for (let version = 0; version < MAX_SAVES && refused === 0; version++) {
    const activity = cardInvoke({
      serviceUrl: h.connector.serviceUrl,
      user: USERS.kristin,
      verb: 'report.save',
      data: draft(version),
    });
    const answer = await h.post(JSON.stringify(activity));
    if (answer.status === 503) {
      refused += 1;
      expect(JSON.parse(answer.text)).toEqual({ error: 'not-ready', reason: 'disk-full' });
      break;
    }
    expect(answer.status).toBe(200);
    const texts = cardTexts(JSON.parse(answer.text));
    if (texts.some((t) => t.startsWith(draftSaved))) acknowledged.push(version + 1);
  }
  expect(refused).toBe(1);
  expect(acknowledged.length).toBeGreaterThan(3);
  // Every acknowledged draft is stored, in order, and nothing more.
  expect(await versions()).toEqual(acknowledged);

  const ready = await fetch(`${h.url}/readyz`);
  expect([ready.status, await ready.json()]).toEqual([503, { status: 'not-ready', reason: 'disk-full' }]);

  // Room again (the operator freed space): ready, and the owner can go on.
  sqlite().pragma('max_page_count = 1073741823');
  expect((await fetch(`${h.url}/readyz`)).status).toBe(200);
});

it('rolls a write that hits SQLITE_FULL back whole: never half a report', async () => {
  const before = await versions();
  const audit = h.count('SELECT count(*) AS n FROM audit_log');
  sqlite().pragma(`max_page_count = ${pages()}`);
  const kristin = await h.read(async (repos) => await repos.people.get(USERS.kristin.email));
  if (!kristin) throw new Error('no Kristin');
  let thrown: unknown = null;
  // Fill what room is left inside the file's pages until a write needs a page it cannot get.
  for (let i = 0; i < MAX_SAVES && thrown === null; i++) {
    try {
      const version = (await versions()).at(-1) ?? 0;
      const data = draft(version);
      const { forecastCostNok, progress, deviations, ...button } = data;
      await handleCardAction(
        {
          verb: 'report.save',
          data: button,
          values: { forecastCostNok: Number(forecastCostNok), progress, deviations },
          idempotencyKey: { platform: 'msteams', id: `full-${i}` },
        },
        // The bot's clock, not the wall clock: the demo round locks on a fixed day.
        { app: h.bot.app, person: kristin, now: h.clock.now(), defaultLocale: 'nb' },
      );
    } catch (error) {
      thrown = error;
    }
  }
  expect((thrown as { code?: string } | null)?.code).toBe('SQLITE_FULL');
  const after = await versions();
  // Whatever was saved before the failing write is whole; the failing one left no trace.
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after).toEqual(Array.from({ length: after.length }, (_, i) => i + 1));
  expect(h.count('SELECT count(*) AS n FROM audit_log')).toBeGreaterThanOrEqual(audit);
  sqlite().pragma('max_page_count = 1073741823');
  expect(sqlite().pragma('integrity_check', { simple: true })).toBe('ok');
});
