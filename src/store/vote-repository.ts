import type { Quarter, Vote } from '../domain/model';
import type { VoteRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';

interface Row {
  round_id: string;
  initiative_id: string;
  voter: string;
  choice: Vote['choice'];
  comment: string;
  recused: number;
  at: string;
}

export class SqliteVoteRepository implements VoteRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  record(v: Vote): void {
    this.db
      .prepare(
        `INSERT INTO votes (round_id, initiative_id, voter, choice, comment, recused, at)
         VALUES (@roundId, @initiativeId, @voter, @choice, @comment, @recused, @at)`,
      )
      .run({ ...v, recused: v.recused ? 1 : 0 });
    this.audit.record('vote', 'vote', `${v.roundId}/${v.initiativeId}/${v.voter}`, null, v);
  }

  /** Every vote cast in the round, oldest first: the tally takes each voter's latest. */
  listForRound(roundId: Quarter): Vote[] {
    const rows = this.db.prepare('SELECT * FROM votes WHERE round_id = ? ORDER BY seq').all(roundId) as Row[];
    return rows.map((r) => ({
      roundId: r.round_id,
      initiativeId: r.initiative_id,
      voter: r.voter,
      choice: r.choice,
      comment: r.comment,
      recused: r.recused === 1,
      at: r.at,
    }));
  }
}
