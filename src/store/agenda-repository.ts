import type { AgendaItem, Quarter } from '../domain/model';
import type { AgendaRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

const COLUMNS = 'round_id AS "roundId", year, seq, case_number AS "caseNumber", confirmed';

type Row = Omit<AgendaItem, 'confirmed'> & { confirmed: number };

const fromRow = (row: Row): AgendaItem => ({ ...row, confirmed: row.confirmed === 1 });

export class SqlAgendaRepository implements AgendaRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(roundId: Quarter): Promise<AgendaItem | null> {
    const row = (await this.sql.get(`SELECT ${COLUMNS} FROM agenda_items WHERE round_id = ?`, [roundId])) as
      | Row
      | undefined;
    return row ? fromRow(row) : null;
  }

  async findByNumber(year: number, seq: number): Promise<AgendaItem | null> {
    const row = (await this.sql.get(`SELECT ${COLUMNS} FROM agenda_items WHERE year = ? AND seq = ?`, [year, seq])) as
      | Row
      | undefined;
    return row ? fromRow(row) : null;
  }

  async sequencesIn(year: number): Promise<number[]> {
    return (
      (await this.sql.all('SELECT seq FROM agenda_items WHERE year = ? ORDER BY seq', [year])) as { seq: number }[]
    ).map((r) => r.seq);
  }

  async save(item: AgendaItem): Promise<void> {
    await this.audit.save('agenda-item', item.roundId, await this.get(item.roundId), item, async () => {
      await this.sql.run(
        `INSERT INTO agenda_items (round_id, year, seq, case_number, confirmed)
           VALUES (@roundId, @year, @seq, @caseNumber, @confirmed)
           ON CONFLICT (round_id) DO UPDATE SET year = excluded.year, seq = excluded.seq,
             case_number = excluded.case_number, confirmed = excluded.confirmed`,
        { ...item, confirmed: item.confirmed ? 1 : 0 },
      );
    });
  }
}
