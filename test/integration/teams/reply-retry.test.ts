/**
 * A reply whose connection drops (a keep-alive connection the connector had
 * already closed) is sent again once, so the user gets the answer instead of
 * «Beklager, noe gikk galt». The retry is single: a connector that keeps
 * failing still ends in the error message, not in a loop.
 */
import { type DroppingProxy, startDroppingProxy } from '../../helpers/dropping-proxy';
import { personalMessage } from '../../helpers/teams-activities';
import { type Harness, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

let h: Harness;
let proxy: DroppingProxy;
beforeAll(async () => {
  h = await startHarness();
  proxy = await startDroppingProxy(h.connector.serviceUrl);
});
afterAll(async () => {
  await proxy.close();
  await h.stop();
});

const isPost = (req: { method?: string; url?: string }) => req.method === 'POST' && /\/activities/.test(req.url ?? '');

/** Kristin asks for help through the proxy; returns what reached the connector and what the proxy saw. */
async function askForHelp() {
  const mark = h.connector.calls.length;
  const seen = proxy.seen.length;
  const answer = await h.post(personalMessage({ serviceUrl: proxy.serviceUrl, user: USERS.kristin, text: 'hjelp' }));
  expect(answer.status).toBe(200);
  return {
    posted: h.connector.since(mark).filter((c) => c.kind === 'send' || c.kind === 'reply'),
    attempts: proxy.seen.slice(seen).filter((r) => r.method === 'POST'),
  };
}

/** The help card's summary, from a request nothing interferes with. */
let help: string | undefined;

it('control: without drops, help is one card and one POST', async () => {
  const { posted, attempts } = await askForHelp();
  expect(attempts.map((a) => a.dropped)).toEqual([false]);
  expect(posted).toHaveLength(1);
  help = posted[0]?.body?.summary;
  expect(help).toEqual(expect.any(String));
});

it('retries a reply once when its connection is dropped, and the user gets the answer', async () => {
  proxy.drop(1, isPost);
  const { posted, attempts } = await askForHelp();
  expect(attempts.map((a) => a.dropped)).toEqual([true, false]);
  expect(posted.map((c) => c.body?.summary)).toEqual([help]);
});

it('retries only once: two drops in a row still end in the error answer, not in a loop', async () => {
  proxy.drop(2, isPost);
  const { posted, attempts } = await askForHelp();
  expect(attempts.map((a) => a.dropped)).toEqual([true, true, false]);
  expect(posted).toHaveLength(1);
  expect(posted[0]?.body?.summary).not.toBe(help);
});
