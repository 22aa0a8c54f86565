/**
 * `POST /slack/events` on the bot's one HTTP server lets in only what Slack signed: a bad
 * signature, a missing header, or a timestamp more than five minutes off (either way) gets 401
 * and changes nothing. Slack's URL check is answered; a replayed interaction and a retried
 * event delivery are applied once.
 */

import { appMention, eventCallback, signedHeaders, slashCommand, urlVerification } from '../../helpers/slack-requests';
import { SLACK_USERS, type SlackHarness, startSlackHarness } from './harness';

let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.stop());

const help = () =>
  slashCommand({
    user: SLACK_USERS.ingrid.id,
    text: 'hjelp',
    channel: 'D0INGRID',
    triggerId: h.id('trigger'),
    responseUrl: h.double.responseUrl(h.id('r')),
  });

describe('Slack request signatures', () => {
  it('answers the URL check with its challenge', async () => {
    const answer = await h.send(urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P'));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it.each([
    ['a missing signature', { unsigned: true }],
    ['a signature by another secret', { headers: signedHeaders('x', 0, 'not-the-secret') }],
    ['a timestamp six minutes old', { atSeconds: -360 }],
    ['a timestamp six minutes ahead', { atSeconds: 360 }],
  ])('refuses %s with 401 and changes nothing', async (_, variant) => {
    const before = h.snapshot();
    const calls = h.double.calls.length;
    const request = help();
    const options: Parameters<SlackHarness['send']>[1] = {};
    if ('unsigned' in variant) options.unsigned = true;
    if ('atSeconds' in variant) options.atSeconds = h.nowSeconds() + (variant.atSeconds ?? 0);
    if ('headers' in variant) {
      options.headers = signedHeaders(request.body, h.nowSeconds(), 'not-the-secret');
    }
    const answer = await h.send(request, options);
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: 'unauthorized' });
    await new Promise((r) => setTimeout(r, 100));
    expect(h.changedSince(before)).toEqual([]);
    expect(h.double.calls.length).toBe(calls);
  });

  it('refuses a signature of another body (a body changed on the way)', async () => {
    const request = help();
    const headers = signedHeaders(`${request.body}&x=1`, h.nowSeconds());
    expect((await h.send(request, { headers })).status).toBe(401);
  });

  it('accepts a timestamp four minutes off either way', async () => {
    for (const offset of [-240, 240]) {
      const answer = await h.send(help(), { atSeconds: h.nowSeconds() + offset });
      expect(answer.status).toBe(200);
    }
  });

  it('answers only POST', async () => {
    const response = await fetch(`${h.url}/slack/events`);
    expect(response.status).toBe(405);
  });
});

describe('replays and retries', () => {
  it('applies a retried event delivery once, and answers the retry at once', async () => {
    const eventId = h.id('Ev');
    const request = eventCallback(
      appMention({
        user: SLACK_USERS.ingrid.id,
        channel: 'C0GENERAL',
        text: '<@UBOTSKATE> hjelp',
        ts: '1700000001.000100',
      }),
      { eventId, eventTime: h.nowSeconds() },
    );
    expect((await h.send(request)).status).toBe(200);
    await h.double.waitFor(
      () => h.double.callsTo('chat.postEphemeral').length >= 1,
      5_000,
      'the answer to the mention',
    );
    const answered = h.double.callsTo('chat.postEphemeral').length;
    const retry = await h.send(request, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.double.callsTo('chat.postEphemeral').length).toBe(answered);
  });

  it('applies a replayed slash command once', async () => {
    const responseUrl = h.double.responseUrl(h.id('once'));
    const request = slashCommand({
      user: SLACK_USERS.ingrid.id,
      text: 'hjelp',
      channel: 'D0INGRID',
      triggerId: h.id('t'),
      responseUrl,
    });
    const answers = () => h.double.callsTo('response_url').filter((c) => c.url === responseUrl).length;
    await h.send(request);
    await h.double.waitFor(() => answers() >= 1);
    expect((await h.send(request)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(answers()).toBe(1);
  });
});

describe('options requests', () => {
  it('answers an options request (no external selects) with an empty list rather than a timeout', async () => {
    const payload = {
      type: 'block_suggestion',
      user: { id: SLACK_USERS.ingrid.id, team_id: 'T0SKATE' },
      team: { id: 'T0SKATE', domain: 'skate' },
      action_id: 'anything',
      block_id: 'b',
      value: 'ka',
      api_app_id: 'A0SKATE',
    };
    const answer = await h.send({
      body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ options: [] });
  });
});
