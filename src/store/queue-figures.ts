import type { Sql } from './sql';

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
export async function queueFigures(sql: Sql, now: Date): Promise<QueueFigures> {
  const at = now.toISOString();
  const outbox = (await sql.get<{ depth: number; due: number }>(
    `SELECT count(*) AS depth, coalesce(sum(CASE WHEN not_before <= ? THEN 1 ELSE 0 END), 0) AS due
       FROM outbox WHERE state IN ('pending', 'sending')`,
    [at],
  )) ?? { depth: 0, due: 0 };
  const job = await sql.get<{ t: string | null }>(
    `SELECT min(due_at) AS t FROM jobs WHERE state = 'pending' AND due_at <= ?`,
    [at],
  );
  const t = job?.t ?? null;
  const lag = t === null ? 0 : Math.max(0, (now.getTime() - Date.parse(t)) / 1000);
  return { outboxDepth: Number(outbox.depth), outboxDue: Number(outbox.due), jobLagSeconds: lag };
}
