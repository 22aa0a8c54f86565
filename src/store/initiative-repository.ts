import { sortByInitiativeId } from '../domain/initiative-id';
import type { Delegation, Email, Initiative } from '../domain/model';
import type { InitiativeRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

interface Row {
  id: string;
  title: string;
  description: string;
  owner_organisation_id: string;
  acceptance: Initiative['acceptance'];
  focus_area: string;
  life_events: string;
  sdgs: string;
  agreed_result: string;
  agreed_completion_date: string;
  agreed_cost_nok: number;
  tolerance_days: number;
  tolerance_percent: number;
  phase: Initiative['phase'];
  track: Initiative['track'];
}

interface DelegationRow {
  initiative_id: string;
  from_email: string;
  to_email: string;
  from_date: string;
  to_date: string;
}

/** Emails lower-cased and delegations in the order they are read back, so equal data compares equal. */
function normalise(i: Initiative): Initiative {
  const delegations = i.delegations
    .map((d) => ({ ...d, from: d.from.toLowerCase(), to: d.to.toLowerCase() }))
    .sort((a, b) => a.fromDate.localeCompare(b.fromDate) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { ...i, contacts: i.contacts.map((c) => c.toLowerCase()), delegations };
}

interface ContactRow {
  initiative_id: string;
  email: string;
}

function groupBy<R extends { initiative_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const row of rows) {
    const list = out.get(row.initiative_id);
    if (list) list.push(row);
    else out.set(row.initiative_id, [row]);
  }
  return out;
}

function initiative(r: Row, contacts: readonly ContactRow[], delegations: readonly DelegationRow[]): Initiative {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    ownerOrganisationId: r.owner_organisation_id,
    contacts: contacts.map((c) => c.email),
    delegations: delegations.map(
      (d): Delegation => ({ from: d.from_email, to: d.to_email, fromDate: d.from_date, toDate: d.to_date }),
    ),
    acceptance: r.acceptance,
    focusArea: r.focus_area,
    lifeEvents: parseJsonColumn<string[]>(r.life_events),
    sdgs: parseJsonColumn<number[]>(r.sdgs),
    agreedResult: r.agreed_result,
    agreedCompletionDate: r.agreed_completion_date,
    agreedCostNok: r.agreed_cost_nok,
    toleranceDays: r.tolerance_days,
    tolerancePercent: r.tolerance_percent,
    phase: r.phase,
    track: r.track,
  };
}

export class SqlInitiativeRepository implements InitiativeRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  private async toInitiative(r: Row): Promise<Initiative> {
    const contacts = (await this.sql.all(
      'SELECT initiative_id, email FROM initiative_contacts WHERE initiative_id = ? ORDER BY position',
      [r.id],
    )) as ContactRow[];
    const delegations = (await this.sql.all(
      'SELECT * FROM delegations WHERE initiative_id = ? ORDER BY from_date, from_email, to_email',
      [r.id],
    )) as DelegationRow[];
    return initiative(r, contacts, delegations);
  }

  // Sorted after reading: SQL orders text, and 'T-2026-10' < 'T-2026-2' as text; people read running numbers.
  async list(): Promise<Initiative[]> {
    // Three statements, not two per initiative: on a database across the network each is a round trip.
    const rows = (await this.sql.all('SELECT * FROM initiatives')) as Row[];
    const contacts = groupBy(
      (await this.sql.all(
        'SELECT initiative_id, email FROM initiative_contacts ORDER BY initiative_id, position',
      )) as ContactRow[],
    );
    const delegations = groupBy(
      (await this.sql.all(
        'SELECT * FROM delegations ORDER BY initiative_id, from_date, from_email, to_email',
      )) as DelegationRow[],
    );
    return sortByInitiativeId(rows, (r) => r.id).map((r) =>
      initiative(r, contacts.get(r.id) ?? [], delegations.get(r.id) ?? []),
    );
  }

  async get(id: string): Promise<Initiative | null> {
    const row = (await this.sql.get('SELECT * FROM initiatives WHERE id = ?', [id])) as Row | undefined;
    return row ? await this.toInitiative(row) : null;
  }

  async listForPerson(email: Email): Promise<Initiative[]> {
    const ids = (await this.sql.all(
      `SELECT initiative_id AS id FROM initiative_contacts WHERE email = @email
         UNION SELECT initiative_id FROM delegations WHERE to_email = @email`,
      { email: email.toLowerCase() },
    )) as { id: string }[];
    const out: Initiative[] = [];
    for (const r of sortByInitiativeId(ids, (r) => r.id)) {
      const initiative = await this.get(r.id);
      if (initiative !== null) out.push(initiative);
    }
    return out;
  }

  async save(initiative: Initiative): Promise<'created' | 'updated' | 'unchanged'> {
    const i = normalise(initiative);
    return await this.audit.save('initiative', i.id, await this.get(i.id), i, async () => {
      await this.sql.run(
        `INSERT INTO initiatives (id, title, description, owner_organisation_id, acceptance, focus_area,
             life_events, sdgs, agreed_result, agreed_completion_date, agreed_cost_nok, tolerance_days,
             tolerance_percent, phase, track)
           VALUES (@id, @title, @description, @ownerOrganisationId, @acceptance, @focusArea, @lifeEvents, @sdgs,
             @agreedResult, @agreedCompletionDate, @agreedCostNok, @toleranceDays, @tolerancePercent, @phase, @track)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,
             owner_organisation_id = excluded.owner_organisation_id, acceptance = excluded.acceptance,
             focus_area = excluded.focus_area, life_events = excluded.life_events, sdgs = excluded.sdgs,
             agreed_result = excluded.agreed_result, agreed_completion_date = excluded.agreed_completion_date,
             agreed_cost_nok = excluded.agreed_cost_nok, tolerance_days = excluded.tolerance_days,
             tolerance_percent = excluded.tolerance_percent, phase = excluded.phase, track = excluded.track`,
        {
          id: i.id,
          title: i.title,
          description: i.description,
          ownerOrganisationId: i.ownerOrganisationId,
          acceptance: i.acceptance,
          focusArea: i.focusArea,
          lifeEvents: JSON.stringify(i.lifeEvents),
          sdgs: JSON.stringify(i.sdgs),
          agreedResult: i.agreedResult,
          agreedCompletionDate: i.agreedCompletionDate,
          agreedCostNok: i.agreedCostNok,
          toleranceDays: i.toleranceDays,
          tolerancePercent: i.tolerancePercent,
          phase: i.phase,
          track: i.track,
        },
      );
      await this.sql.run('DELETE FROM initiative_contacts WHERE initiative_id = ?', [i.id]);
      for (const [position, email] of i.contacts.entries()) {
        await this.sql.run('INSERT INTO initiative_contacts (initiative_id, email, position) VALUES (?, ?, ?)', [
          i.id,
          email.toLowerCase(),
          position,
        ]);
      }
      await this.sql.run('DELETE FROM delegations WHERE initiative_id = ?', [i.id]);
      for (const d of i.delegations) {
        await this.sql.run(
          'INSERT INTO delegations (initiative_id, from_email, to_email, from_date, to_date) VALUES (?, ?, ?, ?, ?)',
          [i.id, d.from, d.to, d.fromDate, d.toDate],
        );
      }
    });
  }
}
