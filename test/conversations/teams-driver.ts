/**
 * The conversation driver over the Teams harness: the real bot with the real CloudAdapter on
 * loopback, Teams activities in their recorded shapes, the mock connector as Teams. What the
 * bot sent is read back from the Adaptive Cards as a person sees them.
 */
import type { Repositories } from '../../src/domain/ports';
import type { FormValues } from '../../src/views/form';
import { type ConnectorCall, cardOf } from '../helpers/mock-connector';
import { AU_CHANNEL, personalConversationId, type TeamsChannel, type TeamsUser } from '../helpers/teams-activities';
import { shownInTeams } from '../helpers/teams-text';
import { type Card, type Harness, startHarness, USERS } from '../integration/teams/harness';
import type { BoundChannel, ConversationDriver, Seen, Speaker } from './driver';

/** Skate's meeting channel: another channel of the AU channel's team. */
export const SKATE_CHANNEL: TeamsChannel = {
  teamId: AU_CHANNEL.teamId,
  channelId: '19:5ca7e0c4a1b24f3d8e9f0a1b2c3d4e5f@thread.tacv2',
};

const CHANNELS: Record<BoundChannel, TeamsChannel> = { au: AU_CHANNEL, skate: SKATE_CHANNEL };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function userOf(who: Speaker): TeamsUser {
  const user = Object.values(USERS).find((u) => u.email === who);
  if (!user) throw new Error(`no Teams user for ${who}`);
  return user;
}

const INPUTS = ['Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle', 'Input.ChoiceSet'];

/** An Adaptive Card as a person sees it: texts in order, inputs with their errors, buttons, links. */
export function seenInCard(card: Card): Seen {
  const seen: Seen = { texts: [], inputs: [], buttons: [], links: [] };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        const el = child as Card | null;
        if (el && typeof el === 'object' && INPUTS.includes(String(el.type))) {
          const next = node[i + 1] as Card | undefined;
          const error = next?.type === 'TextBlock' && next.color === 'Attention' ? String(next.text) : null;
          seen.inputs.push({ name: String(el.id), label: String(el.label ?? el.title ?? ''), error });
        }
        walk(child);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const el = node as Card;
    if (el.type === 'TextBlock' && typeof el.text === 'string' && el.text !== '')
      seen.texts.push(shownInTeams(el.text));
    if (el.type === 'FactSet')
      for (const f of (el.facts ?? []) as Card[]) seen.texts.push(shownInTeams(`${f.title}: ${f.value}`));
    if (el.type === 'Action.Execute') {
      const data = Object.fromEntries(Object.entries((el.data ?? {}) as Card).map(([k, v]) => [k, String(v)]));
      seen.buttons.push({ action: String(el.verb), label: String(el.title), data });
    }
    if (el.type === 'Action.OpenUrl') seen.links.push({ label: String(el.title), url: String(el.url) });
    for (const [key, value] of Object.entries(el)) if (key !== 'data' && key !== 'choices') walk(value);
  };
  walk(card);
  return seen;
}

function seenOf(call: ConnectorCall): Seen {
  const card = cardOf(call.body);
  if (card) return seenInCard(card);
  return { texts: call.body?.text ? [call.body.text] : [], inputs: [], buttons: [], links: [] };
}

/** A form's answers in Teams' wire encoding: every input a string, a multi-select as "1,3,5". */
function teamsWire(values: FormValues): Record<string, string> {
  const wire: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === null) wire[name] = '';
    else if (Array.isArray(value)) wire[name] = value.join(',');
    else wire[name] = String(value);
  }
  return wire;
}

export class TeamsDriver implements ConversationDriver {
  readonly platform = 'msteams' as const;

  private constructor(readonly h: Harness) {}

  static async start(env: Record<string, string> = {}, start?: Date): Promise<TeamsDriver> {
    const h = await startHarness(env, start ? { start } : {});
    const driver = new TeamsDriver(h);
    // Each person has installed the app: their personal chat is known and they are linked.
    for (const user of Object.values(USERS)) {
      if (user === USERS.outsider || user === USERS.stranger) continue;
      await h.say(user, 'hjelp');
    }
    return driver;
  }

  async say(who: Speaker, text: string): Promise<Seen[]> {
    return (await this.h.say(userOf(who), text)).map(seenOf);
  }

  async sayInChannel(who: Speaker, text: string, channel: BoundChannel): Promise<Seen[]> {
    return (await this.h.sayInChannel(userOf(who), text, CHANNELS[channel])).map(seenOf);
  }

  async press(who: Speaker, action: string, data: Record<string, string>, values: FormValues = {}): Promise<Seen> {
    const answer = await this.h.invoke(userOf(who), action, { ...data, ...teamsWire(values) });
    return seenInCard(answer.card);
  }

  async deliver(): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await this.h.bot.engine.runDueWork();
      const pending = await this.h.read(
        async (repos) => (await repos.outbox.listSendable(this.h.clock.now(), 1)).length,
      );
      if (pending === 0) return;
    }
  }

  sentTo(who: Speaker): Seen[] {
    const conversation = personalConversationId(userOf(who));
    // A proactive message is a send, or botbuilder's reply to its own continuation event (a fresh UUID).
    return this.h.connector.calls
      .filter((c) => c.conversationId === conversation && c.status < 300)
      .filter((c) => c.kind === 'send' || (c.kind === 'reply' && UUID.test(c.targetId ?? '')))
      .map(seenOf);
  }

  postedIn(channel: BoundChannel): Seen[] {
    const id = CHANNELS[channel].channelId;
    return this.h.connector.calls
      .filter((c) => (c.kind === 'send' || c.kind === 'reply') && c.conversationId?.split(';')[0] === id)
      .map(seenOf);
  }

  async read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return await this.h.read(work);
  }

  stop(): Promise<void> {
    return this.h.stop();
  }
}
