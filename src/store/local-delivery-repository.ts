import type { LocalDeliveryRepository } from '../domain/ports';
import type { Db } from './db';
import { statement } from './statement-cache';

type Entry = { seq: number; at: string; dedupeKey: string; destination: string; operation: string; text: string };

export class SqliteLocalDeliveryRepository implements LocalDeliveryRepository {
  constructor(private readonly db: Db) {}

  record(entry: Omit<Entry, 'seq' | 'at'>, now: Date): number {
    return Number(
      statement(
        this.db,
        'INSERT INTO local_deliveries (at, dedupe_key, destination, operation, text) VALUES (?, ?, ?, ?, ?)',
      ).run(now.toISOString(), entry.dedupeKey, entry.destination, entry.operation, entry.text).lastInsertRowid,
    );
  }

  /** The latest deliveries, oldest first. */
  list(limit: number): Entry[] {
    return statement(
      this.db,
      `SELECT * FROM (SELECT seq, at, dedupe_key AS dedupeKey, destination, operation, text
             FROM local_deliveries ORDER BY seq DESC LIMIT ?) ORDER BY seq`,
    ).all(limit) as Entry[];
  }
}
