import type { Job, JobKind, JobState, NewJob } from '../domain/delivery';
import type { JobRepository } from '../domain/ports';
import { parseJsonColumn } from './json-column';
import type { Sql } from './sql';

interface Row {
  seq: number;
  dedupe_key: string;
  kind: JobKind;
  payload: string;
  due_at: string;
  state: JobState;
  attempts: number;
  outcome: string | null;
  finished_at: string | null;
}

const toJob = (r: Row): Job => ({
  seq: r.seq,
  dedupeKey: r.dedupe_key,
  kind: r.kind,
  payload: parseJsonColumn<Job['payload']>(r.payload),
  dueAt: r.due_at,
  state: r.state,
  attempts: r.attempts,
  outcome: r.outcome,
  finishedAt: r.finished_at,
});

/** Due work. A job is finished in the same transaction as its effects, so it runs exactly once. */
export class SqlJobRepository implements JobRepository {
  constructor(private readonly sql: Sql) {}

  async schedule(job: NewJob): Promise<boolean> {
    return (
      (
        await this.sql.run(
          `INSERT INTO jobs (dedupe_key, kind, payload, due_at, state) VALUES (?, ?, ?, ?, 'pending')
           ON CONFLICT (dedupe_key) DO NOTHING`,
          [job.dedupeKey, job.kind, JSON.stringify(job.payload), job.dueAt],
        )
      ).changes === 1
    );
  }

  async lock(seq: number): Promise<boolean> {
    // SQLite's IMMEDIATE transaction already excludes every other writer: a plain read suffices.
    const skipLocked = this.sql.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const row = await this.sql.get(`SELECT seq FROM jobs WHERE seq = ? AND state = 'pending'${skipLocked}`, [seq]);
    return row !== undefined;
  }

  async listDue(now: Date, limit: number): Promise<Job[]> {
    return (
      (await this.sql.all(`SELECT * FROM jobs WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, seq LIMIT ?`, [
        now.toISOString(),
        limit,
      ])) as Row[]
    ).map(toJob);
  }

  async finish(
    seq: number,
    state: Exclude<JobState, 'pending'>,
    outcome: string,
    by: string,
    now: Date,
  ): Promise<boolean> {
    return (
      (
        await this.sql.run(
          `UPDATE jobs SET state = ?, outcome = ?, finished_by = ?, finished_at = ?, attempts = attempts + 1
           WHERE seq = ? AND state = 'pending'`,
          [state, outcome, by, now.toISOString(), seq],
        )
      ).changes === 1
    );
  }

  async dropPending(prefix: string, outcome: string, now: Date): Promise<number> {
    return (
      await this.sql.run(
        `UPDATE jobs SET state = 'dropped', outcome = ?, finished_at = ?
         WHERE state = 'pending' AND substr(dedupe_key, 1, length(?)) = ?`,
        [outcome, now.toISOString(), prefix, prefix],
      )
    ).changes;
  }

  async list(filter: { state?: JobState; prefix?: string } = {}): Promise<Job[]> {
    return (
      (await this.sql.all(
        `SELECT * FROM jobs WHERE (state = @state OR @state IS NULL)
           AND (substr(dedupe_key, 1, length(@prefix)) = @prefix OR @prefix IS NULL) ORDER BY due_at, seq`,
        { state: filter.state ?? null, prefix: filter.prefix ?? null },
      )) as Row[]
    ).map(toJob);
  }

  async nextDueAt(): Promise<string | null> {
    const row = (await this.sql.get(`SELECT min(due_at) AS t FROM jobs WHERE state = 'pending'`)) as {
      t: string | null;
    };
    return row.t;
  }
}
