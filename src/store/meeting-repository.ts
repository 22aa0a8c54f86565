import type { Meeting } from '../domain/model';
import type { MeetingRepository } from '../domain/ports';
import type { Auditor } from './audit-repository';
import type { Db } from './db';
import { statement } from './statement-cache';

export class SqliteMeetingRepository implements MeetingRepository {
  constructor(
    private readonly db: Db,
    private readonly audit: Auditor,
  ) {}

  get(id: string): Meeting | null {
    return (statement(this.db, 'SELECT id, forum, date, place FROM meetings WHERE id = ?').get(id) as Meeting) ?? null;
  }

  list(): Meeting[] {
    return statement(this.db, 'SELECT id, forum, date, place FROM meetings ORDER BY date, forum').all() as Meeting[];
  }

  save(m: Meeting): 'created' | 'updated' | 'unchanged' {
    return this.audit.save('meeting', m.id, this.get(m.id), m, () => {
      statement(
        this.db,
        `INSERT INTO meetings (id, forum, date, place) VALUES (@id, @forum, @date, @place)
           ON CONFLICT (id) DO UPDATE SET forum = excluded.forum, date = excluded.date, place = excluded.place`,
      ).run(m);
    });
  }
}
