import type { PointDecision, Quarter } from '../domain/model';
import type { PointDecisionRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

const COLUMNS = 'round_id AS roundId, initiative_id AS initiativeId, disposition, decided_by AS decidedBy, at';

export class SqlitePointDecisionRepository implements PointDecisionRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(roundId: Quarter, initiativeId: string): PointDecision | null {
    return (
      (statement(this.db, `SELECT ${COLUMNS} FROM point_decisions WHERE round_id = ? AND initiative_id = ?`).get(
        roundId,
        initiativeId,
      ) as PointDecision | undefined) ?? null
    );
  }

  listForRound(roundId: Quarter): PointDecision[] {
    return statement(this.db, `SELECT ${COLUMNS} FROM point_decisions WHERE round_id = ? ORDER BY initiative_id`).all(
      roundId,
    ) as PointDecision[];
  }

  save(d: PointDecision): void {
    this.audit.save('point-decision', `${d.roundId}/${d.initiativeId}`, this.get(d.roundId, d.initiativeId), d, () => {
      statement(
        this.db,
        `INSERT INTO point_decisions (round_id, initiative_id, disposition, decided_by, at)
           VALUES (@roundId, @initiativeId, @disposition, @decidedBy, @at)
           ON CONFLICT (round_id, initiative_id) DO UPDATE SET disposition = excluded.disposition,
             decided_by = excluded.decided_by, at = excluded.at`,
      ).run(d);
    });
  }
}
