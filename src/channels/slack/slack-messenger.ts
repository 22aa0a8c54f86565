import type { WebClient } from '@slack/web-api';
import { RateLimiter } from '../../app/dispatch/rate-limiter';
import type { DeliveryFailure } from '../../app/dispatch/retry-policy';
import { DeliveryError, type Messenger, type OutboundMessage, type Reachability } from '../../app/ports';
import type { MessageRef } from '../../domain/delivery';
import type { Person } from '../../domain/model';
import type { Logger } from '../../logger';
import type { RenderOptions } from './blocks/payload';
import { renderMessage } from './blocks/render-message';
import { classifySlackError, slackErrorCode, UNREACHABLE_PERSON_CODES } from './slack-errors';
import { parseConversation, slackUserIdOf } from './slack-identity';
import { SLACK_LIMITS, SLACK_METHOD_TIERS, type TieredMethod } from './slack-limits';

/** A compiled agenda's Word file, for attaching to its post in Skate's channel. */
export interface AgendaFile {
  filename: string;
  title: string;
  bytes: Buffer;
}

export interface SlackMessengerOptions {
  render: RenderOptions;
  /** The Word file of a compiled agenda (round, revision), or null. */
  agendaFile(roundId: string, revision: number): Promise<AgendaFile | null>;
  log: Logger;
  /** Epoch milliseconds: the clock the method tiers are kept on. */
  nowMs(): number;
}

/** How long a verdict of `users.info` on a person is trusted by `sjekk`. */
const USER_CHECK_TTL_MS = 10 * 60_000;

/**
 * The Slack transport of the cycle: a DM (the conversation the person used, or one opened with
 * `conversations.open`), a post in a bound channel, a reply in its thread, an update in place,
 * and the Word file of a published agenda attached in its thread (`files.uploadV2`). It keeps
 * the method tiers the dispatcher's windows cannot (a method over its tier is refused here as
 * rate-limited, without a call, so other messages go on), classifies Slack's errors for the
 * dispatcher, which alone retries (the Web API client's own retries are off), and remembers who
 * Slack said cannot be reached, for `sjekk`.
 */
