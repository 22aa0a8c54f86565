/**
 * What a refused request may leave behind: one entry per refusal in the audit log (action
 * `refused`, entity `operation`) and SQLite's autoincrement counter of that log; nothing else.
 */
import type { Harness, Snapshot } from '../integration/teams/harness';

/** The tables a refusal writes to. */
export const REFUSAL_TABLES = ['audit_log', 'sqlite_sequence'];

/** The highest audit sequence number in a snapshot. */
function lastSeq(snapshot: Snapshot): number {
  const rows = JSON.parse(snapshot.audit_log ?? '[]') as { seq: number }[];
  return rows.reduce((max, r) => Math.max(max, r.seq), 0);
}

/**
 * Asserts that since `before` only refusals were written, and returns them as
 * `operation actor code`, oldest first, for the test to compare.
 */
export async function refusalsSince(h: Harness, before: Snapshot): Promise<string[]> {
  const changed = h.changedSince(before);
  if (changed.some((t) => !REFUSAL_TABLES.includes(t))) {
    throw new Error(`a refused request changed ${changed.join(', ')}`);
  }
  const from = lastSeq(before);
  const added = (await h.read(async (repos) => await repos.audit.list())).filter((e) => e.seq > from);
  for (const e of added) {
    if (e.action !== 'refused' || e.entity !== 'operation') throw new Error(`not a refusal: ${JSON.stringify(e)}`);
  }
  return added.map((e) => `${e.entityId} ${e.actor} ${(e.after as { code: string }).code}`);
}
