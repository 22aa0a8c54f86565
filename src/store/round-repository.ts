import type { Quarter, Round } from '../domain/model';
import type { RoundRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

interface Row {
  id: string;
  skate_meeting_id: string;
  au_meeting_id: string | null;
  deadline: string;
  lock_at: string;
  state: Round['state'];
  opened_at: string | null;
  closed_at: string | null;
}

const toRound = (r: Row): Round => ({
  id: r.id,
  skateMeetingId: r.skate_meeting_id,
  auMeetingId: r.au_meeting_id,
  deadline: r.deadline,
  lockAt: r.lock_at,
  state: r.state,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
});

export class SqliteRoundRepository implements RoundRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(id: Quarter): Round | null {
    const row = statement(this.db, 'SELECT * FROM rounds WHERE id = ?').get(id) as Row | undefined;
    return row ? toRound(row) : null;
  }

  list(): Round[] {
    return (statement(this.db, 'SELECT * FROM rounds ORDER BY id').all() as Row[]).map(toRound);
  }

  findBySkateMeeting(meetingId: string): Round | null {
    const row = statement(this.db, 'SELECT * FROM rounds WHERE skate_meeting_id = ?').get(meetingId) as Row | undefined;
    return row ? toRound(row) : null;
  }

  listActive(): Round[] {
    return (
      statement(this.db, `SELECT * FROM rounds WHERE state IN ('open', 'in-review') ORDER BY id`).all() as Row[]
    ).map(toRound);
  }

  save(r: Round): 'created' | 'updated' | 'unchanged' {
    return this.audit.save('round', r.id, this.get(r.id), r, () => {
      statement(
        this.db,
        `INSERT INTO rounds (id, skate_meeting_id, au_meeting_id, deadline, lock_at, state, opened_at, closed_at)
           VALUES (@id, @skateMeetingId, @auMeetingId, @deadline, @lockAt, @state, @openedAt, @closedAt)
           ON CONFLICT (id) DO UPDATE SET skate_meeting_id = excluded.skate_meeting_id,
             au_meeting_id = excluded.au_meeting_id, deadline = excluded.deadline, lock_at = excluded.lock_at,
             state = excluded.state, opened_at = excluded.opened_at, closed_at = excluded.closed_at`,
      ).run(r);
    });
  }
}
