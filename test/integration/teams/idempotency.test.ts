/**
 * Card actions through Teams: the idempotency key is the platform, the
 * person, the verb and the activity id, checked against the payload. A
 * retried invoke is answered without a second write; another payload under
 * the same activity id is refused; invokes without an id are each applied
 * (they used to share the one key `msteams:`, so the second got the first's answer).
 */
import { describeError } from '../../../src/i18n';
import { cardTexts, type Harness, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

const ROUND = '2026-Q4';
const ID = 'T-2024-01';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.say(USERS.ingrid, `runde åpne ${ROUND}`);
  await h.say(USERS.kristin, 'hjelp');
});
afterAll(async () => {
  await h.stop();
});

const progress = async () =>
  await h.read(async (repos) => (await repos.reports.versions(ID, ROUND)).map((v) => v.fields.progress));
/** A draft save as the form sends it: every input as a string. */
async function save(text: string, baseVersion: number, id: string) {
  const initiative = await h.read(async (repos) => await repos.initiatives.get(ID));
  if (!initiative) throw new Error(`no ${ID} in the demo data`);
  return h.invoke(
    USERS.kristin,
    'report.save',
    {
      roundId: ROUND,
      initiativeId: ID,
      baseVersion: String(baseVersion),
      overall: 'green',
      result: 'green',
      schedule: 'green',
      cost: 'green',
      forecastCompletionDate: initiative.agreedCompletionDate,
      forecastCostNok: String(initiative.agreedCostNok),
      progress: text,
    },
    { id },
  );
}

it('applies a retried invoke once, and refuses other values under the same activity id', async () => {
  await save('Første utkast', 0, 'f:900001');
  await save('Første utkast', 0, 'f:900001');
  expect(await progress()).toEqual(['Første utkast']);
  const conflict = await save('Noe helt annet', 0, 'f:900001');
  expect(cardTexts(conflict.card).join('\n')).toContain(describeError({ code: 'REQUEST.CONFLICT' }, 'nb'));
  expect(await progress()).toEqual(['Første utkast']);
});

it('applies each invoke without an activity id', async () => {
  await save('Andre utkast', 1, '');
  await save('Tredje utkast', 2, '');
  expect(await progress()).toEqual(['Første utkast', 'Andre utkast', 'Tredje utkast']);
});
