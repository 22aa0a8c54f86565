/**
 * AU's review in its Teams channel: the summary post and one threaded reply
 * per initiative reach the connector; AU members vote through
 * `review.vote` invokes on their post and get their own vote card back; the
 * post is updated in place with the tally; a closed vote is refused; anyone
 * else refreshing the post sees it as posted.
 */
import { reviewItemKey, reviewKey } from '../../../src/app/cycle/fan-out';
import { initiativesInReview } from '../../../src/app/rounds/initiatives-to-report';
import { describeError, messagesFor } from '../../../src/i18n';
import { periodLabel } from '../../../src/views/cycle-views';
import { adaptiveCardProblems } from '../../helpers/adaptive-cards';
import { cardOf } from '../../helpers/mock-connector';
import { refusalsSince } from '../../helpers/refusals';
import { AU_CHANNEL, type TeamsUser } from '../../helpers/teams-activities';
import { type Card, cardTexts, elementById, type Harness, startHarness, USERS, verbsOf } from './harness';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const ID = 'T-2024-01';
const nb = messagesFor('nb');
const AU_MEMBERS = 5;

let h: Harness;
let thread: string;
let itemMessageId: string;

beforeAll(async () => {
  h = await startHarness();
  for (const user of [USERS.ingrid, USERS.per, USERS.ragnhild, USERS.kristin]) await h.say(user, 'hjelp');
  await h.sayInChannel(USERS.ingrid, 'kanal au', AU_CHANNEL);
  await h.say(USERS.ingrid, `runde åpne ${ROUND}`);
  await h.bot.engine.runDueWork();
});
afterAll(async () => {
  await h.stop();
});

const votes = async () =>
  (await h.read(async (repos) => await repos.votes.listForRound(ROUND))).filter((v) => v.initiativeId === ID);
const vote = (user: TeamsUser, data: Record<string, string>) =>
  h.invoke(
    user,
    'review.vote',
    { roundId: ROUND, initiativeId: ID, ...data },
    { in: { channel: AU_CHANNEL, messageId: itemMessageId } },
  );
const tally = (agree: number, disagree: number) =>
  nb.cycle.review.tally(agree, disagree, 0, 0, agree + disagree, AU_MEMBERS);

describe('moving the round to review posts the thread in the AU channel', () => {
  it('`runde gjennomgang 2026-Q4` moves the round and enqueues the thread', async () => {
    const replies = await h.say(USERS.ingrid, `runde gjennomgang ${ROUND}`);
    expect(cardTexts(cardOf(replies[0]?.body ?? null))).toContain(
      nb.cli.roundMoved(ROUND, nb.roundStates['in-review']),
    );
    expect((await h.read(async (repos) => await repos.rounds.get(ROUND)))?.state).toBe('in-review');
    expect((await h.read(async (repos) => await repos.outbox.get(reviewKey(ROUND))))?.state).toBe('pending');
  });

  it('the engine posts the summary, then one reply per initiative in its thread', async () => {
    const mark = h.connector.calls.length;
    await h.bot.engine.runDueWork();
    const calls = h.connector.since(mark);
    const ids = (await h.read(async (repos) => initiativesInReview(await repos.initiatives.list()))).map((i) => i.id);

    const summary = calls.filter((c) => c.conversationId === AU_CHANNEL.channelId);
    expect(summary).toHaveLength(1);
    const post = summary[0];
    expect(cardTexts(cardOf(post?.body ?? null))).toContain(nb.cycle.review.title(periodLabel(ROUND, 'nb')));
    thread = `${AU_CHANNEL.channelId};messageid=${post?.messageId}`;
    expect((await h.read(async (repos) => await repos.outbox.get(reviewKey(ROUND))))?.messageRef?.messageId).toBe(
      post?.messageId,
    );

    const replies = calls.filter((c) => c.conversationId === thread);
    expect(replies).toHaveLength(ids.length);
    expect(calls.filter((c) => c.conversationId?.startsWith(AU_CHANNEL.channelId))).toHaveLength(ids.length + 1);
    for (const id of ids) {
      const item = await h.read(async (repos) => await repos.outbox.get(reviewItemKey(ROUND, id)));
      expect([id, item?.state]).toEqual([id, 'sent']);
      const call = replies.find((c) => c.messageId === item?.messageRef?.messageId);
      const card = cardOf(call?.body ?? null) as Card;
      expect(adaptiveCardProblems(card)).toEqual([]);
      // «Stem» asks for the member's own vote card, as does their client (Universal Actions refresh).
      expect(verbsOf(card)).toEqual(['review.open']);
      // AU members' clients ask the bot for their own version of the post (Universal Actions refresh).
      expect(card.refresh).toMatchObject({
        action: { verb: 'review.open', data: { roundId: ROUND, initiativeId: id } },
      });
      expect((card.refresh as { userIds: string[] }).userIds.sort()).toEqual(
        [USERS.per.aadObjectId, USERS.ragnhild.aadObjectId].sort(),
      );
      if (id === ID) itemMessageId = call?.messageId ?? '';
    }
    expect(itemMessageId).not.toBe('');
  });
});

