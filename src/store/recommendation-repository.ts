import type { Quarter, Recommendation } from '../domain/model';
import type { RecommendationRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';

const COLUMNS = 'round_id AS roundId, initiative_id AS initiativeId, text, typed, author, updated_at AS updatedAt';

/** A row as SQLite returns it: the flag is 0 or 1. */
type Row = Omit<Recommendation, 'typed'> & { typed: number };

function fromRow(row: Row): Recommendation {
  return { ...row, typed: row.typed === 1 };
}

export class SqliteRecommendationRepository implements RecommendationRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(roundId: Quarter, initiativeId: string): Recommendation | null {
    const row = this.db
      .prepare(`SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? AND initiative_id = ?`)
      .get(roundId, initiativeId) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  listForRound(roundId: Quarter): Recommendation[] {
    return (
      this.db
        .prepare(`SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? ORDER BY initiative_id`)
        .all(roundId) as Row[]
    ).map(fromRow);
  }

  save(r: Recommendation): void {
    const before = this.get(r.roundId, r.initiativeId);
    this.audit.save('recommendation', `${r.roundId}/${r.initiativeId}`, before, r, () => {
      this.db
        .prepare(
          `INSERT INTO recommendations (round_id, initiative_id, text, typed, author, updated_at)
           VALUES (@roundId, @initiativeId, @text, @typed, @author, @updatedAt)
           ON CONFLICT (round_id, initiative_id) DO UPDATE SET text = excluded.text, typed = excluded.typed,
             author = excluded.author, updated_at = excluded.updated_at`,
        )
        .run({ ...r, typed: r.typed ? 1 : 0 });
    });
  }
}
