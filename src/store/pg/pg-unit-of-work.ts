import type { Pool } from 'pg';
import type { ChangeContext, Repositories, UnitOfWork } from '../../domain/ports';
import { READ_ONLY, repositories } from '../unit-of-work';
import { runPgTransaction } from './pg-transaction';

/**
 * The PostgreSQL unit of work: each write is one transaction on a connection
 * from the pool, committed before the promise resolves, holding the
 * deployment's write lock (see runPgTransaction): the writes of every replica
 * run one at a time, so the idempotency keys, case numbers and vote tallies
 * stay as consistent as under SQLite's single writer. Reads are one
 * REPEATABLE READ snapshot and never wait for a write.
 */
export class PgUnitOfWork implements UnitOfWork {
  constructor(private readonly pool: Pool) {}

  write<T>(ctx: ChangeContext, work: (repos: Repositories) => Promise<T>): Promise<T> {
    return runPgTransaction(this.pool, 'write', (sql) => work(repositories(sql, ctx)));
  }

  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return runPgTransaction(this.pool, 'read', (sql) => work(repositories(sql, READ_ONLY)));
  }
}
