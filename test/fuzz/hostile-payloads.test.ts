/**
 * Property-based fuzzing of every inbound action with fast-check: hostile card data and answers
 * (decoded by the real Teams decoder) into `handleCardAction`, hostile chat text into
 * `parseCommand`/`runChatCommand`, as every kind of requester, each on a fresh copy of one world;
 * then a few hundred through the real HTTP server. For every case: nothing throws (no 500), the
 * answer is localised (no raw error code, no `undefined`), and when the input was refused the
 * database is unchanged (row counts, SQLite's change counter and a sha256 of every table; a refusal
 * adds its audit entry and nothing else). What was accepted is stored without forbidden characters.
 */
import fc from 'fast-check';
import { handleCardAction } from '../../src/app/actions/handle-action';
import { parseCommand } from '../../src/app/commands/parse-command';
import { runChatCommand } from '../../src/app/commands/run-command';
import { decodeInvoke } from '../../src/channels/teams/cards/decode-invoke';
import { hasForbiddenCharacters } from '../../src/domain/text';
import { hostileAnswers, hostileCommand, hostileData, hostileVerb } from '../helpers/hostile';
import {
  matrixWorld,
  NULL_MESSENGER,
  ROUND,
  STUB_RENDERERS,
  SUBJECTS,
  type Subject,
  THIS,
  type WorldCopy,
} from '../helpers/matrix-world';
import { cardInvoke, personalMessage } from '../helpers/teams-activities';
import { type Harness, startHarness, USERS } from '../integration/teams/harness';

jest.setTimeout(120_000);

/** In-process cases: card actions and chat commands. */
const ACTION_RUNS = 6000;
const COMMAND_RUNS = 4200;
/** Cases through the real HTTP server. */
const HTTP_RUNS = 300;
const SEED = 20261122;

const counts = { run: 0, refused: 0, read: 0, accepted: 0, http: 0 };
let world: Awaited<ReturnType<typeof matrixWorld>>;
let baseline: { checksum: string; counts: string; changes: number };

beforeAll(async () => {
  world = await matrixWorld();
  const w = world.fresh();
  baseline = { checksum: w.checksum(), counts: rowCounts(w), changes: totalChanges(w) };
  w.close();
});
afterAll(() => {
  process.stdout.write(
    `fuzz: ${counts.run} cases run (${counts.http} over HTTP): ${counts.refused} refused (database unchanged), ${counts.read} read only, ${counts.accepted} accepted writes\n`,
  );
});

const SUBJECT = fc.constantFrom(...(Object.keys(SUBJECTS) as Subject[]));
/** Requesters who get past the door for most actions, so the hostile answers reach validation and storage. */
const INSIDER = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Subject>('owner-of-this') },
  { weight: 2, arbitrary: fc.constant<Subject>('au-member') },
  { weight: 1, arbitrary: fc.constant<Subject>('secretariat') },
  { weight: 3, arbitrary: SUBJECT },
);
/** The button's data: hostile, or right (so that only the answers are hostile). */
const BUTTON = fc.oneof(
  hostileData,
  fc.constant({ roundId: ROUND, initiativeId: THIS, baseVersion: '0', revision: '0' }),
);
/** The answers, half of them with a forecast cost a draft needs, so that hostile text can be stored. */
const ANSWERS = fc
  .tuple(hostileAnswers, fc.boolean())
  .map(([answers, withCost]) => (withCost ? { forecastCostNok: '1000', ...answers } : answers));
/** An error code that reached a person untranslated, or a value that was never a text. */
const LEAK =
  /\b(REPORT|ROUND|VOTE|AUTH|INITIATIVE|PERSON|INPUT|CASE|AGENDA|POINT|FINAL|DECISION|REQUEST)\.[A-Z_]{3,}\b|undefined|\[object Object\]/;

function rowCounts(w: WorldCopy): string {
  const tables = w.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'sqlite_sequence') ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return tables.map((t) => `${t}:${w.db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()}`).join(',');
}
const totalChanges = (w: WorldCopy) => w.db.prepare('SELECT total_changes()').pluck().get() as number;

/** Every string of an answer. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

/** Every text stored anywhere but the audit log (which keeps what was refused, as data). */
function storedTextIsClean(w: WorldCopy): boolean {
  const tables = w.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log'")
    .pluck()
    .all() as string[];
  return tables.every((t) =>
    (w.db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).every((row) =>
      row.every((v) => typeof v !== 'string' || !hasForbiddenCharacters(v)),
    ),
  );
}

