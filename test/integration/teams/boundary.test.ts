/**
 * The schema at the HTTP door: an activity the bot cannot read (a missing sender, a card action
 * whose verb or data has the wrong type, a message longer than Teams can send) is the sending
 * machine's mistake: a 400, before botbuilder or any use case runs, and nothing is written.
 */
import { cardInvoke, personalMessage } from '../../helpers/teams-activities';
import { type Harness, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const invalid = { status: 400, text: JSON.stringify({ error: 'invalid activity' }) };

it.each([
  ['a message without a sender', () => ({ ...personalMessage(msg('hjelp')), from: undefined })],
  ['a message whose sender id is an object', () => ({ ...personalMessage(msg('hjelp')), from: { id: { $gt: '' } } })],
  ['a message longer than Teams sends', () => personalMessage(msg('x'.repeat(40_001)))],
  ['a message without a conversation', () => ({ ...personalMessage(msg('hjelp')), conversation: null })],
  ['a card action whose verb is a number', () => withAction({ verb: 42, data: {} })],
  ['a card action whose data is a string', () => withAction({ verb: 'report.open', data: 'roundId=2026-Q4' })],
  ['a card action without an action', () => ({ ...invoke(), value: { trigger: 'manual' } })],
  ['a card action with a 1 kB verb', () => withAction({ verb: 'r'.repeat(1024), data: {} })],
])('%s is a 400 and writes nothing', async (_, make) => {
  const before = h.snapshot();
  expect(await h.post(JSON.stringify(make()))).toEqual(invalid);
  expect(h.changedSince(before)).toEqual([]);
  expect(h.connector.calls).toEqual([]);
});

function msg(text: string) {
  return { serviceUrl: h.connector.serviceUrl, user: USERS.kristin, text };
}
function invoke() {
  return cardInvoke({ serviceUrl: h.connector.serviceUrl, user: USERS.kristin, verb: 'report.open', data: {} });
}
function withAction(action: Record<string, unknown>) {
  const base = invoke();
  return {
    ...base,
    value: { ...(base.value as Record<string, unknown>), action: { type: 'Action.Execute', ...action } },
  };
}
