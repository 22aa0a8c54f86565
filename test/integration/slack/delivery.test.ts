/**
 * The Slack Messenger under Slack's answers: `ratelimited` with Retry-After is waited out (not
 * counted as a failed attempt) and then delivered once; a DM to someone without one opens it
 * with `conversations.open`; `channel_not_found` and `account_inactive` are permanent, and the
 * person Slack cannot reach is listed by `sjekk` with Slack's reason, as is one `users.info`
 * finds deactivated.
 */
import { messagesFor } from '../../../src/i18n';
import { CHANNELS, SLACK_USERS, type SlackHarness, type SlackPerson, startSlackHarness } from './harness';
import { command, mention } from './talk';

jest.setTimeout(60_000);
const nb = messagesFor('nb');
let h: SlackHarness;

/** Links a person through a command in a channel: no DM is known for them afterwards. */
const linkWithoutDm = (who: SlackPerson) => command(h, who, 'hjelp', { channel: CHANNELS.general });

beforeAll(async () => {
  h = await startSlackHarness();
  for (const who of ['ingrid', 'kristin', 'hanne', 'sindre'] as const) await linkWithoutDm(who);
});
afterAll(() => h.stop());

describe('delivering to Slack', () => {
  it('opens a DM when none is known, waits out a 429 for its Retry-After, then delivers once', async () => {
    h.double.failNext('chat.postMessage', { retryAfter: 2, times: 1 });
    // Hanne's account is deactivated after she was linked: Slack will refuse her DM.
    const hanne = h.double.state.users.get(SLACK_USERS.hanne.id);
    if (hanne) hanne.deleted = true;
    await command(h, 'ingrid', 'runde åpne 2026-Q4');
    await h.deliver();
    const dm = h.double.state.dmOf(SLACK_USERS.kristin.id);
    expect(h.double.callsTo('conversations.open').map((c) => c.args.users)).toContain(SLACK_USERS.kristin.id);
    const posts = h.double.callsTo('chat.postMessage').filter((c) => c.args.channel === dm);
    // The first was answered 429 with Retry-After: 2; the second came no sooner, and only one message is there.
    expect(posts).toHaveLength(2);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
    expect(h.double.state.messages.filter((m) => m.channel === dm)).toHaveLength(1);
    const request = (await h.read(async (repos) => await repos.outbox.list({ state: 'sent' }))).find((m) =>
      m.dedupeKey.endsWith(`to:${SLACK_USERS.kristin.email}`),
    );
    // A 429 is «not now», not a failed attempt.
    expect(request?.attempts).toBe(1);
  });

  it('treats account_inactive as permanent, and `sjekk` lists whom Slack cannot reach', async () => {
    const failed = await h.read(async (repos) => await repos.outbox.list({ state: 'failed' }));
    const hannes = failed.find((m) => m.dedupeKey.endsWith(`to:${SLACK_USERS.hanne.email}`));
    // Permanent: tried once, never again.
    expect(hannes?.attempts).toBe(1);
    // Sindre is deactivated after his report request went out; `users.info` tells once its last word is stale.
    const sindre = h.double.state.users.get(SLACK_USERS.sindre.id);
    if (sindre) sindre.deleted = true;
    h.clock.advance(11 * 60_000);
    const { answers } = await command(h, 'ingrid', 'sjekk');
    const text = JSON.stringify(answers[0]);
    const unreachable = nb.cycle.preflight.reasons.transport;
    expect(text).toMatch(new RegExp(`Hanne Moen \\([^)]*\\): ${unreachable}`));
    expect(text).toMatch(new RegExp(`Sindre Aune \\([^)]*\\): ${unreachable}`));
    expect(text).not.toMatch(new RegExp(`Kristin Hovland \\([^)]*\\): ${unreachable}`));
  });

  it('treats channel_not_found as permanent: the post to a deleted channel fails once, not forever', async () => {
    await mention(h, 'ingrid', 'kanal au', 'CGONE');
    await command(h, 'ingrid', 'runde gjennomgang 2026-Q4');
    await h.deliver();
    const summary = await h.read(async (repos) => await repos.outbox.get('round:2026-Q4/review'));
    expect(summary?.state).toBe('failed');
    expect(summary?.attempts).toBe(1);
    expect(
      h.double.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CGONE' && !c.args.thread_ts),
    ).toHaveLength(2);
  });
});
