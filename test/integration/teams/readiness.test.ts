/**
 * `/readyz` on the real bot tells the truth about its database, and while it
 * is not ready the bot refuses new activities (503) instead of acknowledging
 * writes it would lose. Here the database file is deleted under the running
 * bot, as a mistaken clean-up or a volume swap would: the open connection
 * still answers, so the old check (`db.open && schemaVersion(db) === latest`)
 * said «ready» while every write went into an unlinked file.
 */
import fs from 'node:fs';
import { personalMessage } from '../../helpers/teams-activities';
import { type Harness, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

it('is ready, then not ready with the reason once the file is gone, and refuses new activities meanwhile', async () => {
  const ready = await fetch(`${h.url}/readyz`);
  expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);

  fs.rmSync(h.databasePath);
  const gone = await fetch(`${h.url}/readyz`);
  expect([gone.status, await gone.json()]).toEqual([503, { status: 'not-ready', reason: 'file-missing' }]);

  const before = h.snapshot();
  const message = personalMessage({
    serviceUrl: h.connector.serviceUrl,
    user: { ...USERS.ingrid, name: USERS.ingrid.email },
    text: 'runde åpne 2026-Q4',
  });
  const refused = await h.post(message);
  expect(refused).toEqual({ status: 503, text: JSON.stringify({ error: 'not-ready', reason: 'file-missing' }) });
  expect(h.connector.calls).toEqual([]);
  expect(h.changedSince(before)).toEqual([]);
  expect(await h.read(async (repos) => await repos.rounds.get('2026-Q4'))).toBeNull();
});
