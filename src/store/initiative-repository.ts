import { sortByInitiativeId } from '../domain/initiative-id';
import type { Delegation, Email, Initiative } from '../domain/model';
import type { InitiativeRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { parseJsonColumn } from './json-column';
import { statement } from './statement-cache';

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

export class SqliteInitiativeRepository implements InitiativeRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  private toInitiative(r: Row): Initiative {
    const contacts = statement(
      this.db,
      'SELECT email FROM initiative_contacts WHERE initiative_id = ? ORDER BY position',
    ).all(r.id) as { email: string }[];
    const delegations = statement(
      this.db,
      'SELECT * FROM delegations WHERE initiative_id = ? ORDER BY from_date, from_email, to_email',
    ).all(r.id) as DelegationRow[];
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

  get(id: string): Initiative | null {
    const row = statement(this.db, 'SELECT * FROM initiatives WHERE id = ?').get(id) as Row | undefined;
    return row ? this.toInitiative(row) : null;
  }

  // Sorted after reading: SQL orders text, and 'T-2026-10' < 'T-2026-2' as text; people read running numbers.
  list(): Initiative[] {
    const rows = statement(this.db, 'SELECT * FROM initiatives').all() as Row[];
    return sortByInitiativeId(rows, (r) => r.id).map((r) => this.toInitiative(r));
  }

  listForPerson(email: Email): Initiative[] {
    const ids = statement(
      this.db,
      `SELECT initiative_id AS id FROM initiative_contacts WHERE email = @email
         UNION SELECT initiative_id FROM delegations WHERE to_email = @email`,
    ).all({ email: email.toLowerCase() }) as { id: string }[];
    return sortByInitiativeId(ids, (r) => r.id)
      .map((r) => this.get(r.id))
      .filter((i): i is Initiative => i !== null);
  }

  save(initiative: Initiative): 'created' | 'updated' | 'unchanged' {
    const i = normalise(initiative);
    return this.audit.save('initiative', i.id, this.get(i.id), i, () => {
      statement(
        this.db,
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
      ).run({
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
      });
      statement(this.db, 'DELETE FROM initiative_contacts WHERE initiative_id = ?').run(i.id);
      const contact = statement(
        this.db,
        'INSERT INTO initiative_contacts (initiative_id, email, position) VALUES (?, ?, ?)',
      );
      i.contacts.forEach((email, position) => {
        contact.run(i.id, email.toLowerCase(), position);
      });
      statement(this.db, 'DELETE FROM delegations WHERE initiative_id = ?').run(i.id);
      const delegation = statement(
        this.db,
        'INSERT INTO delegations (initiative_id, from_email, to_email, from_date, to_date) VALUES (?, ?, ?, ?, ?)',
      );
      for (const d of i.delegations) delegation.run(i.id, d.from, d.to, d.fromDate, d.toDate);
    });
  }
}
