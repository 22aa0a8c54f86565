/**
 * The secretariat's chat commands over the real HTTP server: round status,
 * opening a round and binding AU's channel, and the same commands refused to
 * an owner. Every answer is checked as it reached the connector, and every
 * effect (or its absence) in the database.
 */
import { initiativesToReport } from '../../../src/app/rounds/initiatives-to-report';
import { describeError, messagesFor } from '../../../src/i18n';
import { formatDate, formatInstant, formatInstantLong } from '../../../src/i18n/format';
import { adaptiveCardProblems } from '../../helpers/adaptive-cards';
import { type ConnectorCall, cardOf } from '../../helpers/mock-connector';
import { refusalsSince } from '../../helpers/refusals';
import { AU_CHANNEL, personalConversationId, type TeamsChannel } from '../../helpers/teams-activities';
import { cardTexts, type Harness, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

const ROUND = '2026-Q4';
const nb = messagesFor('nb');
/** Not AU's channel: where the owner tries `kanal au`. */
const OTHER_CHANNEL: TeamsChannel = {
  teamId: AU_CHANNEL.teamId,
  channelId: '19:0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5@thread.tacv2',
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // First contact links both; what follows must then change nothing for the owner.
  await h.say(USERS.ingrid, 'hjelp');
  await h.say(USERS.kristin, 'hjelp');
});
afterAll(async () => {
  await h.stop();
});

/** The texts of the single card answered, after checking it with the SDK. */
function answer(replies: ConnectorCall[]): string[] {
  expect(replies).toHaveLength(1);
  const card = cardOf(replies[0]?.body ?? null);
  if (!card) throw new Error('the reply has no Adaptive Card');
  expect(adaptiveCardProblems(card)).toEqual([]);
  return cardTexts(card);
}

const round = async () => await h.read(async (repos) => await repos.rounds.get(ROUND));

describe('an owner is refused the secretariat commands', () => {
  it('`runde åpne 2026-Q4` is refused with the localised message and nothing changes', async () => {
    const before = h.snapshot();
    const replies = await h.say(USERS.kristin, `runde åpne ${ROUND}`);
    expect(answer(replies)).toContain(describeError({ code: 'AUTH.NOT_SECRETARIAT' }, 'nb'));
    expect(replies[0]?.conversationId).toBe(personalConversationId(USERS.kristin));
    expect(await refusalsSince(h, before)).toEqual([`command:round-open ${USERS.kristin.email} AUTH.NOT_SECRETARIAT`]);
    expect(await round()).toBeNull();
  });

  it('`kanal au` from an owner in a channel binds nothing', async () => {
    const before = h.snapshot();
    const replies = await h.sayInChannel(USERS.kristin, 'kanal au', OTHER_CHANNEL);
    expect(answer(replies)).toContain(describeError({ code: 'AUTH.NOT_SECRETARIAT' }, 'nb'));
    expect(await refusalsSince(h, before)).toEqual([
      `command:bind-channel ${USERS.kristin.email} AUTH.NOT_SECRETARIAT`,
    ]);
    expect(await h.read(async (repos) => await repos.directory.channel('au'))).toBeNull();
  });
});

describe('the secretariat runs the round from a personal chat', () => {
  it('`status` with no round open says so', async () => {
    // Which rounds exist and which can be opened: the answer says what to do next.
    expect(answer(await h.say(USERS.ingrid, 'status'))).toContain(
      describeError({ code: 'ROUND.NONE', params: { rounds: '2026-Q3', suggestion: '2026-Q4' } }, 'nb'),
    );
  });

  it('`runde åpne 2026-Q4` opens the round, enqueues the requests and says when things happen', async () => {
    const replies = await h.say(USERS.ingrid, `runde åpne ${ROUND}`);

    const opened = await round();
    expect(opened).toMatchObject({ id: ROUND, state: 'open' });
    if (!opened) throw new Error('no round');
    const { au, skate, count, requests } = await h.read(async (repos) => ({
      au: (await repos.meetings.get(opened.auMeetingId ?? ''))?.date ?? '',
      skate: (await repos.meetings.get(opened.skateMeetingId))?.date ?? '',
      count: initiativesToReport(await repos.initiatives.list()).length,
      requests: (await repos.outbox.list()).filter((m) => m.dedupeKey.startsWith(`round:${ROUND}/initiative:`)),
    }));
    const text = nb.cli.roundOpened({
      round: ROUND,
      deadline: formatInstantLong(opened.deadline, 'nb'),
      lockAt: formatInstant(opened.lockAt, 'nb'),
      au: formatDate(au, 'nb'),
      skate: formatDate(skate, 'nb'),
      count,
    });
    expect(answer(replies)).toContain(text);
    // The requests wait in the outbox for the engine; with the schedule off nothing was sent behind our back.
    expect(requests.length).toBeGreaterThanOrEqual(count);
    expect(requests.every((m) => m.state === 'pending')).toBe(true);
    expect(
      (await h.read(async (repos) => await repos.jobs.list({ prefix: `round:${ROUND}/` }))).length,
    ).toBeGreaterThan(0);
  });

  it('`status` afterwards shows the round and one row per initiative', async () => {
    const texts = answer(await h.say(USERS.ingrid, 'status'));
    const opened = await round();
    if (!opened) throw new Error('no round');
    expect(texts).toContain(
      nb.cli.roundSummary({
        round: ROUND,
        state: nb.roundStates.open,
        deadline: formatInstant(opened.deadline, 'nb'),
        lockAt: formatInstant(opened.lockAt, 'nb'),
      }),
    );
    const due = await h.read(async (repos) => initiativesToReport(await repos.initiatives.list()));
    expect(texts).toContain(nb.cli.roundCounts({ submitted: 0, draft: 0, missing: due.length }));
    for (const initiative of due) expect(texts).toContain(initiative.id);
    // People by name, not by address.
    expect(texts).toContain('Kristin Hovland');
    expect(texts.join('\n')).not.toContain('kristin.hovland@example.no');
  });

  it('opening it again is refused with the localised message', async () => {
    const before = h.snapshot();
    const texts = answer(await h.say(USERS.ingrid, `runde åpne ${ROUND}`));
    expect(texts).toContain(describeError({ code: 'ROUND.ALREADY_EXISTS', params: { round: ROUND } }, 'nb'));
    expect(h.changedSince(before)).toEqual([]);
  });
});

describe('binding the AU channel', () => {
  it('`@Skate-boten kanal au` in the channel binds it, without the thread part', async () => {
    const replies = await h.sayInChannel(USERS.ingrid, 'kanal au', AU_CHANNEL);
    expect(answer(replies)).toContain(nb.commands.channelBound(nb.commands.channelNames.au));
    // The answer is a reply in the thread the mention started.
    const [reply] = replies;
    expect(reply?.kind).toBe('reply');
    expect(reply?.conversationId).toBe(`${AU_CHANNEL.channelId};messageid=${reply?.targetId}`);

    const binding = await h.read(async (repos) => await repos.directory.channel('au'));
    expect(binding?.platform).toBe('msteams');
    const reference = JSON.parse(binding?.reference ?? '{}') as { conversation?: { id: string }; serviceUrl?: string };
    expect(reference.conversation?.id).toBe(AU_CHANNEL.channelId);
    expect(reference.serviceUrl).toBe(h.connector.serviceUrl);
    expect(await h.read(async (repos) => await repos.audit.list('channel', 'au'))).toHaveLength(1);
  });
});
