import Database from 'better-sqlite3';
import { migrate } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import { recommendationTyped } from '../../../src/store/migrations/006-recommendation-typed';
import { useTempDbDir } from '../../helpers/temp-db';

/** Migration 6 turns "who saved it" into the stored flag the agenda reads instead of comparing wording. */
describe('migration 6: recommendation-typed', () => {
  const tmp = useTempDbDir();

  it("marks the review's 'system' defaults as not typed and every other author's text as typed", () => {
    const db = tmp().track(new Database(tmp().file()));
    // The rows need no rounds or initiatives to show what the migration does to them.
    db.pragma('foreign_keys = OFF');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < recommendationTyped.version),
    );
    const insert = db.prepare(
      `INSERT INTO recommendations (round_id, initiative_id, text, author, updated_at)
       VALUES ('2026-Q4', ?, ?, ?, '2026-11-27T13:00:00.000Z')`,
    );
    insert.run('T-2025-01', 'Skate tar status i T-2025-01 til orientering.', 'system');
    insert.run('T-2026-03', 'AU anbefaler revidert plan.', 'ingrid.haugland@digdir.example.no');

    // Up to this migration: a later one (8) drops the words of the defaults, which are never shown.
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= recommendationTyped.version),
      ),
    ).toContain(recommendationTyped.version);

    const rows = db.prepare('SELECT initiative_id AS id, text, typed FROM recommendations ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'T-2025-01', text: 'Skate tar status i T-2025-01 til orientering.', typed: 0 },
      { id: 'T-2026-03', text: 'AU anbefaler revidert plan.', typed: 1 },
    ]);
    expect(() => db.prepare(`UPDATE recommendations SET typed = 2 WHERE initiative_id = 'T-2025-01'`).run()).toThrow(
      /CHECK constraint failed/,
    );
  });
});
