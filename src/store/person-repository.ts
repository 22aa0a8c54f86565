import type { Email, Person, Platform, PlatformIdentity, Role } from '../domain/model';
import type { PersonRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

interface Row {
  email: string;
  name: string;
  locale: Person['locale'];
  roles: string;
  organisation_id: string | null;
}

interface IdentityRow {
  email: string;
  platform: Platform;
  user_id: string;
}

function person(r: Row, identities: readonly IdentityRow[]): Person {
  return {
    email: r.email,
    name: r.name,
    locale: r.locale,
    roles: parseJsonColumn<Role[]>(r.roles),
    organisationId: r.organisation_id,
    identities: identities.map((i) => ({ platform: i.platform, userId: i.user_id })),
  };
}

export class SqlPersonRepository implements PersonRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  private async toPerson(r: Row): Promise<Person> {
    const identities = (await this.sql.all(
      'SELECT email, platform, user_id FROM platform_identities WHERE email = ? ORDER BY platform, user_id',
      [r.email],
    )) as IdentityRow[];
    return person(r, identities);
  }

  async get(email: Email): Promise<Person | null> {
    const row = (await this.sql.get('SELECT * FROM people WHERE email = ?', [email.toLowerCase()])) as Row | undefined;
    return row ? await this.toPerson(row) : null;
  }

  async list(): Promise<Person[]> {
    // Two statements, not one per person: on a database across the network each is a round trip.
    const rows = (await this.sql.all('SELECT * FROM people ORDER BY name, email')) as Row[];
    const identities = (await this.sql.all(
      'SELECT email, platform, user_id FROM platform_identities ORDER BY email, platform, user_id',
    )) as IdentityRow[];
    const byEmail = new Map<string, IdentityRow[]>();
    for (const i of identities) {
      const list = byEmail.get(i.email);
      if (list) list.push(i);
      else byEmail.set(i.email, [i]);
    }
    return rows.map((r) => person(r, byEmail.get(r.email) ?? []));
  }

  async withRole(role: Role): Promise<Person[]> {
    return (await this.list()).filter((p) => p.roles.includes(role));
  }

  async findByIdentity(platform: Platform, userId: string): Promise<Person | null> {
    const row = (await this.sql.get('SELECT email FROM platform_identities WHERE platform = ? AND user_id = ?', [
      platform,
      userId,
    ])) as { email: string } | undefined;
    return row ? await this.get(row.email) : null;
  }

  /** Saves the person's own fields; identities are only changed by `linkIdentity`. */
  async save(p: Person): Promise<'created' | 'updated' | 'unchanged'> {
    const before = await this.get(p.email);
    const after: Person = { ...p, email: p.email.toLowerCase(), identities: before?.identities ?? [] };
    return await this.audit.save('person', after.email, before, after, async () => {
      await this.sql.run(
        `INSERT INTO people (email, name, locale, roles, organisation_id)
           VALUES (@email, @name, @locale, @roles, @organisationId)
           ON CONFLICT (email) DO UPDATE SET name = excluded.name, locale = excluded.locale,
             roles = excluded.roles, organisation_id = excluded.organisation_id`,
        { ...after, roles: JSON.stringify(after.roles) },
      );
    });
  }

  async linkIdentity(email: Email, identity: PlatformIdentity): Promise<void> {
    const address = email.toLowerCase();
    const existing = (await this.sql.get('SELECT email FROM platform_identities WHERE platform = ? AND user_id = ?', [
      identity.platform,
      identity.userId,
    ])) as { email: string } | undefined;
    if (existing?.email === address) return;
    await this.sql.run(
      `INSERT INTO platform_identities (platform, user_id, email, linked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, user_id) DO UPDATE SET email = excluded.email, linked_at = excluded.linked_at`,
      [identity.platform, identity.userId, address, this.audit.nowIso],
    );
    await this.audit.record('link-identity', 'person', address, existing ?? null, identity);
  }
}
