import type { ChannelName } from '../domain/delivery';
import type { Instant, Platform } from '../domain/model';
import type { DirectoryRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

/** Conversation references (how to reach a person proactively) and the AU and Skate channel bindings. */
export class SqliteDirectoryRepository implements DirectoryRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  conversationOf(platform: Platform, userId: string): string | null {
    const row = statement(this.db, 'SELECT reference FROM conversation_refs WHERE platform = ? AND user_id = ?').get(
      platform,
      userId,
    ) as { reference: string } | undefined;
    return row?.reference ?? null;
  }

  saveConversation(platform: Platform, userId: string, reference: string, now: Date): void {
    statement(
      this.db,
      `INSERT INTO conversation_refs (platform, user_id, reference, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, user_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
    ).run(platform, userId, reference, now.toISOString());
    this.recordSeen(platform, userId, now);
  }

  lastSeen(platform: Platform, userId: string): Instant | null {
    const row = statement(
      this.db,
      'SELECT last_seen_at FROM identity_last_seen WHERE platform = ? AND user_id = ?',
    ).get(platform, userId) as { last_seen_at: string } | undefined;
    return row?.last_seen_at ?? null;
  }

  recordSeen(platform: Platform, userId: string, now: Date): void {
    // Never moves back: a late-processed activity must not make an older platform look newer.
    statement(
      this.db,
      `INSERT INTO identity_last_seen (platform, user_id, last_seen_at) VALUES (?, ?, ?)
         ON CONFLICT (platform, user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at
         WHERE excluded.last_seen_at > identity_last_seen.last_seen_at`,
    ).run(platform, userId, now.toISOString());
  }

  channel(name: ChannelName): { platform: Platform; reference: string } | null {
    const row = statement(this.db, 'SELECT platform, reference FROM channel_bindings WHERE name = ?').get(name) as
      | { platform: Platform; reference: string }
      | undefined;
    return row ?? null;
  }

  bindChannel(name: ChannelName, platform: Platform, reference: string, by: string, now: Date): void {
    const before = this.channel(name);
    statement(
      this.db,
      `INSERT INTO channel_bindings (name, platform, reference, bound_by, bound_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET platform = excluded.platform, reference = excluded.reference,
           bound_by = excluded.bound_by, bound_at = excluded.bound_at`,
    ).run(name, platform, reference, by, now.toISOString());
    this.audit.record('bind-channel', 'channel', name, before, { platform, reference });
  }
}
