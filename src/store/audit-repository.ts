import type { AuditEntry, AuditRepository, ChangeContext, Refusal } from '../domain/ports';
import type { Db } from './db';
import { canonicalJson } from './json-column';
import { statement } from './statement-cache';

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
    private readonly db: Db,
    private readonly ctx: ChangeContext,
  ) {}

  /** The transaction's time, for rows that carry their own timestamp. */
  get nowIso(): string {
    return this.ctx.now.toISOString();
  }

  record(action: string, entity: string, entityId: string, before: unknown, after: unknown): void {
    statement(
      this.db,
      'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      this.ctx.now.toISOString(),
      this.ctx.actor,
      action,
      entity,
      entityId,
      before === null || before === undefined ? null : JSON.stringify(before),
      after === null || after === undefined ? null : JSON.stringify(after),
    );
  }

  /**
   * Writes an entity through `write` unless it is unchanged, and audits the change.
   * Comparing serialised forms keeps the log free of no-op re-imports.
   */
  save<T>(
    entity: string,
    id: string,
    before: T | null,
    after: T,
    write: () => void,
  ): 'created' | 'updated' | 'unchanged' {
    if (before !== null && canonicalJson(before) === canonicalJson(after)) return 'unchanged';
    write();
    this.record(before === null ? 'create' : 'update', entity, id, before, after);
    return before === null ? 'created' : 'updated';
  }
}

/** Reads the audit log, and appends the refusals of requests (which change nothing else). */
export class SqliteAuditRepository implements AuditRepository {
  constructor(
    private readonly db: Db,
    private readonly auditor?: Auditor,
  ) {}

  recordRefusal(refusal: Refusal): void {
    if (!this.auditor) throw new Error('recordRefusal needs a write transaction');
    this.auditor.record('refused', 'operation', refusal.operation, null, {
      code: refusal.code,
      target: refusal.target,
    });
  }

  list(entity?: string, entityId?: string): AuditEntry[] {
    const rows = statement(
      this.db,
      `SELECT * FROM audit_log WHERE (@entity IS NULL OR entity = @entity)
         AND (@entityId IS NULL OR entity_id = @entityId) ORDER BY seq`,
    ).all({ entity: entity ?? null, entityId: entityId ?? null }) as AuditRow[];
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
