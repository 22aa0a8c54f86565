import type { AuRequest, Quarter, Vote } from '../domain/model';
import type { VoteRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

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

export class SqlVoteRepository implements VoteRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async record(v: Vote): Promise<void> {
    await this.sql.run(
      `INSERT INTO votes (round_id, initiative_id, voter, choice, comment, request, request_reason, recused,
           recommendation_version, at)
         VALUES (@roundId, @initiativeId, @voter, @choice, @comment, @request, @requestReason, @recused,
           @recommendationVersion, @at)`,
      { ...v, recused: v.recused ? 1 : 0 },
    );
    await this.audit.record('vote', 'vote', `${v.roundId}/${v.initiativeId}/${v.voter}`, null, v);
  }

  async close(roundId: Quarter, initiativeId: string, by: string, now: Date): Promise<void> {
    await this.sql.run(
      `INSERT INTO vote_closures (round_id, initiative_id, closed_by, closed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (round_id, initiative_id) DO NOTHING`,
      [roundId, initiativeId, by, now.toISOString()],
    );
    await this.audit.record('close-vote', 'vote', `${roundId}/${initiativeId}`, null, { closedBy: by });
  }

  async isClosed(roundId: Quarter, initiativeId: string): Promise<boolean> {
    return (
      (await this.sql.get(`SELECT 1 FROM vote_closures WHERE round_id = ? AND initiative_id IN (?, '*')`, [
        roundId,
        initiativeId,
      ])) !== undefined
    );
  }

  /** Every vote cast in the round, on every version, oldest first: the tally takes each voter's latest on a version. */
  async listForRound(roundId: Quarter): Promise<Vote[]> {
    const rows = (await this.sql.all('SELECT * FROM votes WHERE round_id = ? ORDER BY seq', [roundId])) as Row[];
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
