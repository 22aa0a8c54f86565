import type { FinalFeedback, FinalTreatment } from '../domain/model';
import type { FinalTreatmentRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

const COLUMNS = `initiative_id AS "initiativeId", state, requested_by AS "requestedBy", requested_at AS "requestedAt",
  confirmed_by AS "confirmedBy", confirmed_at AS "confirmedAt", feedback_deadline AS "feedbackDeadline",
  decision_id AS "decisionId"`;

const FEEDBACK = 'initiative_id AS "initiativeId", author, organisation_id AS "organisationId", text, at';

export class SqlFinalTreatmentRepository implements FinalTreatmentRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(initiativeId: string): Promise<FinalTreatment | null> {
    return (
      ((await this.sql.get(`SELECT ${COLUMNS} FROM final_treatments WHERE initiative_id = ?`, [initiativeId])) as
        | FinalTreatment
        | undefined) ?? null
    );
  }

  async list(): Promise<FinalTreatment[]> {
    return (await this.sql.all(`SELECT ${COLUMNS} FROM final_treatments ORDER BY initiative_id`)) as FinalTreatment[];
  }

  async save(f: FinalTreatment): Promise<void> {
    await this.audit.save('final-treatment', f.initiativeId, await this.get(f.initiativeId), f, async () => {
      await this.sql.run(
        `INSERT INTO final_treatments (initiative_id, state, requested_by, requested_at, confirmed_by, confirmed_at,
             feedback_deadline, decision_id)
           VALUES (@initiativeId, @state, @requestedBy, @requestedAt, @confirmedBy, @confirmedAt, @feedbackDeadline,
             @decisionId)
           ON CONFLICT (initiative_id) DO UPDATE SET state = excluded.state, requested_by = excluded.requested_by,
             requested_at = excluded.requested_at, confirmed_by = excluded.confirmed_by,
             confirmed_at = excluded.confirmed_at, feedback_deadline = excluded.feedback_deadline,
             decision_id = excluded.decision_id`,
        f,
      );
    });
  }

  async addFeedback(f: FinalFeedback): Promise<void> {
    await this.sql.run(
      `INSERT INTO final_feedback (initiative_id, author, organisation_id, text, at)
         VALUES (@initiativeId, @author, @organisationId, @text, @at)`,
      f,
    );
    await this.audit.record('feedback', 'final-treatment', f.initiativeId, null, f);
  }

  async feedbackFor(initiativeId: string): Promise<FinalFeedback[]> {
    return (await this.sql.all(`SELECT ${FEEDBACK} FROM final_feedback WHERE initiative_id = ? ORDER BY seq`, [
      initiativeId,
    ])) as FinalFeedback[];
  }
}
