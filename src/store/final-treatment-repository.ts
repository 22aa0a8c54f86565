import type { FinalFeedback, FinalTreatment } from '../domain/model';
import type { FinalTreatmentRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

const COLUMNS = `initiative_id AS initiativeId, state, requested_by AS requestedBy, requested_at AS requestedAt,
  confirmed_by AS confirmedBy, confirmed_at AS confirmedAt, feedback_deadline AS feedbackDeadline,
  decision_id AS decisionId`;

const FEEDBACK = 'initiative_id AS initiativeId, author, organisation_id AS organisationId, text, at';

export class SqliteFinalTreatmentRepository implements FinalTreatmentRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(initiativeId: string): FinalTreatment | null {
    return (
      (statement(this.db, `SELECT ${COLUMNS} FROM final_treatments WHERE initiative_id = ?`).get(initiativeId) as
        | FinalTreatment
        | undefined) ?? null
    );
  }

  list(): FinalTreatment[] {
    return statement(
      this.db,
      `SELECT ${COLUMNS} FROM final_treatments ORDER BY initiative_id`,
    ).all() as FinalTreatment[];
  }

  save(f: FinalTreatment): void {
    this.audit.save('final-treatment', f.initiativeId, this.get(f.initiativeId), f, () => {
      statement(
        this.db,
        `INSERT INTO final_treatments (initiative_id, state, requested_by, requested_at, confirmed_by, confirmed_at,
             feedback_deadline, decision_id)
           VALUES (@initiativeId, @state, @requestedBy, @requestedAt, @confirmedBy, @confirmedAt, @feedbackDeadline,
             @decisionId)
           ON CONFLICT (initiative_id) DO UPDATE SET state = excluded.state, requested_by = excluded.requested_by,
             requested_at = excluded.requested_at, confirmed_by = excluded.confirmed_by,
             confirmed_at = excluded.confirmed_at, feedback_deadline = excluded.feedback_deadline,
             decision_id = excluded.decision_id`,
      ).run(f);
    });
  }

  addFeedback(f: FinalFeedback): void {
    statement(
      this.db,
      `INSERT INTO final_feedback (initiative_id, author, organisation_id, text, at)
         VALUES (@initiativeId, @author, @organisationId, @text, @at)`,
    ).run(f);
    this.audit.record('feedback', 'final-treatment', f.initiativeId, null, f);
  }

  feedbackFor(initiativeId: string): FinalFeedback[] {
    return statement(this.db, `SELECT ${FEEDBACK} FROM final_feedback WHERE initiative_id = ? ORDER BY seq`).all(
      initiativeId,
    ) as FinalFeedback[];
  }
}
