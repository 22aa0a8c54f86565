import { sortByInitiativeId } from '../domain/initiative-id';
import type { DecisionFollowUp, Quarter, ReportFields, ReportVersion, StatusReport } from '../domain/model';
import type { ReportRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

interface Row {
  initiative_id: string;
  round_id: string;
  state: StatusReport['state'];
  version: number;
  fields: string;
  updated_by: string;
  updated_at: string;
  submitted_at: string | null;
}

interface VersionRow {
  initiative_id: string;
  round_id: string;
  version: number;
  state: StatusReport['state'];
  fields: string;
  author: string;
  at: string;
}

/** A follow-up as stored before every open decision was asked: one answer, or none. */
type StoredFollowUp = DecisionFollowUp[] | DecisionFollowUp | null | undefined;

/**
 * A report's fields from their JSON column. Fields added since a report was
 * stored are absent from its JSON; they read as null, their "not given" value.
 * The follow-up was one answer (or null) before it became a list: it reads as a list.
 */
function readFields(json: string): ReportFields {
  const fields = parseJsonColumn<Omit<ReportFields, 'decisionFollowUp'> & { decisionFollowUp: StoredFollowUp }>(json);
  const followUp = fields.decisionFollowUp;
  return {
    ...fields,
    overallOverrideReason: fields.overallOverrideReason ?? null,
    decisionFollowUp: Array.isArray(followUp) ? followUp : followUp ? [followUp] : [],
  };
}

const toReport = (r: Row): StatusReport => ({
  initiativeId: r.initiative_id,
  roundId: r.round_id,
  state: r.state,
  version: r.version,
  fields: readFields(r.fields),
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
  submittedAt: r.submitted_at,
});

export class SqlReportRepository implements ReportRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(initiativeId: string, roundId: Quarter): Promise<StatusReport | null> {
    const row = (await this.sql.get('SELECT * FROM reports WHERE initiative_id = ? AND round_id = ?', [
      initiativeId,
      roundId,
    ])) as Row | undefined;
    return row ? toReport(row) : null;
  }

  async listForRound(roundId: Quarter): Promise<StatusReport[]> {
    const rows = (await this.sql.all('SELECT * FROM reports WHERE round_id = ?', [roundId])) as Row[];
    return sortByInitiativeId(rows, (r) => r.initiative_id).map(toReport);
  }

  async latestSubmittedBefore(initiativeId: string, roundId: Quarter): Promise<StatusReport | null> {
    // Quarter ids sort chronologically as text ('2026-Q3' < '2026-Q4' < '2027-Q1').
    const row = (await this.sql.get(
      `SELECT * FROM reports WHERE initiative_id = ? AND round_id < ? AND state = 'submitted'
         ORDER BY round_id DESC LIMIT 1`,
      [initiativeId, roundId],
    )) as Row | undefined;
    return row ? toReport(row) : null;
  }

  async save(report: StatusReport): Promise<void> {
    const before = await this.get(report.initiativeId, report.roundId);
    const fields = JSON.stringify(report.fields);
    await this.sql.run(
      `INSERT INTO reports (initiative_id, round_id, state, version, fields, updated_by, updated_at, submitted_at)
         VALUES (@initiativeId, @roundId, @state, @version, @fields, @updatedBy, @updatedAt, @submittedAt)
         ON CONFLICT (initiative_id, round_id) DO UPDATE SET state = excluded.state, version = excluded.version,
           fields = excluded.fields, updated_by = excluded.updated_by, updated_at = excluded.updated_at,
           submitted_at = excluded.submitted_at`,
      { ...report, fields },
    );
    await this.sql.run(
      `INSERT INTO report_versions (initiative_id, round_id, version, state, fields, author, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [report.initiativeId, report.roundId, report.version, report.state, fields, report.updatedBy, report.updatedAt],
    );
    await this.audit.record(
      report.state === 'submitted' ? 'submit' : 'save-draft',
      'report',
      `${report.roundId}/${report.initiativeId}`,
      before,
      report,
    );
  }

  async versions(initiativeId: string, roundId: Quarter): Promise<ReportVersion[]> {
    const rows = (await this.sql.all(
      'SELECT * FROM report_versions WHERE initiative_id = ? AND round_id = ? ORDER BY version',
      [initiativeId, roundId],
    )) as VersionRow[];
    return rows.map((r) => ({
      initiativeId: r.initiative_id,
      roundId: r.round_id,
      version: r.version,
      state: r.state,
      fields: readFields(r.fields),
      author: r.author,
      at: r.at,
    }));
  }
}
