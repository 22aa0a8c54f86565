import { instantToOsloDate } from '../../../src/domain/calendar';
/**
 * Proactive delivery of the round's report requests through the real
 * TeamsMessenger (continueConversationAsync on the stored references) to the
 * mock connector: owners who have talked to the bot get their request in
 * their personal chat; the others cannot be reached, their messages fail and
 * the secretariat is told.
 */
import type { OutboxMessage } from '../../../src/domain/delivery';
import type { MessageView } from '../../../src/views/message-view';
import { adaptiveCardProblems } from '../../helpers/adaptive-cards';
import { cardOf } from '../../helpers/mock-connector';
import { personalConversationId, type TeamsUser } from '../../helpers/teams-activities';
import { type Card, type Harness, startHarness, USERS, verbsOf } from './harness';

jest.setTimeout(60_000);

const ROUND = '2026-Q4';
const REQUEST = `round:${ROUND}/initiative:`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // Two owners and the secretariat have talked to the bot; nobody else has.
  for (const user of [USERS.kristin, USERS.sindre, USERS.ingrid]) await h.say(user, 'hjelp');
  await h.say(USERS.ingrid, `runde åpne ${ROUND}`);
});
afterAll(async () => {
  await h.stop();
});

const outbox = async (): Promise<OutboxMessage[]> => await h.read(async (repos) => await repos.outbox.list());
const requests = async () =>
  (await outbox()).filter((m) => m.dedupeKey.startsWith(REQUEST) && m.dedupeKey.includes('/request/'));
const to = (m: OutboxMessage) => (m.destination.kind === 'person' ? m.destination.email : '');

describe('after the round opens', () => {
  it('nothing is sent until the engine runs', async () => {
    expect((await requests()).length).toBeGreaterThan(2);
    expect((await requests()).every((m) => m.state === 'pending')).toBe(true);
    const chats = [USERS.kristin, USERS.sindre].map(personalConversationId);
    expect(h.connector.posted().filter((c) => chats.includes(c.conversationId ?? ''))).toHaveLength(2); // the "hjelp" answers
  });

  it('runDueWork sends each request to the owners whose chat is stored, and fails the others', async () => {
    const mark = h.connector.calls.length;
    const summary = await h.bot.engine.runDueWork();
    const calls = h.connector.since(mark);
    const all = await requests();
    const reachable = (email: string) => email === USERS.kristin.email || email === USERS.sindre.email;
    const sent = all.filter((m) => reachable(to(m)));
    const failed = all.filter((m) => !reachable(to(m)));

    expect(sent.map(to).sort()).toEqual([USERS.kristin.email, USERS.sindre.email]);
    expect(sent.every((m) => m.state === 'sent')).toBe(true);
    expect(failed.length).toBeGreaterThan(0);
    for (const m of failed) expect([m.dedupeKey, m.state, m.error]).toEqual([m.dedupeKey, 'failed', 'no-identity']);
    expect(summary.delivery.sent).toBeGreaterThanOrEqual(2);
    expect(summary.delivery.failed).toBeGreaterThanOrEqual(failed.length);

    for (const user of [USERS.kristin, USERS.sindre] satisfies TeamsUser[]) {
      const message = sent.find((m) => to(m) === user.email);
      const posts = calls.filter((c) => c.conversationId === personalConversationId(user));
      // One message in their personal chat. botbuilder's continueConversationAsync addresses it as a reply to
      // its own synthetic continuation event (a fresh UUID); Teams threads by conversation id, so it is a new message.
      expect(posts.map((c) => c.kind)).toEqual(['reply']);
      expect(posts[0]?.targetId).toMatch(UUID);
      expect(message?.messageRef).toMatchObject({
        platform: 'msteams',
        conversationId: personalConversationId(user),
        messageId: posts[0]?.messageId,
      });
      const card = cardOf(posts[0]?.body ?? null) as Card;
      expect(adaptiveCardProblems(card)).toEqual([]);
      const view = message?.view as MessageView;
      expect(posts[0]?.body?.summary).toBe(view.summary);
      expect(verbsOf(card)).toContain('report.open');
      const open = ((card.actions ?? []) as Card[]).find((a) => a.verb === 'report.open');
      expect(open?.data).toEqual({ roundId: ROUND, initiativeId: view.data.initiativeId });
    }
    // Nothing went anywhere but the three chats the bot knows.
    const known = [USERS.kristin, USERS.sindre, USERS.ingrid].map(personalConversationId);
    expect(calls.filter((c) => !known.includes(c.conversationId ?? ''))).toEqual([]);
  });

  it('tells the secretariat about every message that could not be delivered', async () => {
    const notice = (m: OutboxMessage) => m.dedupeKey.startsWith('undeliverable:');
    const failed = (await outbox()).filter((m) => m.state === 'failed' && !notice(m));
    expect(failed.filter((m) => m.dedupeKey.includes('/request/'))).toHaveLength(
      (await requests()).filter((m) => m.state === 'failed').length,
    );
    // One summary a day per secretariat member, not one notice per failure: the flood is gone.
    const notices = (await outbox()).filter(notice);
    const secretariat = (await h.read(async (repos) => await repos.people.withRole('secretariat'))).map((p) => p.email);
    const day = instantToOsloDate(h.clock.now());
    const summaries = notices.filter((n) => n.destination.kind === 'person');
    expect(summaries.map((n) => n.dedupeKey).sort()).toEqual(
      secretariat.map((email) => `undeliverable:${day}/to:${email}`).sort(),
    );
    // Every failed owner is in it, by name, never by address.
    const latest = (email: string) =>
      notices.filter((n) => n.dedupeKey.startsWith(`undeliverable:${day}/to:${email}`)).at(-1)?.view as MessageView;
    const lines = latest(USERS.ingrid.email).items.join('\n');
    for (const m of failed) {
      const person = await h.read(async (repos) => await repos.people.get(to(m) ?? ''));
      if (person && person.email !== USERS.ingrid.email) expect(lines).toContain(person.name);
    }
    expect(lines).not.toMatch(/@example\.no/);
    // Ingrid has a chat with the bot and gets hers; Jonas has none, and a notice about a notice is not sent.
    const toIngrid = summaries.filter((n) => to(n) === USERS.ingrid.email);
    expect(toIngrid.every((n) => n.state === 'sent')).toBe(true);
    expect(summaries.filter((n) => to(n) !== USERS.ingrid.email).every((n) => n.state === 'failed')).toBe(true);

    const inIngridsChat = h.connector.postedTo(personalConversationId(USERS.ingrid));
    for (const n of toIngrid) {
      const call = inIngridsChat.find((c) => c.messageId === n.messageRef?.messageId);
      const view = n.view as MessageView;
      expect(view.kind).toBe('undeliverable');
      expect(call?.body?.summary).toBe(view.summary);
      expect(adaptiveCardProblems(cardOf(call?.body ?? null))).toEqual([]);
    }
  });

  it('a second run sends nothing again', async () => {
    const mark = h.connector.calls.length;
    const summary = await h.bot.engine.runDueWork();
    expect(summary.delivery).toEqual({ sent: 0, retried: 0, failed: 0, deferred: 0 });
    expect(h.connector.since(mark)).toEqual([]);
  });
});
