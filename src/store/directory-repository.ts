import type { ChannelName } from '../domain/delivery';
import type { Instant, Platform } from '../domain/model';
import type { DirectoryRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

/** Conversation references (how to reach a person proactively) and the AU and Skate channel bindings. */
export class SqlDirectoryRepository implements DirectoryRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async conversationOf(platform: Platform, userId: string): Promise<string | null> {
    const row = (await this.sql.get('SELECT reference FROM conversation_refs WHERE platform = ? AND user_id = ?', [
      platform,
      userId,
    ])) as { reference: string } | undefined;
    return row?.reference ?? null;
  }

  async saveConversation(platform: Platform, userId: string, reference: string, now: Date): Promise<void> {
    await this.sql.run(
      `INSERT INTO conversation_refs (platform, user_id, reference, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, user_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      [platform, userId, reference, now.toISOString()],
    );
    await this.recordSeen(platform, userId, now);
  }

  async lastSeen(platform: Platform, userId: string): Promise<Instant | null> {
    const row = (await this.sql.get('SELECT last_seen_at FROM identity_last_seen WHERE platform = ? AND user_id = ?', [
      platform,
      userId,
    ])) as { last_seen_at: string } | undefined;
    return row?.last_seen_at ?? null;
  }

  async recordSeen(platform: Platform, userId: string, now: Date): Promise<void> {
    // Never moves back: a late-processed activity must not make an older platform look newer.
    await this.sql.run(
      `INSERT INTO identity_last_seen (platform, user_id, last_seen_at) VALUES (?, ?, ?)
         ON CONFLICT (platform, user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at
         WHERE excluded.last_seen_at > identity_last_seen.last_seen_at`,
      [platform, userId, now.toISOString()],
    );
  }

  async channel(name: ChannelName): Promise<{ platform: Platform; reference: string } | null> {
    const row = (await this.sql.get('SELECT platform, reference FROM channel_bindings WHERE name = ?', [name])) as
      | { platform: Platform; reference: string }
      | undefined;
    return row ?? null;
  }

  async bindChannel(name: ChannelName, platform: Platform, reference: string, by: string, now: Date): Promise<void> {
    const before = await this.channel(name);
    await this.sql.run(
      `INSERT INTO channel_bindings (name, platform, reference, bound_by, bound_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET platform = excluded.platform, reference = excluded.reference,
           bound_by = excluded.bound_by, bound_at = excluded.bound_at`,
      [name, platform, reference, by, now.toISOString()],
    );
    await this.audit.record('bind-channel', 'channel', name, before, { platform, reference });
  }
}
