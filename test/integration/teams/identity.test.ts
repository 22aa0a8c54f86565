/**
 * First contact over the real HTTP server and CloudAdapter: a registered
 * person is linked by the email the Teams members API gives for them and their
 * personal chat is remembered; a stranger is answered kindly and leaves no trace.
 */
import { messagesFor } from '../../../src/i18n';
import { adaptiveCardProblems } from '../../helpers/adaptive-cards';
import { type ConnectorCall, cardOf } from '../../helpers/mock-connector';
import { refusalsSince } from '../../helpers/refusals';
import { installationAdd, membersAdded, personalConversationId, type TeamsUser } from '../../helpers/teams-activities';
import { cardTexts, type Harness, startHarness, USERS } from './harness';

jest.setTimeout(30_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const linked = async (user: TeamsUser) =>
  await h.read(async (repos) => await repos.people.findByIdentity('msteams', user.aadObjectId));
const reference = async (user: TeamsUser) => {
  const stored = await h.read(async (repos) => await repos.directory.conversationOf('msteams', user.aadObjectId));
  return stored === null ? null : (JSON.parse(stored) as { conversation: { id: string }; serviceUrl: string });
};

/** The one card the bot answered with, in the same personal chat, checked with the Adaptive Cards SDK. */
function onlyCard(replies: ConnectorCall[], user: TeamsUser): Record<string, unknown> {
  expect(replies).toHaveLength(1);
  const [reply] = replies;
  expect(reply?.kind).toBe('reply');
  expect(reply?.conversationId).toBe(personalConversationId(user));
  const card = cardOf(reply?.body ?? null);
  if (!card) throw new Error('the reply has no Adaptive Card');
  expect(adaptiveCardProblems(card)).toEqual([]);
  return card;
}

describe('a registered person writes to the bot for the first time', () => {
  it('links their AAD object id to their person, stores the chat and answers with help in bokmål', async () => {
    expect(await linked(USERS.kristin)).toBeNull();
    expect(await reference(USERS.kristin)).toBeNull();
    const mark = h.connector.calls.length;

    const replies = await h.say(USERS.kristin, 'hjelp');

    // The bot asked the connector who this is, in the chat the message came from.
    const lookup = h.connector.since(mark).find((c) => c.kind === 'member');
    expect(lookup).toMatchObject({ conversationId: personalConversationId(USERS.kristin), targetId: USERS.kristin.id });
    const t = messagesFor('nb').commands;
    const texts = cardTexts(onlyCard(replies, USERS.kristin));
    expect(texts).toEqual(expect.arrayContaining([t.helpTitle, t.helpIntro]));
    expect(texts).toContain(`• ${t.helpLine(t.help.mine.usage, t.help.mine.text, t.help.mine.example)}`);
    // An owner is not shown the secretariat's commands.
    expect(texts.join('\n')).not.toContain(t.help.round.usage);

    expect((await linked(USERS.kristin))?.email).toBe('kristin.hovland@example.no');
    expect(await reference(USERS.kristin)).toMatchObject({
      conversation: { id: personalConversationId(USERS.kristin) },
      serviceUrl: h.connector.serviceUrl,
    });
  });

  it('does not ask the connector again once linked', async () => {
    const mark = h.connector.calls.length;
    const replies = await h.say(USERS.kristin, 'HJELP');
    expect(h.connector.since(mark).filter((c) => c.kind === 'member')).toEqual([]);
    expect(cardTexts(onlyCard(replies, USERS.kristin))).toContain(messagesFor('nb').commands.helpTitle);
  });

  it('answers a nynorsk user in nynorsk', async () => {
    const replies = await h.say(USERS.ragnhild, 'hjelp');
    const nn = messagesFor('nn').commands;
    const texts = cardTexts(onlyCard(replies, USERS.ragnhild));
    expect(texts).toEqual(
      expect.arrayContaining([
        nn.helpIntro,
        `• ${nn.helpLine(nn.help.mine.usage, nn.help.mine.text, nn.help.mine.example)}`,
      ]),
    );
    expect(texts).not.toContain(messagesFor('nb').commands.helpIntro);
    expect((await linked(USERS.ragnhild))?.locale).toBe('nn');
    expect((await reference(USERS.ragnhild))?.conversation.id).toBe(personalConversationId(USERS.ragnhild));
  });
});

describe('a stranger writes to the bot', () => {
  it.each([
    ['not in the tenant member list (404)', USERS.stranger],
    ['in the tenant but not in the registry', USERS.outsider],
  ])('%s: gets the polite unknown-user answer and nothing is written', async (_, user) => {
    const before = h.snapshot();
    const replies = await h.say(user, 'hjelp');
    expect(cardTexts(onlyCard(replies, user))).toContain(messagesFor('nb').commands.unknownUser);
    expect(await refusalsSince(h, before)).toEqual([
      `command:help unknown:msteams:${user.aadObjectId} AUTH.UNKNOWN_PERSON`,
    ]);
    expect(await linked(user)).toBeNull();
    expect(await reference(user)).toBeNull();
  });

  it('cannot run commands either', async () => {
    const before = h.snapshot();
    const replies = await h.say(USERS.outsider, 'runde åpne 2026-Q4');
    expect(cardTexts(onlyCard(replies, USERS.outsider))).toContain(messagesFor('nb').commands.unknownUser);
    expect(await refusalsSince(h, before)).toEqual([
      `command:round-open unknown:msteams:${USERS.outsider.aadObjectId} AUTH.UNKNOWN_PERSON`,
    ]);
  });
});

describe('installing the app', () => {
  it('welcomes a registered person by name, links them and remembers the chat', async () => {
    const mark = h.connector.calls.length;
    expect((await h.post(installationAdd({ serviceUrl: h.connector.serviceUrl, user: USERS.hanne }))).status).toBe(200);
    const card = onlyCard(
      h.connector.since(mark).filter((c) => c.kind !== 'member'),
      USERS.hanne,
    );
    expect(cardTexts(card)).toContain(messagesFor('nb').commands.welcome('Hanne Moen'));
    expect((await linked(USERS.hanne))?.email).toBe('hanne.moen@example.no');
    expect((await reference(USERS.hanne))?.conversation.id).toBe(personalConversationId(USERS.hanne));
  });

  it("a stranger's installation and conversationUpdate store nothing", async () => {
    const before = h.snapshot();
    const serviceUrl = h.connector.serviceUrl;
    const mark = h.connector.calls.length;
    expect((await h.post(membersAdded({ serviceUrl, user: USERS.stranger }))).status).toBe(200);
    expect((await h.post(installationAdd({ serviceUrl, user: USERS.stranger }))).status).toBe(200);
    const replies = h.connector.since(mark).filter((c) => c.kind !== 'member');
    expect(cardTexts(onlyCard(replies, USERS.stranger))).toContain(messagesFor('nb').commands.unknownUser);
    expect(h.changedSince(before)).toEqual([]);
  });

  it("a known person's conversationUpdate refreshes their chat's reference and is not answered", async () => {
    const before = h.snapshot();
    const mark = h.connector.calls.length;
    expect((await h.post(membersAdded({ serviceUrl: h.connector.serviceUrl, user: USERS.hanne }))).status).toBe(200);
    expect(h.connector.since(mark)).toEqual([]);
    // The update carries no name or locale, so the stored reference is rewritten; the chat is the same.
    // …and the person counts as seen on Teams (the platform they are messaged on, if they also use Slack).
    expect(h.changedSince(before)).toEqual(['conversation_refs', 'identity_last_seen']);
    expect((await reference(USERS.hanne))?.conversation.id).toBe(personalConversationId(USERS.hanne));
  });
});
