import type { Organisation } from '../domain/model';
import type { OrganisationRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

interface Row {
  id: string;
  name: string;
  org_number: string | null;
}

const toOrganisation = (r: Row): Organisation => ({ id: r.id, name: r.name, orgNumber: r.org_number });

export class SqlOrganisationRepository implements OrganisationRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(id: string): Promise<Organisation | null> {
    const row = (await this.sql.get('SELECT * FROM organisations WHERE id = ?', [id])) as Row | undefined;
    return row ? toOrganisation(row) : null;
  }

  async list(): Promise<Organisation[]> {
    return ((await this.sql.all('SELECT * FROM organisations ORDER BY name, id')) as Row[]).map(toOrganisation);
  }

  async save(o: Organisation): Promise<'created' | 'updated' | 'unchanged'> {
    return await this.audit.save('organisation', o.id, await this.get(o.id), o, async () => {
      await this.sql.run(
        `INSERT INTO organisations (id, name, org_number) VALUES (@id, @name, @orgNumber)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, org_number = excluded.org_number`,
        o,
      );
    });
  }
}
