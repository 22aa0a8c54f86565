import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeContext, Repositories, UnitOfWork } from '../domain/ports';
import { SqlAgendaRepository } from './agenda-repository';
import { Auditor, SqlAuditRepository } from './audit-repository';
import { SqlCompiledAgendaRepository } from './compiled-agenda-repository';
import type { Db } from './db';
import { SqlDecisionRepository } from './decision-repository';
import { SqlDirectoryRepository } from './directory-repository';
import { SqlFinalTreatmentRepository } from './final-treatment-repository';
import { SqlIdempotencyRepository } from './idempotency-repository';
import { SqlInitiativeRepository } from './initiative-repository';
import { SqlJobRepository } from './job-repository';
import { SqlLocalDeliveryRepository } from './local-delivery-repository';
import { SqlMeetingRepository } from './meeting-repository';
import { SqlOrganisationRepository } from './organisation-repository';
import { SqlOutboxRepository } from './outbox-repository';
import { SqlPersonRepository } from './person-repository';
import { SqlPointDecisionRepository } from './point-decision-repository';
import { SqlRecommendationRepository } from './recommendation-repository';
import { SqlReportRepository } from './report-repository';
import { SqlRoundRepository } from './round-repository';
import type { Sql } from './sql';
import { SqliteSql } from './sqlite-sql';
import { SqlVoteRepository } from './vote-repository';

export const READ_ONLY: ChangeContext = { actor: 'read-only', now: new Date(0) };

/** Every repository on one connection (or transaction), auditing for `ctx`. Both stores build them here. */
export function repositories(sql: Sql, ctx: ChangeContext): Repositories {
  const audit = new Auditor(sql, ctx);
  return {
    organisations: new SqlOrganisationRepository(sql, audit),
    people: new SqlPersonRepository(sql, audit),
    initiatives: new SqlInitiativeRepository(sql, audit),
    meetings: new SqlMeetingRepository(sql, audit),
    rounds: new SqlRoundRepository(sql, audit),
    reports: new SqlReportRepository(sql, audit),
    votes: new SqlVoteRepository(sql, audit),
    recommendations: new SqlRecommendationRepository(sql, audit),
    decisions: new SqlDecisionRepository(sql, audit),
    agenda: new SqlAgendaRepository(sql, audit),
    pointDecisions: new SqlPointDecisionRepository(sql, audit),
    finalTreatments: new SqlFinalTreatmentRepository(sql, audit),
    idempotency: new SqlIdempotencyRepository(sql),
    audit: new SqlAuditRepository(sql, audit),
    outbox: new SqlOutboxRepository(sql),
    jobs: new SqlJobRepository(sql),
    directory: new SqlDirectoryRepository(sql, audit),
    localDeliveries: new SqlLocalDeliveryRepository(sql),
    compiledAgendas: new SqlCompiledAgendaRepository(sql, audit),
  };
}

interface Open {
  /** The connection whose transaction is open. */
  db: Db;
  mode: 'read' | 'write';
  savepoints: number;
}

/**
 * The transaction open in the current async context. One for the module, not one per unit of work:
 * every enabled AsyncLocalStorage costs something on every promise the process creates, for ever.
 */
const openTransaction = new AsyncLocalStorage<Open>();

/**
 * The SQLite unit of work: one IMMEDIATE transaction per use-case write,
 * committed (and synced) before the returned promise resolves. One connection
 * runs one transaction at a time, so the units of work of this process take
 * turns (a queue); another process waits on SQLite's write lock. A unit of
 * work begun inside another (a use case calling one that opens its own) joins
 * the open transaction; a nested write gets a savepoint, so its failure undoes
 * only its own writes, as better-sqlite3's nested transactions did.
 */
export class SqliteUnitOfWork implements UnitOfWork {
  private readonly sql: SqliteSql;
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db) {
    this.sql = new SqliteSql(db);
  }

  write<T>(ctx: ChangeContext, work: (repos: Repositories) => Promise<T>): Promise<T> {
    const current = this.current();
    if (current) {
      if (current.mode === 'read')
        return Promise.reject(new Error('a write cannot run inside a read-only unit of work'));
      return this.savepoint(current, async () => await work(repositories(this.sql, ctx)));
    }
    return this.exclusive('write', async () => await work(repositories(this.sql, ctx)));
  }

  async read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    // A deferred transaction gives the reads one consistent snapshot; nothing is written.
    if (this.current()) return await work(repositories(this.sql, READ_ONLY));
    return this.exclusive('read', async () => await work(repositories(this.sql, READ_ONLY)));
  }

  /** The transaction this connection has open in the current async context, if any. */
  private current(): Open | undefined {
    const open = openTransaction.getStore();
    return open?.db === this.db ? open : undefined;
  }

  private async savepoint<T>(current: Open, work: () => Promise<T>): Promise<T> {
    const name = `uow_${++current.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      this.db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw error;
    }
  }

  private async exclusive<T>(mode: Open['mode'], work: () => Promise<T>): Promise<T> {
    const before = this.tail;
    let done!: () => void;
    this.tail = new Promise<void>((resolve) => {
      done = resolve;
    });
    await before;
    try {
      return await openTransaction.run({ db: this.db, mode, savepoints: 0 }, async () => {
        this.db.exec(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED');
        let result: T;
        try {
          result = await work();
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
        try {
          this.db.exec('COMMIT');
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
        return result;
      });
    } finally {
      done();
    }
  }
}
