import { AsyncLocalStorage } from 'node:async_hooks';
import { close, fdatasync, open } from 'node:fs';
import type Database from 'better-sqlite3';
import type { ChangeContext, Repositories, UnitOfWork } from '../domain/ports';
import { SqlAgendaRepository } from './agenda-repository';
import { Auditor, SqlAuditRepository } from './audit-repository';
import { SqlCompiledAgendaRepository } from './compiled-agenda-repository';
import { type Db, openedFile } from './db';
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

/** How many waiting writes one transaction (one commit, one fsync) may take at most. */
export const GROUP_COMMIT_MAX = 64;

/**
 * Makes what the connection has committed durable: the WAL flushed to the disk. Runs off the event
 * loop (libuv's thread pool), so the bot goes on parsing and answering other requests meanwhile.
 */
export type WalSync = () => Promise<void>;

/** fdatasync of the WAL file at `path`, on libuv's thread pool. */
export function walFileSync(path: string): WalSync {
  return () =>
    new Promise<void>((resolve, reject) => {
      open(path, 'r', (openError, fd) => {
        if (openError) return reject(openError);
        fdatasync(fd, (syncError) =>
          close(fd, (closeError) => ((syncError ?? closeError) ? reject(syncError ?? closeError) : resolve())),
        );
      });
    });
}

interface Task {
  mode: 'read' | 'write';
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The SQLite unit of work: one IMMEDIATE transaction per use-case write,
 * committed (and synced) before the returned promise resolves. One connection
 * runs one transaction at a time, so the units of work of this process take
 * turns in a queue; another process waits on SQLite's write lock.
 *
 * Group commit: the writes waiting together (requests that arrived in the
 * same turn of the event loop) run in one transaction, each in a savepoint of
 * its own, and share one COMMIT and so one fsync. Each is resolved only after
 * that commit; one that fails rolls back its own savepoint and fails alone; if
 * the commit fails, they all fail (none was told it succeeded). Should SQLite
 * end the transaction itself (a full disk), the writes already run in it are
 * run again in a new one, and the one that met the error fails.
 *
 * Durability without blocking: on a file in WAL mode the connection commits with
 * `synchronous = NORMAL` (the COMMIT writes the WAL but does not sync it) and the
 * unit of work then syncs the WAL file itself, off the event loop, before it
 * resolves the group's writes; SQLite still syncs the WAL header at each WAL
 * restart and the WAL and database around each checkpoint. An acknowledged
 * write is thus on the disk exactly as with `synchronous = FULL`, while the
 * event loop parses and routes the next requests, whose writes then share the
 * next commit and sync. Nothing else runs on the connection until the sync is
 * done, so no reader is shown a write that is not yet durable; should the sync
 * fail, the group's writes fail (a retry is idempotent).
 *
 * A unit of work begun inside another (a use case calling one that opens its
 * own) joins the open transaction; a nested write gets a savepoint, so its
 * failure undoes only its own writes, as better-sqlite3's nested transactions did.
 */
export class SqliteUnitOfWork implements UnitOfWork {
  private readonly sql: SqliteSql;
  private readonly queue: Task[] = [];
  private pumping = false;
  /** Syncs the WAL after a commit; null when each COMMIT syncs itself (in memory, not WAL). */
  private readonly syncCommitted: WalSync | null;
  private totalChangesStatement: Database.Statement | null = null;
  /** Groups committed and waiting for the WAL sync that makes them durable. */
  private readonly unsynced: CommittedGroup[] = [];
  private syncing = false;

  /**
   * @param syncWal how a committed group is made durable; by default the WAL file of a database
   *   opened by `openDatabase` in WAL mode is synced off the event loop (see the class), else each
   *   COMMIT syncs as the connection's `synchronous` setting says.
   */
  constructor(
    private readonly db: Db,
    syncWal?: WalSync | null,
  ) {
    this.sql = new SqliteSql(db);
    const file = openedFile(db);
    const wal = file !== null && db.pragma('journal_mode', { simple: true }) === 'wal';
    this.syncCommitted = syncWal !== undefined ? syncWal : wal && file ? walFileSync(`${file.path}-wal`) : null;
    // The COMMIT itself no longer waits for the disk: the sync above does, before anyone is told.
    if (this.syncCommitted) db.pragma('synchronous = NORMAL');
  }

  write<T>(ctx: ChangeContext, work: (repos: Repositories) => Promise<T>): Promise<T> {
    const current = this.current();
    if (current) {
      if (current.mode === 'read')
        return Promise.reject(new Error('a write cannot run inside a read-only unit of work'));
      return this.savepoint(current, () => work(repositories(this.sql, ctx)));
    }
    return this.enqueue('write', () => work(repositories(this.sql, ctx)));
  }

  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    // A deferred transaction gives the reads one consistent snapshot; nothing is written.
    if (this.current()) return work(repositories(this.sql, READ_ONLY));
    return this.enqueue('read', () => work(repositories(this.sql, READ_ONLY)));
  }

