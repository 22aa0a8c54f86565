import { sortByInitiativeId } from '../domain/initiative-id';
import type { Decision, Quarter } from '../domain/model';
import type { DecisionRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

const COLUMNS = `id, initiative_id AS "initiativeId", round_id AS "roundId", text, point, decided_on AS "decidedOn", state,
  recorded_by AS "recordedBy"`;

/** A row as SQLite returns it: the adopted point as JSON, or null. */
type Row = Omit<Decision, 'point'> & { point: string | null };

const fromRow = (row: Row): Decision => ({
  ...row,
  point: row.point === null ? null : parseJsonColumn<NonNullable<Decision['point']>>(row.point),
});

export class SqlDecisionRepository implements DecisionRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(id: string): Promise<Decision | null> {
    const row = (await this.sql.get(`SELECT ${COLUMNS} FROM decisions WHERE id = ?`, [id])) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async listForInitiative(initiativeId: string): Promise<Decision[]> {
    return (
      (await this.sql.all(`SELECT ${COLUMNS} FROM decisions WHERE initiative_id = ? ORDER BY decided_on, id`, [
        initiativeId,
      ])) as Row[]
    ).map(fromRow);
  }

  async listForRound(roundId: Quarter): Promise<Decision[]> {
    const decisions = (
      (await this.sql.all(`SELECT ${COLUMNS} FROM decisions WHERE round_id = ? ORDER BY id`, [roundId])) as Row[]
    ).map(fromRow);
    // By initiative as people read the ids (T-2026-2 before T-2026-10); the sort is stable, so by id within one.
    return sortByInitiativeId(decisions, (d) => d.initiativeId);
  }

  async findOpenFor(initiativeId: string): Promise<Decision | null> {
    const row = (await this.sql.get(
      `SELECT ${COLUMNS} FROM decisions WHERE initiative_id = ? AND state = 'open'
         ORDER BY decided_on DESC, id DESC LIMIT 1`,
      [initiativeId],
    )) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async listOpenFor(initiativeId: string): Promise<Decision[]> {
    return (await this.listForInitiative(initiativeId)).filter((d) => d.state === 'open');
  }

  async save(d: Decision): Promise<void> {
    await this.audit.save('decision', d.id, await this.get(d.id), d, async () => {
      await this.sql.run(
        `INSERT INTO decisions (id, initiative_id, round_id, text, point, decided_on, state, recorded_by)
           VALUES (@id, @initiativeId, @roundId, @text, @point, @decidedOn, @state, @recordedBy)
           ON CONFLICT (id) DO UPDATE SET text = excluded.text, point = excluded.point,
             decided_on = excluded.decided_on, state = excluded.state, recorded_by = excluded.recorded_by`,
        { ...d, point: d.point === null ? null : JSON.stringify(d.point) },
      );
    });
  }
}