describe('an AU member votes on a post', () => {
  it('disagreeing without a comment returns the vote card with the error, and records nothing', async () => {
    const before = h.snapshot();
    const { card } = await vote(USERS.per, { choice: 'disagree', comment: '' });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardTexts(card)).toContain(describeError({ code: 'VOTE.COMMENT_REQUIRED' }, 'nb'));
    expect(elementById(card, 'choice')?.element.type).toBe('Input.ChoiceSet');
    expect(verbsOf(card)).toEqual(['review.vote']);
    expect(h.changedSince(before)).toEqual([]);
  });

  it('with a comment the vote is recorded and the card shows it with the tally', async () => {
    const comment = 'AU bør se en revidert kostnadsplan først.';
    const { card } = await vote(USERS.per, { choice: 'disagree', comment });
    expect(adaptiveCardProblems(card)).toEqual([]);
    const texts = cardTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining([`${nb.vote.yourVote}: ${nb.voteChoices.disagree}`, comment, tally(0, 1)]),
    );
    expect(elementById(card, 'choice')?.element.value).toBe('disagree');
    expect(await votes()).toEqual([expect.objectContaining({ voter: USERS.per.email, choice: 'disagree', comment })]);
  });

  it('the post in the channel is updated in place with the tally', async () => {
    const mark = h.connector.calls.length;
    await h.bot.engine.runDueWork();
    const updates = h.connector.since(mark).filter((c) => c.kind === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ method: 'PUT', conversationId: thread, targetId: itemMessageId });
    expect(cardTexts(cardOf(updates[0]?.body ?? null))).toContain(tally(0, 1));
  });

  it('a second vote replaces theirs in the tally; the table keeps both', async () => {
    const { card } = await vote(USERS.per, { choice: 'agree', comment: '' });
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([`${nb.vote.yourVote}: ${nb.voteChoices.agree}`, tally(1, 0)]),
    );
    expect((await votes()).map((v) => [v.voter, v.choice])).toEqual([
      [USERS.per.email, 'disagree'],
      [USERS.per.email, 'agree'],
    ]);
  });

  it('after `avstemning lukk` a vote is refused and nothing is recorded', async () => {
    const ids = await h.read(async (repos) => initiativesInReview(await repos.initiatives.list()));
    const replies = await h.say(USERS.ingrid, 'avstemning lukk');
    expect(cardTexts(cardOf(replies[0]?.body ?? null))).toContain(nb.commands.voteClosed(ids.length));
    expect(await h.read(async (repos) => await repos.votes.isClosed(ROUND, ID))).toBe(true);

    const { card } = await vote(USERS.per, { choice: 'agree', comment: 'For sent?' });
    expect(cardTexts(card)).toContain(describeError({ code: 'VOTE.CLOSED' }, 'nb'));
    expect(elementById(card, 'choice')).toBeNull();
    expect(verbsOf(card)).toEqual([]);
    expect(await votes()).toHaveLength(2);
  });
});

describe('someone outside AU opens the post', () => {
  it("review.open refuses an owner outside AU: the draft recommendation and tally are AU's", async () => {
    const before = h.snapshot();
    const { card } = await h.invoke(
      USERS.kristin,
      'review.open',
      { roundId: ROUND, initiativeId: ID },
      { in: { channel: AU_CHANNEL, messageId: itemMessageId } },
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(cardTexts(card)).toContain(describeError({ code: 'AUTH.NOT_REVIEW_READER' }, 'nb'));
    expect(cardTexts(card).join('\n')).not.toContain(tally(1, 0));
    expect(await refusalsSince(h, before)).toEqual([
      `action:review.open ${USERS.kristin.email} AUTH.NOT_REVIEW_READER`,
    ]);
  });

  it('review.open gives the secretariat the plain post, without inputs', async () => {
    const initiative = await h.read(async (repos) => await repos.initiatives.get(ID));
    const { card } = await h.invoke(
      USERS.ingrid,
      'review.open',
      { roundId: ROUND, initiativeId: ID },
      { in: { channel: AU_CHANNEL, messageId: itemMessageId } },
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    const texts = cardTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining([nb.cycle.review.itemTitle(ID, initiative?.title ?? ''), tally(1, 0)]),
    );
    expect(texts.join('\n')).not.toContain(nb.vote.yourVote);
    expect(elementById(card, 'choice')).toBeNull();
    expect(elementById(card, 'comment')).toBeNull();
  });
});
