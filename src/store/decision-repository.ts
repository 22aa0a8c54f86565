import { sortByInitiativeId } from '../domain/initiative-id';
import type { Decision, Quarter } from '../domain/model';
import type { DecisionRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { parseJsonColumn } from './json-column';
import { statement } from './statement-cache';

const COLUMNS = `id, initiative_id AS initiativeId, round_id AS roundId, text, point, decided_on AS decidedOn, state,
  recorded_by AS recordedBy`;

/** A row as SQLite returns it: the adopted point as JSON, or null. */
type Row = Omit<Decision, 'point'> & { point: string | null };

const fromRow = (row: Row): Decision => ({
  ...row,
  point: row.point === null ? null : parseJsonColumn<NonNullable<Decision['point']>>(row.point),
});

export class SqliteDecisionRepository implements DecisionRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(id: string): Decision | null {
    const row = statement(this.db, `SELECT ${COLUMNS} FROM decisions WHERE id = ?`).get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  listForInitiative(initiativeId: string): Decision[] {
    return (
      statement(this.db, `SELECT ${COLUMNS} FROM decisions WHERE initiative_id = ? ORDER BY decided_on, id`).all(
        initiativeId,
      ) as Row[]
    ).map(fromRow);
  }

  listForRound(roundId: Quarter): Decision[] {
    const decisions = (
      statement(this.db, `SELECT ${COLUMNS} FROM decisions WHERE round_id = ? ORDER BY id`).all(roundId) as Row[]
    ).map(fromRow);
    // By initiative as people read the ids (T-2026-2 before T-2026-10); the sort is stable, so by id within one.
    return sortByInitiativeId(decisions, (d) => d.initiativeId);
  }

  findOpenFor(initiativeId: string): Decision | null {
    const row = statement(
      this.db,
      `SELECT ${COLUMNS} FROM decisions WHERE initiative_id = ? AND state = 'open'
         ORDER BY decided_on DESC, id DESC LIMIT 1`,
    ).get(initiativeId) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  listOpenFor(initiativeId: string): Decision[] {
    return this.listForInitiative(initiativeId).filter((d) => d.state === 'open');
  }

  save(d: Decision): void {
    this.audit.save('decision', d.id, this.get(d.id), d, () => {
      statement(
        this.db,
        `INSERT INTO decisions (id, initiative_id, round_id, text, point, decided_on, state, recorded_by)
           VALUES (@id, @initiativeId, @roundId, @text, @point, @decidedOn, @state, @recordedBy)
           ON CONFLICT (id) DO UPDATE SET text = excluded.text, point = excluded.point,
             decided_on = excluded.decided_on, state = excluded.state, recorded_by = excluded.recorded_by`,
      ).run({ ...d, point: d.point === null ? null : JSON.stringify(d.point) });
    });
  }
}
