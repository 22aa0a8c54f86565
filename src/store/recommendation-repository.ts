import type { Quarter, Recommendation } from '../domain/model';
import type { RecommendationRepository } from '../domain/ports';
import type { RecommendationDraft } from '../domain/recommendation-draft';
import type { Auditor } from './audit-repository';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

const COLUMNS =
  'round_id AS "roundId", initiative_id AS "initiativeId", text, typed, draft, version, author, updated_at AS "updatedAt"';

/** A row as SQLite returns it: the flag is 0 or 1, the draft JSON or null. */
type Row = Omit<Recommendation, 'typed' | 'draft'> & { typed: number; draft: string | null };

function fromRow(row: Row): Recommendation {
  return {
    ...row,
    typed: row.typed === 1,
    draft: row.draft === null ? null : parseJsonColumn<RecommendationDraft>(row.draft),
  };
}

export class SqlRecommendationRepository implements RecommendationRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(roundId: Quarter, initiativeId: string): Promise<Recommendation | null> {
    const row = (await this.sql.get(`SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? AND initiative_id = ?`, [
      roundId,
      initiativeId,
    ])) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async listForRound(roundId: Quarter): Promise<Recommendation[]> {
    return (
      (await this.sql.all(`SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? ORDER BY initiative_id`, [
        roundId,
      ])) as Row[]
    ).map(fromRow);
  }

  /** Saves the recommendation; the audit log keeps what it replaced, so every version stays on record. */
  async save(r: Recommendation): Promise<void> {
    const before = await this.get(r.roundId, r.initiativeId);
    await this.audit.save('recommendation', `${r.roundId}/${r.initiativeId}`, before, r, async () => {
      await this.sql.run(
        `INSERT INTO recommendations (round_id, initiative_id, text, typed, draft, version, author, updated_at)
           VALUES (@roundId, @initiativeId, @text, @typed, @draft, @version, @author, @updatedAt)
           ON CONFLICT (round_id, initiative_id) DO UPDATE SET text = excluded.text, typed = excluded.typed,
             draft = excluded.draft, version = excluded.version, author = excluded.author,
             updated_at = excluded.updated_at`,
        { ...r, typed: r.typed ? 1 : 0, draft: r.draft === null ? null : JSON.stringify(r.draft) },
      );
    });
  }
}
