/**
 * A world for running every inbound operation as every kind of requester: the demo registry with
 * round 2026-Q4 in review (AU and Skate channels bound, the paper compiled), one initiative («this»)
 * with a delegate in their period and one out of it, and a fresh copy of the whole database per
 * run (`fresh()`), so each cell of the authorisation matrix starts from the same state.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { AgendaRenderers } from '../../src/app/agenda/compile-agenda';
import { compileAgenda } from '../../src/app/agenda/compile-agenda';
import type { AppContext } from '../../src/app/app-context';
import type { Messenger } from '../../src/app/ports';
import { moveRound } from '../../src/app/rounds/move-round';
import { openRound } from '../../src/app/rounds/open-round';
import type { Person } from '../../src/domain/model';
import type { Db } from '../../src/store/db';
import { SqliteUnitOfWork } from '../../src/store/unit-of-work';
import { DEMO_NOW, OPERATOR, testApp, testSettings } from './test-app';

export const ROUND = '2026-Q4';
/** «This» initiative: Brønnøysundregistrene's, reported by Kristin Hovland. */
export const THIS = 'T-2024-01';

/** The requesters of the matrix's columns, by registry email (null: not in the registry). */
export const SUBJECTS = {
  secretariat: 'ingrid.haugland@example.no',
  'au-member': 'per.lunde@example.no',
  /** Works for the agency that owns «this» initiative: asked to declare themselves disqualified. */
  'au-member-recused': 'tone.bakke@example.no',
  'skate-member': 'randi.fjellheim@example.no',
  'owner-of-this': 'kristin.hovland@example.no',
  'delegate-in-period': 'delegat.inne@example.no',
  'delegate-out-of-period': 'delegat.ute@example.no',
  'owner-of-another': 'sindre.aune@example.no',
  'unknown-user': null,
} as const;
export type Subject = keyof typeof SUBJECTS;

/** Renderers that render nothing: the matrix is about who may compile, not what the paper looks like. */
export const STUB_RENDERERS: AgendaRenderers = {
  // Small but not empty: an empty document means «this format failed» and its link answers 404.
  markdown: () => '# Sak',
  html: () => '<h1>Sak</h1>',
  docx: async () => Buffer.from('docx'),
  heatmapPng: async () => Buffer.from('png'),
};

/** A transport that reaches everyone and sends nothing (commands only check reachability). */
export const NULL_MESSENGER: Messenger = {
  platform: 'local',
  limits: { global: [], perConversation: [] },
  cost: () => 1,
  deliver: async () => ({ platform: 'local', conversationId: 'null', messageId: 'null', extra: {} }),
  classify: () => ({ kind: 'permanent', reason: 'null transport' }),
  reachability: async () => ({ reachable: true }),
};

/** The tables a refusal may write to (its audit entry); every other table must be unchanged. */
const AUDIT_TABLES = new Set(['audit_log', 'sqlite_sequence']);

/** One copy of the world: its use-case context, its people, and a checksum of everything but the audit log. */
export interface WorldCopy {
  app: AppContext;
  db: Db;
  person(subject: Subject): Promise<Person | null>;
  /** sha256 over every row of every table except the audit log: equal before and after means nothing written. */
  checksum(): string;
  /** The audit log's refusals after sequence number `after`: `operation code`. */
  refusalsAfter(after: number): string[];
  lastAuditSeq(): number;
  close(): void;
}

/** Builds the world once; `fresh()` gives a copy of it per run. */
export async function matrixWorld(): Promise<{ fresh(): WorldCopy; now: Date }> {
  const t = await testApp();
  const now = DEMO_NOW;
  await t.app.uow.write({ actor: 'test', now }, async (repos) => {
    const base = await repos.people.get(SUBJECTS['owner-of-this']);
    if (!base) throw new Error('the demo has no owner of T-2024-01');
    for (const email of [SUBJECTS['delegate-in-period'], SUBJECTS['delegate-out-of-period']]) {
      await repos.people.save({ ...base, email, name: email.split('@')[0] ?? email, roles: ['owner'], identities: [] });
    }
    const initiative = await repos.initiatives.get(THIS);
    if (!initiative) throw new Error(`no ${THIS} in the demo`);
    const from = SUBJECTS['owner-of-this'];
    await repos.initiatives.save({
      ...initiative,
      delegations: [
        { from, to: SUBJECTS['delegate-in-period'], fromDate: '2026-11-01', toDate: '2026-12-31' },
        { from, to: SUBJECTS['delegate-out-of-period'], fromDate: '2026-01-01', toDate: '2026-01-31' },
      ],
    });
  });
  await t.bindChannels(['au', 'skate']);
  await openRound(t.app, { quarter: ROUND }, OPERATOR, now);
  await moveRound(t.app, ROUND, 'in-review', OPERATOR, now);
  await compileAgenda(t.app, STUB_RENDERERS, { roundId: ROUND }, OPERATOR, now);
  const image = t.db.serialize();
  await t.close();
  return { now, fresh: () => copyOf(image) };
}

function copyOf(image: Buffer): WorldCopy {
  const db = new Database(image);
  db.pragma('foreign_keys = ON');
  const app: AppContext = { uow: new SqliteUnitOfWork(db), settings: testSettings() };
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  return {
    app,
    db,
    person: async (subject) => {
      const email = SUBJECTS[subject];
      return email === null ? null : await app.uow.read(async (repos) => await repos.people.get(email));
    },
    checksum: () => {
      const hash = createHash('sha256');
      for (const table of tables.filter((name) => !AUDIT_TABLES.has(name))) {
        hash.update(table).update(JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()));
      }
      return hash.digest('hex');
    },
    lastAuditSeq: () => (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM audit_log').get() as { n: number }).n,
    refusalsAfter: (after) =>
      (
        db
          .prepare(`SELECT entity_id, after FROM audit_log WHERE seq > ? AND action = 'refused' ORDER BY seq`)
          .all(after) as { entity_id: string; after: string }[]
      ).map((r) => `${r.entity_id} ${(JSON.parse(r.after) as { code: string }).code}`),
    close: () => db.close(),
  };
}