  /** Rows this connection has inserted, updated or deleted since it opened (SQLite's `total_changes()`). */
  private totalChanges(): number {
    this.totalChangesStatement ??= this.db.prepare('SELECT total_changes()').pluck();
    return this.totalChangesStatement.get() as number;
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
      if (this.db.inTransaction) {
        this.db.exec(`ROLLBACK TO ${name}`);
        this.db.exec(`RELEASE ${name}`);
      }
      throw error;
    }
  }

  private enqueue<T>(mode: Task['mode'], run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ mode, run, resolve: resolve as (value: unknown) => void, reject });
      if (this.pumping) return;
      this.pumping = true;
      // A write waits one turn of the event loop, so that the other requests that arrived with it
      // queue theirs and share its commit; a read has nothing to share and starts at once.
      if (mode === 'write') setImmediate(() => void this.pump());
      else void this.pump();
    });
  }

  private async pump(): Promise<void> {
    try {
      for (let task = this.queue.shift(); task; task = this.queue.shift()) {
        if (task.mode === 'read') await this.readOne(task);
        else await this.writeGroup(task);
      }
    } finally {
      this.pumping = false;
    }
  }

  private async readOne(task: Task): Promise<void> {
    try {
      this.db.exec('BEGIN DEFERRED');
      const result = await openTransaction.run({ db: this.db, mode: 'read', savepoints: 0 }, task.run);
      this.db.exec('COMMIT');
      task.resolve(result);
    } catch (error) {
      if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
      task.reject(error);
    }
  }

  private async writeGroup(first: Task): Promise<void> {
    const done: { task: Task; result: unknown }[] = [];
    const failed: { task: Task; error: unknown }[] = [];
    let task: Task | undefined = first;
    let inFlight: Task | undefined;
    let changesBefore = 0;
    try {
      this.db.exec('BEGIN IMMEDIATE');
      changesBefore = this.totalChanges();
      while (task) {
        const current: Task = task;
        task = undefined;
        inFlight = current;
        this.db.exec('SAVEPOINT grp');
        try {
          const result = await openTransaction.run({ db: this.db, mode: 'write', savepoints: 0 }, current.run);
          this.db.exec('RELEASE grp');
          done.push({ task: current, result });
        } catch (error) {
          if (!this.db.inTransaction) {
            // SQLite rolled the whole transaction back: the writes run in it are gone; run them again.
            current.reject(error);
            for (const f of failed) f.task.reject(f.error);
            this.queue.unshift(...done.map((d) => d.task));
            return;
          }
          this.db.exec('ROLLBACK TO grp');
          this.db.exec('RELEASE grp');
          failed.push({ task: current, error });
        }
        inFlight = undefined;
        if (this.queue[0]?.mode === 'write' && done.length + failed.length < GROUP_COMMIT_MAX)
          task = this.queue.shift();
      }
      this.db.exec('COMMIT');
    } catch (error) {
      // BEGIN, a savepoint or the COMMIT failed: nothing of the group is stored.
      if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const t of [...done.map((d) => d.task), inFlight ?? first, task]) t?.reject(error);
      for (const f of failed) f.task.reject(f.error);
      return;
    }
    // A group that changed nothing wrote nothing to the WAL: there is nothing to sync.
    if (this.syncCommitted && done.length > 0 && this.totalChanges() !== changesBefore) {
      this.afterSync({ done, failed });
      return;
    }
    for (const d of done) d.task.resolve(d.result);
    for (const f of failed) f.task.reject(f.error);
  }

  /**
   * Answers a committed group once a sync that began after its COMMIT is done. One sync runs at a
   * time; the groups committed while it runs share the next one.
   */
  private afterSync(group: CommittedGroup): void {
    this.unsynced.push(group);
    if (!this.syncing) void this.syncLoop();
  }

  private async syncLoop(): Promise<void> {
    const sync = this.syncCommitted;
    if (!sync) return;
    this.syncing = true;
    try {
      while (this.unsynced.length > 0) {
        const groups = this.unsynced.splice(0);
        let failure: { error: unknown } | null = null;
        try {
          await sync();
        } catch (error) {
          // The WAL is gone only once the last connection closed, which checkpointed it into the
          // database and synced that: what it held is on the disk.
          const gone = !this.db.open && (error as { code?: unknown }).code === 'ENOENT';
          if (!gone) failure = { error };
        }
        for (const { done, failed } of groups) {
          // Committed, but perhaps not on the disk, when the sync failed: nobody may be told it is stored.
          for (const d of done) failure ? d.task.reject(failure.error) : d.task.resolve(d.result);
          for (const f of failed) f.task.reject(f.error);
        }
      }
    } finally {
      this.syncing = false;
    }
  }
}

interface CommittedGroup {
  done: { task: Task; result: unknown }[];
  failed: { task: Task; error: unknown }[];
}
