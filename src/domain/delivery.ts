import type { Email, Instant } from './model';

/** The channels the bot posts to, bound by a command in that channel. */
export const CHANNEL_NAMES = ['au', 'skate'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Where a message goes, as the core sees it; the dispatcher resolves it to a platform address. */
export type Destination =
  | { kind: 'person'; email: Email }
  | { kind: 'channel'; channel: ChannelName }
  /** A reply in the thread started by the outbox message with this dedupe key. */
  | { kind: 'thread'; parentKey: string }
  /** A new version of the outbox message with this dedupe key, updated in place. */
  | { kind: 'update'; targetKey: string };

/** A platform's reference to a posted message: opaque to the core, stored to reply to or update it. */
export interface MessageRef {
  platform: string;
  conversationId: string;
  messageId: string;
  /** Whatever else the platform needs (e.g. Teams' serviceUrl), as strings. */
  extra: Record<string, string>;
}

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A message the cycle decided to send; `view` is the serialised, channel-neutral view. */
export interface OutboxMessage<V = unknown> {
  seq: number;
  /** Deterministic, e.g. `round:2026-Q4/initiative:T-2026-03/reminder:2/to:kari@example.no`: enqueued at most once. */
  dedupeKey: string;
  /** Messages made pointless by one event (a report coming in) are cancelled together. */
  cancelGroup: string | null;
  destination: Destination;
  /** What the rate limits count against: one person's chat, one channel. */
  conversationKey: string;
  /** The message this one replies to or updates: sent only after it. */
  parentKey: string | null;
  view: V;
  state: OutboxState;
  attempts: number;
  notBefore: Instant;
  leaseOwner: string | null;
  leaseUntil: Instant | null;
  messageRef: MessageRef | null;
  error: string | null;
  createdAt: Instant;
  sentAt: Instant | null;
}

export interface NewOutboxMessage<V = unknown> {
  dedupeKey: string;
  cancelGroup?: string | null;
  destination: Destination;
  view: V;
  notBefore: Instant;
}

/** The rate-limit key of a destination; replies and updates count against their parent's conversation. */
export function conversationKeyOf(destination: Destination, parentConversationKey: string | null): string {
  switch (destination.kind) {
    case 'person':
      return `person:${destination.email}`;
    case 'channel':
      return `channel:${destination.channel}`;
    case 'thread':
    case 'update':
      return (
        parentConversationKey ??
        `orphan:${destination.kind === 'thread' ? destination.parentKey : destination.targetKey}`
      );
  }
}

/** The dedupe key of the message a destination depends on, if any. */
export function parentKeyOf(destination: Destination): string | null {
  if (destination.kind === 'thread') return destination.parentKey;
  if (destination.kind === 'update') return destination.targetKey;
  return null;
}

export const JOB_KINDS = ['round.reminder', 'round.deadline'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATES = ['pending', 'done', 'dropped', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Due work: what the scheduler wakes up for. Lives in the database, so a restart neither repeats nor skips it. */
export interface Job {
  seq: number;
  dedupeKey: string;
  kind: JobKind;
  payload: Record<string, string | number>;
  dueAt: Instant;
  state: JobState;
  attempts: number;
  outcome: string | null;
  finishedAt: Instant | null;
}

export interface NewJob {
  dedupeKey: string;
  kind: JobKind;
  payload: Record<string, string | number>;
  dueAt: Instant;
}