/**
 * Runs one case on a fresh world and checks the properties; returns false on a violation (fast-check
 * reports it). `run` says whether the use cases refused the input (`refused` on a card action's
 * answer, `failed` on a command's).
 */
async function check(run: (w: WorldCopy) => Promise<{ answer: unknown; refused: boolean }>): Promise<boolean> {
  const w = world.fresh();
  try {
    const audit = w.lastAuditSeq();
    const { answer, refused } = await run(w);
    counts.run += 1;
    const texts = textsOf(answer);
    if (texts.join('').trim() === '' || texts.some((t) => LEAK.test(t))) return false;
    // Nothing but the refusal's own audit entry may have been written (SQLite counts every row changed).
    const unchanged = totalChanges(w) - baseline.changes === w.refusalsAfter(audit).length;
    if (refused) {
      counts.refused += 1;
      return unchanged && rowCounts(w) === baseline.counts && w.checksum() === baseline.checksum;
    }
    if (unchanged) {
      counts.read += 1;
      return true;
    }
    counts.accepted += 1;
    return storedTextIsClean(w);
  } finally {
    w.close();
  }
}

const context = async (w: WorldCopy, subject: Subject) => ({
  app: w.app,
  person: await w.person(subject),
  now: world.now,
  defaultLocale: 'nb' as const,
  platformUser: 'msteams:29:fuzz',
});

it(`survives ${ACTION_RUNS} hostile card actions`, async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(hostileVerb, BUTTON, ANSWERS, INSIDER, (verb, data, answers, subject) =>
      check(async (w) => {
        n += 1;
        const decoded = decodeInvoke(verb, { ...data, ...answers });
        const idempotencyKey = { platform: 'msteams' as const, id: `fuzz-${n}` };
        const { view, refused } = await handleCardAction(
          { verb, ...decoded, idempotencyKey },
          await context(w, subject),
        );
        return { answer: view, refused: refused === true };
      }),
    ),
    { numRuns: ACTION_RUNS, seed: SEED, endOnFailure: true },
  );
});

it(`survives ${COMMAND_RUNS} hostile chat commands`, async () => {
  await fc.assert(
    fc.asyncProperty(hostileCommand, SUBJECT, (text, subject) =>
      check(async (w) => {
        const { person, ...rest } = await context(w, subject);
        const outcome = await runChatCommand(parseCommand(text), {
          ...rest,
          person,
          messenger: NULL_MESSENGER,
          renderers: STUB_RENDERERS,
          origin: { platform: 'msteams', reference: '{"conversation":{"id":"19:fuzz"}}' },
        });
        return { answer: outcome.replies, refused: outcome.failed === true };
      }),
    ),
    { numRuns: COMMAND_RUNS, seed: SEED + 1, endOnFailure: true },
  );
});

describe('through the real HTTP server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it(`answers ${HTTP_RUNS} hostile activities without a 500, refusing without writing`, async () => {
    const users = [USERS.kristin, USERS.per, USERS.ingrid, USERS.outsider, USERS.stranger];
    const user = fc.constantFrom(...users);
    const activity = fc.oneof(
      fc
        .tuple(hostileVerb, hostileData, hostileAnswers, user)
        .map(([verb, data, answers, u]) =>
          cardInvoke({ serviceUrl: h.connector.serviceUrl, user: u, verb, data: { ...data, ...answers } }),
        ),
      fc
        .tuple(hostileCommand, user)
        .map(([text, u]) => personalMessage({ serviceUrl: h.connector.serviceUrl, user: u, text })),
    );
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        const before = h.snapshot();
        const answer = await h.post(JSON.stringify(a));
        counts.run += 1;
        counts.http += 1;
        if (![200, 400, 413].includes(answer.status)) return false;
        if (LEAK.test(answer.text)) return false;
        const changed = h.changedSince(before).filter((t) => t !== 'audit_log' && t !== 'sqlite_sequence');
        if (changed.length === 0) counts.refused += 1;
        else counts.accepted += 1;
        return true;
      }),
      { numRuns: HTTP_RUNS, seed: SEED + 2, endOnFailure: true },
    );
  });
});
