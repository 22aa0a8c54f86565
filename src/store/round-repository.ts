import type { Quarter, Round } from '../domain/model';
import type { RoundRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

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

export class SqlRoundRepository implements RoundRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(id: Quarter): Promise<Round | null> {
    const row = (await this.sql.get('SELECT * FROM rounds WHERE id = ?', [id])) as Row | undefined;
    return row ? toRound(row) : null;
  }

  async list(): Promise<Round[]> {
    return ((await this.sql.all('SELECT * FROM rounds ORDER BY id')) as Row[]).map(toRound);
  }

  async findBySkateMeeting(meetingId: string): Promise<Round | null> {
    const row = (await this.sql.get('SELECT * FROM rounds WHERE skate_meeting_id = ?', [meetingId])) as Row | undefined;
    return row ? toRound(row) : null;
  }

  async listActive(): Promise<Round[]> {
    return ((await this.sql.all(`SELECT * FROM rounds WHERE state IN ('open', 'in-review') ORDER BY id`)) as Row[]).map(
      toRound,
    );
  }

  async save(r: Round): Promise<'created' | 'updated' | 'unchanged'> {
    return await this.audit.save('round', r.id, await this.get(r.id), r, async () => {
      await this.sql.run(
        `INSERT INTO rounds (id, skate_meeting_id, au_meeting_id, deadline, lock_at, state, opened_at, closed_at)
           VALUES (@id, @skateMeetingId, @auMeetingId, @deadline, @lockAt, @state, @openedAt, @closedAt)
           ON CONFLICT (id) DO UPDATE SET skate_meeting_id = excluded.skate_meeting_id,
             au_meeting_id = excluded.au_meeting_id, deadline = excluded.deadline, lock_at = excluded.lock_at,
             state = excluded.state, opened_at = excluded.opened_at, closed_at = excluded.closed_at`,
        r,
      );
    });
  }
}
