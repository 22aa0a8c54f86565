import type { AuditEntry, AuditRepository, ChangeContext, Refusal } from '../domain/ports';
import { canonicalJson } from './json-column';
import type { Sql } from './sql';

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

/** Appends audit entries for the actor and time of one transaction. */
export class Auditor {
  constructor(
    private readonly sql: Sql,
    private readonly ctx: ChangeContext,
  ) {}

  /** The transaction's time, for rows that carry their own timestamp. */
  get nowIso(): string {
    return this.ctx.now.toISOString();
  }

  async record(action: string, entity: string, entityId: string, before: unknown, after: unknown): Promise<void> {
    await this.sql.run(
      'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        this.ctx.now.toISOString(),
        this.ctx.actor,
        action,
        entity,
        entityId,
        before === null || before === undefined ? null : JSON.stringify(before),
        after === null || after === undefined ? null : JSON.stringify(after),
      ],
    );
  }

  /**
   * Writes an entity through `write` unless it is unchanged, and audits the change.
   * Comparing serialised forms keeps the log free of no-op re-imports.
   */
  async save<T>(
    entity: string,
    id: string,
    before: T | null,
    after: T,
    write: () => Promise<void>,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    if (before !== null && canonicalJson(before) === canonicalJson(after)) return 'unchanged';
    await write();
    await this.record(before === null ? 'create' : 'update', entity, id, before, after);
    return before === null ? 'created' : 'updated';
  }
}

/** Reads the audit log, and appends the refusals of requests (which change nothing else). */
export class SqlAuditRepository implements AuditRepository {
  constructor(
    private readonly sql: Sql,
    private readonly auditor?: Auditor,
  ) {}

  async recordRefusal(refusal: Refusal): Promise<void> {
    if (!this.auditor) throw new Error('recordRefusal needs a write transaction');
    await this.auditor.record('refused', 'operation', refusal.operation, null, {
      code: refusal.code,
      target: refusal.target,
    });
  }

  async list(entity?: string, entityId?: string): Promise<AuditEntry[]> {
    const rows = (await this.sql.all(
      `SELECT * FROM audit_log WHERE (entity = @entity OR @entity IS NULL)
         AND (entity_id = @entityId OR @entityId IS NULL) ORDER BY seq`,
      { entity: entity ?? null, entityId: entityId ?? null },
    )) as AuditRow[];
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));
  }
}
