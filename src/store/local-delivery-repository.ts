import type { LocalDeliveryRepository } from '../domain/ports';
import type { Sql } from './sql';

type Entry = { seq: number; at: string; dedupeKey: string; destination: string; operation: string; text: string };

export class SqlLocalDeliveryRepository implements LocalDeliveryRepository {
  constructor(private readonly sql: Sql) {}

  async record(entry: Omit<Entry, 'seq' | 'at'>, now: Date): Promise<number> {
    const row = await this.sql.get<{ seq: number }>(
      'INSERT INTO local_deliveries (at, dedupe_key, destination, operation, text) VALUES (?, ?, ?, ?, ?) RETURNING seq',
      [now.toISOString(), entry.dedupeKey, entry.destination, entry.operation, entry.text],
    );
    return Number(row?.seq);
  }

  /** The latest deliveries, oldest first. */
  async list(limit: number): Promise<Entry[]> {
    return (await this.sql.all(
      `SELECT * FROM (SELECT seq, at, dedupe_key AS "dedupeKey", destination, operation, text
             FROM local_deliveries ORDER BY seq DESC LIMIT ?) AS recent ORDER BY seq`,
      [limit],
    )) as Entry[];
  }
}
