import type { PointDecision, Quarter } from '../domain/model';
import type { PointDecisionRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

const COLUMNS = 'round_id AS "roundId", initiative_id AS "initiativeId", disposition, decided_by AS "decidedBy", at';

export class SqlPointDecisionRepository implements PointDecisionRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(roundId: Quarter, initiativeId: string): Promise<PointDecision | null> {
    return (
      ((await this.sql.get(`SELECT ${COLUMNS} FROM point_decisions WHERE round_id = ? AND initiative_id = ?`, [
        roundId,
        initiativeId,
      ])) as PointDecision | undefined) ?? null
    );
  }

  async listForRound(roundId: Quarter): Promise<PointDecision[]> {
    return (await this.sql.all(`SELECT ${COLUMNS} FROM point_decisions WHERE round_id = ? ORDER BY initiative_id`, [
      roundId,
    ])) as PointDecision[];
  }

  async save(d: PointDecision): Promise<void> {
    await this.audit.save(
      'point-decision',
      `${d.roundId}/${d.initiativeId}`,
      await this.get(d.roundId, d.initiativeId),
      d,
      async () => {
        await this.sql.run(
          `INSERT INTO point_decisions (round_id, initiative_id, disposition, decided_by, at)
           VALUES (@roundId, @initiativeId, @disposition, @decidedBy, @at)
           ON CONFLICT (round_id, initiative_id) DO UPDATE SET disposition = excluded.disposition,
             decided_by = excluded.decided_by, at = excluded.at`,
          d,
        );
      },
    );
  }
}
