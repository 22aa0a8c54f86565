import type { Job, JobKind, JobState, NewJob } from '../domain/delivery';
import type { JobRepository } from '../domain/ports';
import type { Db } from './db';
import { parseJsonColumn } from './json-column';
import { statement } from './statement-cache';

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
export class SqliteJobRepository implements JobRepository {
  constructor(private readonly db: Db) {}

  schedule(job: NewJob): boolean {
    return (
      statement(
        this.db,
        `INSERT INTO jobs (dedupe_key, kind, payload, due_at, state) VALUES (?, ?, ?, ?, 'pending')
           ON CONFLICT (dedupe_key) DO NOTHING`,
      ).run(job.dedupeKey, job.kind, JSON.stringify(job.payload), job.dueAt).changes === 1
    );
  }

  listDue(now: Date, limit: number): Job[] {
    return (
      statement(this.db, `SELECT * FROM jobs WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, seq LIMIT ?`).all(
        now.toISOString(),
        limit,
      ) as Row[]
    ).map(toJob);
  }

  finish(seq: number, state: Exclude<JobState, 'pending'>, outcome: string, by: string, now: Date): boolean {
    return (
      statement(
        this.db,
        `UPDATE jobs SET state = ?, outcome = ?, finished_by = ?, finished_at = ?, attempts = attempts + 1
           WHERE seq = ? AND state = 'pending'`,
      ).run(state, outcome, by, now.toISOString(), seq).changes === 1
    );
  }

  dropPending(prefix: string, outcome: string, now: Date): number {
    return statement(
      this.db,
      `UPDATE jobs SET state = 'dropped', outcome = ?, finished_at = ?
         WHERE state = 'pending' AND substr(dedupe_key, 1, length(?)) = ?`,
    ).run(outcome, now.toISOString(), prefix, prefix).changes;
  }

  list(filter: { state?: JobState; prefix?: string } = {}): Job[] {
    return (
      statement(
        this.db,
        `SELECT * FROM jobs WHERE (@state IS NULL OR state = @state)
           AND (@prefix IS NULL OR substr(dedupe_key, 1, length(@prefix)) = @prefix) ORDER BY due_at, seq`,
      ).all({ state: filter.state ?? null, prefix: filter.prefix ?? null }) as Row[]
    ).map(toJob);
  }

  nextDueAt(): string | null {
    const row = statement(this.db, `SELECT min(due_at) AS t FROM jobs WHERE state = 'pending'`).get() as {
      t: string | null;
    };
    return row.t;
  }
}
