import type { Quarter, Recommendation } from '../domain/model';
import type { RecommendationRepository } from '../domain/ports';
import type { RecommendationDraft } from '../domain/recommendation-draft';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { parseJsonColumn } from './json-column';
import { statement } from './statement-cache';

const COLUMNS =
  'round_id AS roundId, initiative_id AS initiativeId, text, typed, draft, version, author, updated_at AS updatedAt';

/** A row as SQLite returns it: the flag is 0 or 1, the draft JSON or null. */
type Row = Omit<Recommendation, 'typed' | 'draft'> & { typed: number; draft: string | null };

function fromRow(row: Row): Recommendation {
  return {
    ...row,
    typed: row.typed === 1,
    draft: row.draft === null ? null : parseJsonColumn<RecommendationDraft>(row.draft),
  };
}

export class SqliteRecommendationRepository implements RecommendationRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(roundId: Quarter, initiativeId: string): Recommendation | null {
    const row = statement(
      this.db,
      `SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? AND initiative_id = ?`,
    ).get(roundId, initiativeId) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  listForRound(roundId: Quarter): Recommendation[] {
    return (
      statement(this.db, `SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? ORDER BY initiative_id`).all(
        roundId,
      ) as Row[]
    ).map(fromRow);
  }

  /** Saves the recommendation; the audit log keeps what it replaced, so every version stays on record. */
  save(r: Recommendation): void {
    const before = this.get(r.roundId, r.initiativeId);
    this.audit.save('recommendation', `${r.roundId}/${r.initiativeId}`, before, r, () => {
      statement(
        this.db,
        `INSERT INTO recommendations (round_id, initiative_id, text, typed, draft, version, author, updated_at)
           VALUES (@roundId, @initiativeId, @text, @typed, @draft, @version, @author, @updatedAt)
           ON CONFLICT (round_id, initiative_id) DO UPDATE SET text = excluded.text, typed = excluded.typed,
             draft = excluded.draft, version = excluded.version, author = excluded.author,
             updated_at = excluded.updated_at`,
      ).run({ ...r, typed: r.typed ? 1 : 0, draft: r.draft === null ? null : JSON.stringify(r.draft) });
    });
  }
}
