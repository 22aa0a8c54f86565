import Database from 'better-sqlite3';
import { migrate } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import { auOutcomeAndFinalTreatment } from '../../../src/store/migrations/008-au-outcome-and-final-treatment';
import { useTempDbDir } from '../../helpers/temp-db';

/** Migration 8 keeps a member's position apart from their request, and drops the stored words of defaults. */
describe('migration 8: au-outcome-and-final-treatment', () => {
  const tmp = useTempDbDir();

  it('turns an oral-briefing or separate-item vote into agree with that request, keeping its words', () => {
    const db = tmp().track(new Database(tmp().file()));
    db.pragma('foreign_keys = OFF');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < auOutcomeAndFinalTreatment.version),
    );
    const vote = db.prepare(
      `INSERT INTO votes (round_id, initiative_id, voter, choice, comment, recused, at)
       VALUES ('2026-Q4', 'T-2025-01', ?, ?, ?, 0, '2026-11-27T09:00:00.000Z')`,
    );
    vote.run('a@x.no', 'agree', '');
    vote.run('b@x.no', 'disagree', 'For mildt.');
    vote.run('c@x.no', 'oral-briefing', 'Planen.');
    vote.run('d@x.no', 'separate-item', 'Særskilt.');
    const recommendation = db.prepare(
      `INSERT INTO recommendations (round_id, initiative_id, text, author, updated_at, typed)
       VALUES ('2026-Q4', ?, ?, ?, '2026-11-27T13:00:00.000Z', ?)`,
    );
    recommendation.run('T-2025-01', 'Skate tar status i T-2025-01 til orientering.', 'system', 0);
    recommendation.run('T-2026-03', 'Skate ber om revidert plan.', 'ingrid@x.no', 1);

    expect(migrate(db, MIGRATIONS)).toContain(auOutcomeAndFinalTreatment.version);

    const votes = db
      .prepare(
        'SELECT voter, choice, comment, request, request_reason AS reason, recommendation_version AS v FROM votes ORDER BY seq',
      )
      .all();
    expect(votes).toEqual([
      { voter: 'a@x.no', choice: 'agree', comment: '', request: null, reason: '', v: 1 },
      { voter: 'b@x.no', choice: 'disagree', comment: 'For mildt.', request: null, reason: '', v: 1 },
      { voter: 'c@x.no', choice: 'agree', comment: '', request: 'oral-briefing', reason: 'Planen.', v: 1 },
      { voter: 'd@x.no', choice: 'agree', comment: '', request: 'separate-item', reason: 'Særskilt.', v: 1 },
    ]);
    const recommendations = db
      .prepare('SELECT initiative_id AS id, text, draft, version FROM recommendations ORDER BY id')
      .all();
    expect(recommendations).toEqual([
      { id: 'T-2025-01', text: '', draft: null, version: 1 },
      { id: 'T-2026-03', text: 'Skate ber om revidert plan.', draft: null, version: 1 },
    ]);
    expect(() => db.prepare(`UPDATE votes SET choice = 'oral-briefing' WHERE voter = 'a@x.no'`).run()).toThrow(
      /CHECK constraint failed/,
    );
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'votes_round'`).get()).toEqual({
      name: 'votes_round',
    });
  });
});
