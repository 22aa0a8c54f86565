import type { OutboxMessage } from '../../domain/delivery';
import type { Person } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import type { MessageView } from '../../views/message-view';
import type { Messenger, OutboundMessage, ResolvedDestination } from '../ports';

/** Where a person is reached: the Messenger of one platform, with their address there. */
export interface PersonRoute {
  messenger: Messenger;
  userId: string | null;
  conversation: string | null;
}

/** A message resolved to the Messenger that sends it and what that platform needs to reach its destination. */
export interface Routed {
  messenger: Messenger;
  outbound: OutboundMessage;
}

/** Why a message cannot go anywhere: a reason code (cycle.preflight.reasons) and the detail for the log. */
export interface Unresolvable {
  code: string;
  detail: string;
}

/**
 * The Messengers of one deployment, one per platform, and the rules that pick
 * one for a destination:
 * - a person: among their identities on configured platforms, the one they used
 *   last (the directory's `lastSeen`), ties going to the configured order; with
 *   no such identity, the first Messenger, which says why it cannot reach them;
 * - a channel: the platform its binding was made on;
 * - a thread reply or an update: the platform of the message it belongs to, as
 *   recorded in that message's reference.
 * The local transport, when configured, stands in for a platform that is not:
 * it reaches everyone, so local mode delivers whatever was bound or sent before.
 */
export class Messengers {
  /** In the composition root's order: the first is the default. */
  readonly all: readonly Messenger[];
  private readonly byPlatform = new Map<string, Messenger>();
  private readonly local: Messenger | null;

  constructor(messengers: Messenger | readonly Messenger[]) {
    this.all = Array.isArray(messengers) ? [...(messengers as readonly Messenger[])] : [messengers as Messenger];
    if (this.all.length === 0) throw new RangeError('at least one Messenger is needed to deliver anything');
    for (const m of this.all) {
      if (this.byPlatform.has(m.platform)) throw new RangeError(`two Messengers for ${m.platform}`);
      this.byPlatform.set(m.platform, m);
    }
    this.local = this.byPlatform.get('local') ?? null;
  }

  /** The Messenger of `platform`, the local transport standing in, or null. */
  forPlatform(platform: string): Messenger | null {
    return this.byPlatform.get(platform) ?? this.local;
  }

  /** The platform a person is messaged on, and their address there. */
  async forPerson(repos: Repositories, person: Person): Promise<PersonRoute> {
    let best: { messenger: Messenger; userId: string; seen: string; rank: number } | null = null;
    for (const identity of person.identities) {
      const messenger = this.byPlatform.get(identity.platform);
      if (!messenger) continue;
      const seen = (await repos.directory.lastSeen(identity.platform, identity.userId)) ?? '';
      const rank = this.all.indexOf(messenger);
      if (!best || seen > best.seen || (seen === best.seen && rank < best.rank)) {
        best = { messenger, userId: identity.userId, seen, rank };
      }
    }
    if (!best) return { messenger: this.local ?? (this.all[0] as Messenger), userId: null, conversation: null };
    const platform = best.messenger.platform;
    const conversation = platform === 'local' ? null : await repos.directory.conversationOf(platform, best.userId);
    return { messenger: best.messenger, userId: best.userId, conversation };
  }

  /** Looks up which Messenger sends a message and where it goes there, or why it cannot go anywhere. */
  async route(repos: Repositories, message: OutboxMessage): Promise<Routed | Unresolvable> {
    const d = message.destination;
    let messenger: Messenger;
    let destination: ResolvedDestination;
    switch (d.kind) {
      case 'person': {
        const person = await repos.people.get(d.email);
        if (!person) return { code: 'unknown-person', detail: `unknown person ${d.email}` };
        const route = await this.forPerson(repos, person);
        messenger = route.messenger;
        destination = { kind: 'person', person, userId: route.userId, conversation: route.conversation };
        break;
      }
      case 'channel': {
        const binding = await repos.directory.channel(d.channel);
        // Unbound, the default Messenger says so itself (or the local transport posts anyway).
        const chosen = binding ? this.forPlatform(binding.platform) : (this.local ?? (this.all[0] as Messenger));
        if (!chosen) {
          return {
            code: 'transport',
            detail: `#${d.channel} is bound on ${binding?.platform}, which is not configured`,
          };
        }
        messenger = chosen;
        destination = { kind: 'channel', channel: d.channel, binding: binding?.reference ?? null };
        break;
      }
      case 'thread':
      case 'update': {
        const parent = await repos.outbox.get(d.kind === 'thread' ? d.parentKey : d.targetKey);
        if (!parent?.messageRef) {
          return {
            code: 'parent-not-sent',
            detail: `the message it belongs to was never sent (${parent?.state ?? 'missing'})`,
          };
        }
        const chosen = this.forPlatform(parent.messageRef.platform);
        if (!chosen) {
          return {
            code: 'transport',
            detail: `the message it belongs to was sent on ${parent.messageRef.platform}, which is not configured`,
          };
        }
        messenger = chosen;
        destination =
          d.kind === 'thread'
            ? { kind: 'thread', parent: parent.messageRef }
            : { kind: 'update', target: parent.messageRef };
        break;
      }
    }
    return { messenger, outbound: { dedupeKey: message.dedupeKey, destination, view: message.view as MessageView } };
  }
}
