import type { Meeting } from '../domain/model';
import type { MeetingRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Sql } from './sql';

export class SqlMeetingRepository implements MeetingRepository {
  constructor(
    private readonly sql: Sql,
    private readonly audit: Auditor,
  ) {}

  async get(id: string): Promise<Meeting | null> {
    return ((await this.sql.get('SELECT id, forum, date, place FROM meetings WHERE id = ?', [id])) as Meeting) ?? null;
  }

  async list(): Promise<Meeting[]> {
    return (await this.sql.all('SELECT id, forum, date, place FROM meetings ORDER BY date, forum, id')) as Meeting[];
  }

  async save(m: Meeting): Promise<'created' | 'updated' | 'unchanged'> {
    return await this.audit.save('meeting', m.id, await this.get(m.id), m, async () => {
      await this.sql.run(
        `INSERT INTO meetings (id, forum, date, place) VALUES (@id, @forum, @date, @place)
           ON CONFLICT (id) DO UPDATE SET forum = excluded.forum, date = excluded.date, place = excluded.place`,
        m,
      );
    });
  }
}
