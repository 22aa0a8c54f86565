import { createHash } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import type { SendLocks } from '../../domain/ports';

/** The advisory lock space of the send locks ('send' in ASCII); the second key is the platform's hash. */
const SEND_LOCK_CLASS = 0x73656e64;

/** How often a held lock's connection is checked (a cheap query): a lost connection means a lost lock. */
const VERIFY_EVERY_MS = 1000;

function platformKey(platform: string): number {
  return createHash('sha256').update(platform).digest().readInt32BE(0);
}

interface Held {
  client: Client;
  lost: boolean;
}

/**
 * Send locks held as PostgreSQL session advisory locks, each on a connection
 * of its own that stays open while the lock is held. When the process dies,
 * its connections close and the server frees the locks: another replica takes
 * them at its next try (see SEND_LOCK_POLL_MS). A held lock whose connection
 * fails is dropped at once, so a replica never goes on sending without it.
 */
export class PgSendLocks implements SendLocks {
  private readonly held = new Map<string, Held>();
  private lastVerified = 0;
  private closed = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly log: (message: string, error?: unknown) => void = () => {},
  ) {}

  async hold(platforms: readonly string[]): Promise<ReadonlySet<string>> {
    if (this.closed) return new Set();
    await this.verify();
    for (const platform of platforms) {
      if (this.held.has(platform)) continue;
      await this.tryTake(platform);
    }
    return new Set([...this.held.keys()].filter((p) => platforms.includes(p)));
  }

  async release(): Promise<void> {
    this.closed = true;
    const clients = [...this.held.values()].map((h) => h.client);
    this.held.clear();
    // Ending the session frees its advisory locks.
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }

  private async tryTake(platform: string): Promise<void> {
    const client = new Client(this.connection);
    const entry: Held = { client, lost: false };
    client.on('error', (error) => {
      entry.lost = true;
      this.log(`send lock for ${platform} lost`, error);
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
        SEND_LOCK_CLASS,
        platformKey(platform),
      ]);
      if (rows[0]?.ok === true && !this.closed) {
        this.held.set(platform, entry);
        this.log(`send lock for ${platform} taken`);
        return;
      }
    } catch (error) {
      this.log(`send lock for ${platform} not reachable`, error);
    }
    await client.end().catch(() => undefined);
  }

  private async verify(): Promise<void> {
    const now = Date.now();
    const due = now - this.lastVerified >= VERIFY_EVERY_MS;
    for (const [platform, entry] of this.held) {
      if (!entry.lost && due) {
        try {
          await entry.client.query('SELECT 1');
        } catch {
          entry.lost = true;
        }
      }
      if (entry.lost) {
        this.held.delete(platform);
        await entry.client.end().catch(() => undefined);
      }
    }
    if (due) this.lastVerified = now;
  }
}