export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;
  readonly limits = SLACK_LIMITS;
  private readonly tiers = new Map<TieredMethod, RateLimiter>();
  /** DMs opened by this process, by user key: a second message to someone needs no second open. */
  private readonly dms = new Map<string, string>();
  /** Who Slack refused to reach, by user key, with Slack's code. */
  private readonly unreachable = new Map<string, string>();
  private readonly checked = new Map<string, { at: number; code: string | null }>();
  private userChecksPausedUntil = 0;

  constructor(
    private readonly client: WebClient,
    private readonly options: SlackMessengerOptions,
  ) {
    for (const [method, window] of Object.entries(SLACK_METHOD_TIERS)) {
      this.tiers.set(method as TieredMethod, new RateLimiter({ global: [window], perConversation: [] }));
    }
  }

  /**
   * A DM to someone without an open conversation costs two requests (open, then post). A
   * message whose method is over its tier costs nothing: it is refused without a call.
   */
  cost(message: OutboundMessage): number {
    const d = message.destination;
    if (d.kind === 'person' && this.dmOf(d.userId, d.conversation) === null) {
      return this.tierWait('conversations.open') > 0 ? 0 : 2;
    }
    if (d.kind === 'update') return this.tierWait('chat.update') > 0 ? 0 : 1;
    return 1;
  }

  async deliver(message: OutboundMessage): Promise<MessageRef> {
    const d = message.destination;
    const payload = renderMessage(message.view, this.options.render);
    switch (d.kind) {
      case 'person': {
        if (!d.userId) throw permanent('no-identity');
        const channel = this.dmOf(d.userId, d.conversation) ?? (await this.openDm(d.userId));
        const sent = await this.forPerson(d.userId, () => this.client.chat.postMessage({ channel, ...payload }));
        return ref(channel, sent.ts);
      }
      case 'channel': {
        const channel = parseConversation(d.binding)?.channel;
        if (!channel) throw permanent('channel-not-bound');
        const sent = await this.client.chat.postMessage({ channel, ...payload });
        await this.attachAgenda(message, channel, sent.ts);
        return ref(channel, sent.ts);
      }
      case 'thread': {
        const { conversationId: channel, messageId: parent } = d.parent;
        const sent = await this.client.chat.postMessage({ channel, thread_ts: parent, ...payload });
        return ref(channel, sent.ts);
      }
      case 'update': {
        const { conversationId: channel, messageId: ts } = d.target;
        await this.tiered('chat.update', () => this.client.chat.update({ channel, ts, ...payload }));
        return ref(channel, ts);
      }
    }
  }

  classify(error: unknown): DeliveryFailure {
    return classifySlackError(error, this.options.nowMs());
  }

  /**
   * Anyone with a linked Slack identity can be reached (a DM is opened when needed), unless
   * Slack has said otherwise: a delivery refused as `account_inactive`, `user_not_found`…, or
   * `users.info` finding the account deactivated. Slack's code is the detail `sjekk` shows.
   */
  async reachability(_person: Person, userId: string | null): Promise<Reachability> {
    if (!userId) return { reachable: false, reason: 'no-identity' };
    const code = this.unreachable.get(userId) ?? (await this.checkUser(userId));
    return code ? { reachable: false, reason: 'transport', detail: code } : { reachable: true };
  }

  private dmOf(userId: string | null, conversation: string | null): string | null {
    return parseConversation(conversation)?.channel ?? (userId ? (this.dms.get(userId) ?? null) : null);
  }

  private async openDm(userId: string): Promise<string> {
    const opened = await this.forPerson(userId, () =>
      this.tiered('conversations.open', () => this.client.conversations.open({ users: slackUserIdOf(userId) })),
    );
    const channel = opened.channel?.id;
    if (!channel)
      throw new DeliveryError({ kind: 'transient', status: null, reason: 'conversations.open gave no channel' });
    this.dms.set(userId, channel);
    return channel;
  }

  /** Runs a call to a person, remembering it when Slack says they cannot be reached at all. */
  private async forPerson<T>(userId: string, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.unreachable.delete(userId);
      return result;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && UNREACHABLE_PERSON_CODES.has(code)) this.unreachable.set(userId, code);
      // A stored or cached DM Slack no longer knows: open a new one next time.
      if (code === 'channel_not_found') this.dms.delete(userId);
      throw error;
    }
  }

  /** A call to a method with a tier: refused here while the tier is spent, counted when it was made. */
  private async tiered<T>(method: TieredMethod, call: () => Promise<T>): Promise<T> {
    const wait = this.tierWait(method);
    if (wait > 0) throw new DeliveryError({ kind: 'rate-limited', retryAfterMs: wait, scope: 'conversation' });
    const limiter = this.tiers.get(method) as RateLimiter;
    try {
      const result = await call();
      limiter.record(method, this.options.nowMs());
      return result;
    } catch (error) {
      limiter.record(method, this.options.nowMs());
      const failure = this.classify(error);
      if (failure.kind === 'rate-limited') {
        limiter.pauseUntil(this.options.nowMs() + (failure.retryAfterMs ?? 1_000));
      }
      throw error;
    }
  }

  private tierWait(method: TieredMethod): number {
    return this.tiers.get(method)?.delayFor(method, this.options.nowMs()) ?? 0;
  }

  /**
   * The Word file of a published agenda, in the thread of its summary post. Best effort: the
   * post is out and carries the links, so a failed upload is logged, never a reason to post again.
   */
  private async attachAgenda(message: OutboundMessage, channel: string, ts: string | undefined): Promise<void> {
    const view = message.view;
    if (view.kind !== 'agenda-summary' || !ts) return;
    const file = await this.options.agendaFile(String(view.data.roundId ?? ''), Number(view.data.revision ?? 0));
    if (!file) return;
    try {
      await this.tiered('files.uploadV2', () =>
        this.client.files.uploadV2({
          channel_id: channel,
          thread_ts: ts,
          file: file.bytes,
          filename: file.filename,
          title: file.title,
        }),
      );
    } catch (error) {
      this.options.log.warn({ err: error, key: message.dedupeKey }, 'could not attach the agenda document in Slack');
    }
  }

  /** `users.info` on someone not yet known to be unreachable: Slack's code, or null when they can be reached. */
  private async checkUser(userId: string): Promise<string | null> {
    const now = this.options.nowMs();
    const cached = this.checked.get(userId);
    if (cached && now - cached.at < USER_CHECK_TTL_MS) return cached.code;
    // Told to wait: the rest of the check assumes reachable rather than hold up `sjekk`.
    if (now < this.userChecksPausedUntil) return null;
    let code: string | null = null;
    try {
      const info = await this.client.users.info({ user: slackUserIdOf(userId) });
      if (info.user?.deleted === true) code = 'account_inactive';
    } catch (error) {
      const failure = this.classify(error);
      const slackCode = slackErrorCode(error);
      if (failure.kind === 'rate-limited') this.userChecksPausedUntil = now + (failure.retryAfterMs ?? 60_000);
      else if (slackCode && UNREACHABLE_PERSON_CODES.has(slackCode)) code = slackCode;
      else return null;
    }
    this.checked.set(userId, { at: now, code });
    if (code) this.unreachable.set(userId, code);
    return code;
  }
}

function ref(channel: string, ts: string | undefined): MessageRef {
  if (!ts) throw new DeliveryError({ kind: 'transient', status: null, reason: 'Slack gave no message ts' });
  return { platform: 'slack', conversationId: channel, messageId: ts, extra: {} };
}

function permanent(reason: string): DeliveryError {
  return new DeliveryError({ kind: 'permanent', reason });
}
