/**
 * AU's review thread in Slack: `@Skate-boten kanal au` binds the channel (the channel sees
 * it), the review posts a summary and one thread reply per initiative; «Enig» votes at once,
 * the member alone sees their vote (ephemeral, in the thread) and the tally updates in place
 * (`chat.update` of the same message); «Uenig» opens the vote modal with the position chosen,
 * where a missing comment is an error on its field. A replayed press counts once; a non-member
 * is refused privately.
 */
import { describeError, messagesFor } from '../../../src/i18n';
import { blockKitBreaches } from '../../helpers/slack-block-kit-limits';
import type { Json, PostedMessage } from '../../helpers/slack-double-state';
import { appHomeOpened, blockActions, eventCallback } from '../../helpers/slack-requests';
import { CHANNELS, SLACK_USERS, type SlackHarness, type SlackPerson, startSlackHarness } from './harness';
import { buttonIn, command, mention, modalOpenedBy, press, submit } from './talk';

jest.setTimeout(90_000);
const nb = messagesFor('nb');
const ROUND = '2026-Q4';
let h: SlackHarness;
let summary: PostedMessage;
let items: PostedMessage[];

const votesBy = async (email: string, initiativeId: string) =>
  await h.read(async (repos) =>
    (await repos.votes.listForRound(ROUND)).filter((v) => v.voter === email && v.initiativeId === initiativeId),
  );
const place = (m: PostedMessage) => ({
  message: { channel: m.channel, ts: m.ts, ...(m.threadTs ? { threadTs: m.threadTs } : {}) },
});

async function link(who: SlackPerson) {
  const user = SLACK_USERS[who].id;
  const mark = h.double.calls.length;
  await h.send(
    eventCallback(appHomeOpened({ user, channel: h.double.state.dmOf(user) }), {
      eventId: h.id('Ev'),
      eventTime: h.nowSeconds(),
    }),
  );
  await h.double.waitFor(() => h.double.calls.slice(mark).some((c) => c.method === 'views.publish'));
}

beforeAll(async () => {
  h = await startSlackHarness();
  for (const who of ['ingrid', 'per', 'kristin'] as const) await link(who);
  await command(h, 'ingrid', `runde åpne ${ROUND}`);
  const bound = await mention(h, 'ingrid', 'kanal au', CHANNELS.au);
  expect(bound.method).toBe('chat.postMessage');
  await command(h, 'ingrid', `runde gjennomgang ${ROUND}`);
  await h.deliver();
  const posts = h.double.state.messages.filter((m) => m.channel === CHANNELS.au);
  const top = posts.find(
    (m) => m.threadTs === null && m.text !== '' && buttonIn(m.blocks, 'review.vote') === null && m.blocks.length > 1,
  );
  if (!top) throw new Error('no review summary in AU');
  summary = top;
  items = posts.filter((m) => m.threadTs === summary.ts);
});
afterAll(() => h.stop());

describe('the review thread', () => {
  it('is a summary in AU’s channel and one thread reply per initiative, each within Slack’s limits', () => {
    expect(items.length).toBeGreaterThan(5);
    for (const m of [summary, ...items])
      expect(blockKitBreaches({ text: m.text, blocks: m.blocks }, 'message')).toEqual([]);
    for (const item of items) {
      expect(buttonIn(item.blocks, 'review.vote', { choice: 'agree' })).not.toBeNull();
      expect(buttonIn(item.blocks, 'review.open', { choice: 'disagree' })).not.toBeNull();
    }
  });
});

