import Database from 'better-sqlite3';
import { migrate, openDatabase } from '../../../src/store/db';
import { MIGRATIONS } from '../../../src/store/migrations';
import { identityLastSeen } from '../../../src/store/migrations/007-identity-last-seen';
import { SqliteUnitOfWork } from '../../../src/store/unit-of-work';
import { useTempDbDir } from '../../helpers/temp-db';

const T1 = new Date('2026-11-20T09:00:00.000Z');
const T2 = new Date('2026-11-21T09:00:00.000Z');

/** Migration 7 and the directory's record of which platform a person used last. */
describe('identity last seen', () => {
  const tmp = useTempDbDir();

  it('is seeded from the stored personal conversations: storing one meant the person was there', () => {
    const db = tmp().track(new Database(tmp().file()));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < identityLastSeen.version),
    );
    db.prepare(
      `INSERT INTO conversation_refs (platform, user_id, reference, updated_at) VALUES ('msteams', 'aad-1', '{}', ?)`,
    ).run(T1.toISOString());

    expect(migrate(db, MIGRATIONS)).toContain(identityLastSeen.version);
    expect(db.prepare('SELECT platform, user_id, last_seen_at FROM identity_last_seen').all()).toEqual([
      { platform: 'msteams', user_id: 'aad-1', last_seen_at: T1.toISOString() },
    ]);
  });

  it('moves forward on every sighting and on a stored conversation, never back', async () => {
    const db = openDatabase(':memory:');
    const uow = new SqliteUnitOfWork(db);
    try {
      const write = async (now: Date, work: Parameters<typeof uow.write>[1]) =>
        await uow.write({ actor: 'test', now }, work);
      const seen = async () =>
        await uow.read(async (r) => [
          await r.directory.lastSeen('msteams', 'aad-1'),
          await r.directory.lastSeen('slack', 'U1'),
        ]);

      expect(await seen()).toEqual([null, null]);
      await write(T1, async (r) => await r.directory.saveConversation('msteams', 'aad-1', '{"id":"chat"}', T1));
      await write(T2, async (r) => await r.directory.recordSeen('slack', 'U1', T2));
      expect(await seen()).toEqual([T1.toISOString(), T2.toISOString()]);

      // An activity processed late must not make the older platform look newer.
      await write(T2, async (r) => await r.directory.recordSeen('slack', 'U1', T1));
      await write(T2, async (r) => await r.directory.recordSeen('msteams', 'aad-1', T2));
      expect(await seen()).toEqual([T2.toISOString(), T2.toISOString()]);
    } finally {
      db.close();
    }
  });
});
