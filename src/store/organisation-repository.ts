import type { Organisation } from '../domain/model';
import type { OrganisationRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

interface Row {
  id: string;
  name: string;
  org_number: string | null;
}

const toOrganisation = (r: Row): Organisation => ({ id: r.id, name: r.name, orgNumber: r.org_number });

export class SqliteOrganisationRepository implements OrganisationRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(id: string): Organisation | null {
    const row = statement(this.db, 'SELECT * FROM organisations WHERE id = ?').get(id) as Row | undefined;
    return row ? toOrganisation(row) : null;
  }

  list(): Organisation[] {
    return (statement(this.db, 'SELECT * FROM organisations ORDER BY name').all() as Row[]).map(toOrganisation);
  }

  save(o: Organisation): 'created' | 'updated' | 'unchanged' {
    return this.audit.save('organisation', o.id, this.get(o.id), o, () => {
      statement(
        this.db,
        `INSERT INTO organisations (id, name, org_number) VALUES (@id, @name, @orgNumber)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, org_number = excluded.org_number`,
      ).run(o);
    });
  }
}