describe('voting', () => {
  it('«Enig» counts at once, the member sees it privately in the thread, and the tally updates in place', async () => {
    const item = items[0] as PostedMessage;
    const agree = buttonIn(item.blocks, 'review.vote', { choice: 'agree' });
    if (!agree) throw new Error('no «Enig»');
    const initiativeId = agree.data.initiativeId ?? '';
    const pressed = await press(h, 'per', agree, place(item), {
      until: (calls) => calls.some((c) => c.method === 'chat.postEphemeral'),
    });
    const ephemeral = pressed.calls.find((c) => c.method === 'chat.postEphemeral');
    expect(ephemeral?.args).toMatchObject({ channel: CHANNELS.au, user: SLACK_USERS.per.id, thread_ts: summary.ts });
    expect(String(ephemeral?.args.text)).toContain(`${nb.vote.yourVote}: ${nb.voteChoices.agree}`);
    expect((await votesBy(SLACK_USERS.per.email, initiativeId)).at(-1)?.choice).toBe('agree');

    const before = item.history.length;
    await h.deliver();
    expect(item.history.length).toBe(before + 1);
    expect(JSON.stringify(item.blocks)).toContain(`${nb.voteChoices.agree}: 1`);
    expect(h.double.state.messages.filter((m) => m.channel === CHANNELS.au)).toHaveLength(1 + 1 + items.length);
  });

  it('a replayed press is applied once', async () => {
    const item = items[1] as PostedMessage;
    const agree = buttonIn(item.blocks, 'review.vote', { choice: 'agree' });
    if (!agree) throw new Error('no «Enig»');
    const initiativeId = agree.data.initiativeId ?? '';
    const options = { triggerId: h.id('trig'), actionTs: '1700000999.000100' };
    await press(h, 'per', agree, place(item), {
      ...options,
      until: (c) => c.some((x) => x.method === 'chat.postEphemeral'),
    });
    const ephemerals = h.double.callsTo('chat.postEphemeral').length;
    const answer = await h.send(
      blockActions({
        user: SLACK_USERS.per.id,
        actionId: agree.actionId,
        value: agree.value,
        ...options,
        place: place(item),
      }),
    );
    expect(answer.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.double.callsTo('chat.postEphemeral').length).toBe(ephemerals);
    expect(await votesBy(SLACK_USERS.per.email, initiativeId)).toHaveLength(1);
  });

  it('«Uenig» opens the vote modal with the position chosen, and a missing comment is an error on its field', async () => {
    const item = items[2] as PostedMessage;
    const disagree = buttonIn(item.blocks, 'review.open', { choice: 'disagree' });
    if (!disagree) throw new Error('no «Uenig»');
    const initiativeId = disagree.data.initiativeId ?? '';
    const pressed = await press(h, 'per', disagree, place(item), {
      until: (c) => c.some((x) => x.method === 'views.open'),
    });
    const modal = modalOpenedBy(h, pressed.triggerId);
    expect(blockKitBreaches(modal.view, 'modal')).toEqual([]);
    const choice = (modal.view.blocks as Json[]).find((b) => b.block_id === 'choice');
    expect(((choice?.element as Json | undefined)?.initial_option as Json | undefined)?.value).toBe('disagree');

    const refused = await submit(h, 'per', modal, { comment: '' });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { comment: describeError({ code: 'VOTE.COMMENT_REQUIRED', field: 'comment' }, 'nb') },
    });
    expect(await votesBy(SLACK_USERS.per.email, initiativeId)).toHaveLength(0);

    const mark = h.double.calls.length;
    const cast = await submit(h, 'per', modal, { comment: 'Tidsplanen er for optimistisk.' });
    expect(cast.json).toEqual({ response_action: 'clear' });
    const seen = await h.double.waitFor(() =>
      h.double.calls.slice(mark).find((c) => c.method === 'chat.postEphemeral'),
    );
    expect(seen.args).toMatchObject({ user: SLACK_USERS.per.id, channel: CHANNELS.au, thread_ts: summary.ts });
    expect((await votesBy(SLACK_USERS.per.email, initiativeId)).at(-1)).toMatchObject({
      choice: 'disagree',
      comment: 'Tidsplanen er for optimistisk.',
    });
  });

  it('someone outside AU is refused privately, and nothing is counted', async () => {
    const item = items[3] as PostedMessage;
    const agree = buttonIn(item.blocks, 'review.vote', { choice: 'agree' });
    if (!agree) throw new Error('no «Enig»');
    const pressed = await press(h, 'kristin', agree, place(item), {
      until: (c) => c.some((x) => x.method === 'chat.postEphemeral'),
    });
    const ephemeral = pressed.calls.find((c) => c.method === 'chat.postEphemeral');
    expect(ephemeral?.args.user).toBe(SLACK_USERS.kristin.id);
    expect(await votesBy(SLACK_USERS.kristin.email, agree.data.initiativeId ?? '')).toHaveLength(0);
  });
});
