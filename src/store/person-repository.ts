import type { Email, Person, Platform, PlatformIdentity, Role } from '../domain/model';
import type { PersonRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { parseJsonColumn } from './json-column';
import { statement } from './statement-cache';

interface Row {
  email: string;
  name: string;
  locale: Person['locale'];
  roles: string;
  organisation_id: string | null;
}

export class SqlitePersonRepository implements PersonRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  private toPerson(r: Row): Person {
    const identities = statement(
      this.db,
      'SELECT platform, user_id FROM platform_identities WHERE email = ? ORDER BY platform, user_id',
    ).all(r.email) as { platform: Platform; user_id: string }[];
    return {
      email: r.email,
      name: r.name,
      locale: r.locale,
      roles: parseJsonColumn<Role[]>(r.roles),
      organisationId: r.organisation_id,
      identities: identities.map((i) => ({ platform: i.platform, userId: i.user_id })),
    };
  }

  get(email: Email): Person | null {
    const row = statement(this.db, 'SELECT * FROM people WHERE email = ?').get(email.toLowerCase()) as Row | undefined;
    return row ? this.toPerson(row) : null;
  }

  list(): Person[] {
    return (statement(this.db, 'SELECT * FROM people ORDER BY name').all() as Row[]).map((r) => this.toPerson(r));
  }

  withRole(role: Role): Person[] {
    return this.list().filter((p) => p.roles.includes(role));
  }

  findByIdentity(platform: Platform, userId: string): Person | null {
    const row = statement(this.db, 'SELECT email FROM platform_identities WHERE platform = ? AND user_id = ?').get(
      platform,
      userId,
    ) as { email: string } | undefined;
    return row ? this.get(row.email) : null;
  }

  /** Saves the person's own fields; identities are only changed by `linkIdentity`. */
  save(p: Person): 'created' | 'updated' | 'unchanged' {
    const before = this.get(p.email);
    const after: Person = { ...p, email: p.email.toLowerCase(), identities: before?.identities ?? [] };
    return this.audit.save('person', after.email, before, after, () => {
      statement(
        this.db,
        `INSERT INTO people (email, name, locale, roles, organisation_id)
           VALUES (@email, @name, @locale, @roles, @organisationId)
           ON CONFLICT (email) DO UPDATE SET name = excluded.name, locale = excluded.locale,
             roles = excluded.roles, organisation_id = excluded.organisation_id`,
      ).run({ ...after, roles: JSON.stringify(after.roles) });
    });
  }

  linkIdentity(email: Email, identity: PlatformIdentity): void {
    const address = email.toLowerCase();
    const existing = statement(this.db, 'SELECT email FROM platform_identities WHERE platform = ? AND user_id = ?').get(
      identity.platform,
      identity.userId,
    ) as { email: string } | undefined;
    if (existing?.email === address) return;
    statement(
      this.db,
      `INSERT INTO platform_identities (platform, user_id, email, linked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, user_id) DO UPDATE SET email = excluded.email, linked_at = excluded.linked_at`,
    ).run(identity.platform, identity.userId, address, this.audit.nowIso);
    this.audit.record('link-identity', 'person', address, existing ?? null, identity);
  }
}
