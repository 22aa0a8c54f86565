/**
 * Validation of chat commands at the door (runCommand): free text beyond its limit and dates that
 * do not exist are refused with a localised answer before any use case runs; the text that is
 * taken is stored without the characters no document may hold.
 */
import { parseCommand } from '../../../src/app/commands/parse-command';
import { runCommand } from '../../../src/app/commands/run-command';
import { describeError } from '../../../src/i18n';
import { NULL_MESSENGER, STUB_RENDERERS } from '../../helpers/matrix-world';
import { DEMO_NOW, type TestApp, testApp } from '../../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => await t.close());

const as = async (email: string) => ({
  app: t.app,
  actor: { kind: 'person' as const, person: await t.person(email) },
  locale: 'nb' as const,
  now: DEMO_NOW,
  messenger: NULL_MESSENGER,
  renderers: STUB_RENDERERS,
  origin: null,
});
const SECRETARIAT = 'ingrid.haugland@example.no';
const OWNER = 'kristin.hovland@example.no';
const text = (outcome: { replies: unknown[] }) => JSON.stringify(outcome.replies);

it('refuses a decision text over its limit, and writes nothing', async () => {
  const before = await t.app.uow.read(async (repos) => (await repos.decisions.listForInitiative('T-2024-01')).length);
  const outcome = await runCommand(parseCommand(`vedtak T-2024-01 ${'x'.repeat(2001)}`), await as(SECRETARIAT));
  expect(outcome.failed).toBe(true);
  expect(text(outcome)).toContain(describeError({ code: 'INPUT.TOO_LONG', params: { max: 2000 } }, 'nb'));
  expect(await t.app.uow.read(async (repos) => (await repos.decisions.listForInitiative('T-2024-01')).length)).toBe(
    before,
  );
});

it('refuses a delegation from a date that does not exist', async () => {
  const outcome = await runCommand(
    parseCommand('deleger T-2024-01 per.lunde@example.no 31.02.2027 10.03.2027'),
    await as(OWNER),
  );
  expect(text(outcome)).toContain(describeError({ code: 'REPORT.INVALID_DATE' }, 'nb'));
  expect(await t.app.uow.read(async (repos) => (await repos.initiatives.get('T-2024-01'))?.delegations)).toEqual([]);
});

it('stores a decision without control characters', async () => {
  await runCommand(parseCommand('vedtak T-2024-01 Skate\u0007 ber om\u001B ny plan.'), await as(SECRETARIAT));
  const texts = await t.app.uow.read(async (repos) =>
    (await repos.decisions.listForInitiative('T-2024-01')).map((d) => d.text),
  );
  expect(texts).toContain('Skate ber om ny plan.');
});

it('repeats only the start of an unknown command', async () => {
  const outcome = await runCommand(parseCommand(`tull${'y'.repeat(5000)}`), await as(OWNER));
  expect(text(outcome).length).toBeLessThan(1000);
});
