import type { Quarter, Recommendation } from '../domain/model';
import type { RecommendationRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';

const COLUMNS = 'round_id AS roundId, initiative_id AS initiativeId, text, author, updated_at AS updatedAt';

export class SqliteRecommendationRepository implements RecommendationRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(roundId: Quarter, initiativeId: string): Recommendation | null {
    const row = this.db
      .prepare(`SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? AND initiative_id = ?`)
      .get(roundId, initiativeId) as Recommendation | undefined;
    return row ?? null;
  }

  listForRound(roundId: Quarter): Recommendation[] {
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM recommendations WHERE round_id = ? ORDER BY initiative_id`)
      .all(roundId) as Recommendation[];
  }

  save(r: Recommendation): void {
    const before = this.get(r.roundId, r.initiativeId);
    this.audit.save('recommendation', `${r.roundId}/${r.initiativeId}`, before, r, () => {
      this.db
        .prepare(
          `INSERT INTO recommendations (round_id, initiative_id, text, author, updated_at)
           VALUES (@roundId, @initiativeId, @text, @author, @updatedAt)
           ON CONFLICT (round_id, initiative_id) DO UPDATE SET text = excluded.text, author = excluded.author,
             updated_at = excluded.updated_at`,
        )
        .run(r);
    });
  }
}
