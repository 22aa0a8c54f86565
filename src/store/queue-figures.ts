import type { Db } from './db';
import { statement } from './statement-cache';

/** What `/metrics` reports of the engine's queues at one instant. */
export interface QueueFigures {
  /** Messages waiting to be sent (pending or being sent), due or not. */
  outboxDepth: number;
  /** Messages already due and not yet sent. */
  outboxDue: number;
  /** How long the oldest due job has waited past its time, in seconds (0 when none is late). */
  jobLagSeconds: number;
}

/**
 * The outbox depth and the job lag, read in one statement each on the indexes the engine uses
 * (`outbox_due`, `jobs_due`): cheap enough for every scrape.
 */
export function queueFigures(db: Db, now: Date): QueueFigures {
  const at = now.toISOString();
  const outbox = statement(
    db,
    `SELECT count(*) AS depth, coalesce(sum(not_before <= ?), 0) AS due FROM outbox WHERE state IN ('pending', 'sending')`,
  ).get(at) as { depth: number; due: number };
  const job = statement(db, `SELECT min(due_at) AS t FROM jobs WHERE state = 'pending' AND due_at <= ?`).get(at) as {
    t: string | null;
  };
  const lag = job.t === null ? 0 : Math.max(0, (now.getTime() - Date.parse(job.t)) / 1000);
  return { outboxDepth: outbox.depth, outboxDue: outbox.due, jobLagSeconds: lag };
}
