import type { AuRequest, Quarter, Vote } from '../domain/model';
import type { VoteRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

interface Row {
  round_id: string;
  initiative_id: string;
  voter: string;
  choice: Vote['choice'];
  comment: string;
  request: AuRequest | null;
  request_reason: string;
  recused: number;
  recommendation_version: number;
  at: string;
}

export class SqliteVoteRepository implements VoteRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  record(v: Vote): void {
    statement(
      this.db,
      `INSERT INTO votes (round_id, initiative_id, voter, choice, comment, request, request_reason, recused,
           recommendation_version, at)
         VALUES (@roundId, @initiativeId, @voter, @choice, @comment, @request, @requestReason, @recused,
           @recommendationVersion, @at)`,
    ).run({ ...v, recused: v.recused ? 1 : 0 });
    this.audit.record('vote', 'vote', `${v.roundId}/${v.initiativeId}/${v.voter}`, null, v);
  }

  close(roundId: Quarter, initiativeId: string, by: string, now: Date): void {
    statement(
      this.db,
      `INSERT INTO vote_closures (round_id, initiative_id, closed_by, closed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (round_id, initiative_id) DO NOTHING`,
    ).run(roundId, initiativeId, by, now.toISOString());
    this.audit.record('close-vote', 'vote', `${roundId}/${initiativeId}`, null, { closedBy: by });
  }

  isClosed(roundId: Quarter, initiativeId: string): boolean {
    return (
      statement(this.db, `SELECT 1 FROM vote_closures WHERE round_id = ? AND initiative_id IN (?, '*')`).get(
        roundId,
        initiativeId,
      ) !== undefined
    );
  }

  /** Every vote cast in the round, on every version, oldest first: the tally takes each voter's latest on a version. */
  listForRound(roundId: Quarter): Vote[] {
    const rows = statement(this.db, 'SELECT * FROM votes WHERE round_id = ? ORDER BY seq').all(roundId) as Row[];
    return rows.map((r) => ({
      roundId: r.round_id,
      initiativeId: r.initiative_id,
      voter: r.voter,
      choice: r.choice,
      comment: r.comment,
      request: r.request,
      requestReason: r.request_reason,
      recused: r.recused === 1,
      recommendationVersion: r.recommendation_version,
      at: r.at,
    }));
  }
}
