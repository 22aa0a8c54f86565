import type { AgendaItem, Quarter } from '../domain/model';
import type { AgendaRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

const COLUMNS = 'round_id AS roundId, year, seq, case_number AS caseNumber, confirmed';

type Row = Omit<AgendaItem, 'confirmed'> & { confirmed: number };

const fromRow = (row: Row): AgendaItem => ({ ...row, confirmed: row.confirmed === 1 });

export class SqliteAgendaRepository implements AgendaRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(roundId: Quarter): AgendaItem | null {
    const row = statement(this.db, `SELECT ${COLUMNS} FROM agenda_items WHERE round_id = ?`).get(roundId) as
      | Row
      | undefined;
    return row ? fromRow(row) : null;
  }

  findByNumber(year: number, seq: number): AgendaItem | null {
    const row = statement(this.db, `SELECT ${COLUMNS} FROM agenda_items WHERE year = ? AND seq = ?`).get(year, seq) as
      | Row
      | undefined;
    return row ? fromRow(row) : null;
  }

  sequencesIn(year: number): number[] {
    return (
      statement(this.db, 'SELECT seq FROM agenda_items WHERE year = ? ORDER BY seq').all(year) as { seq: number }[]
    ).map((r) => r.seq);
  }

  save(item: AgendaItem): void {
    this.audit.save('agenda-item', item.roundId, this.get(item.roundId), item, () => {
      statement(
        this.db,
        `INSERT INTO agenda_items (round_id, year, seq, case_number, confirmed)
           VALUES (@roundId, @year, @seq, @caseNumber, @confirmed)
           ON CONFLICT (round_id) DO UPDATE SET year = excluded.year, seq = excluded.seq,
             case_number = excluded.case_number, confirmed = excluded.confirmed`,
      ).run({ ...item, confirmed: item.confirmed ? 1 : 0 });
    });
  }
}
