/**
 * The authorisation matrix, cell by cell: every row of the table in the domain (each chat command,
 * each card button, the agenda's documents) × every kind of requester, run against the real use
 * cases through their common entry points (`runChatCommand`, `handleCardAction`) on a fresh copy
 * of one world. What each cell expects is read from the table itself: an allowed request is not
 * refused; a refused one gets the localised refusal, writes nothing, and leaves exactly one
 * refusal in the audit log.
 */

import { handleCardAction } from '../../../src/app/actions/handle-action';
import { signAgendaLink } from '../../../src/app/agenda/signed-links';
import { runChatCommand } from '../../../src/app/commands/run-command';
import {
  admits,
  allOperations,
  audienceOf,
  INITIATIVE_AUDIENCES,
  type Operation,
  operationName,
  refusalOf,
} from '../../../src/domain/authorisation-matrix';
import { todayInOslo } from '../../../src/domain/calendar';
import { ERROR_CODES } from '../../../src/domain/errors';
import type { Person } from '../../../src/domain/model';
import { agendaRoute } from '../../../src/http/agenda-route';
import { createHttpServer, listen } from '../../../src/http/server';
import { describeError, messagesFor } from '../../../src/i18n';
import { ACTION_IDS } from '../../../src/views/message-view';
import { ACTION_REQUESTS, COMMAND_REQUESTS } from '../../helpers/matrix-requests';
import {
  matrixWorld,
  NULL_MESSENGER,
  ROUND,
  STUB_RENDERERS,
  SUBJECTS,
  type Subject,
  THIS,
  type WorldCopy,
} from '../../helpers/matrix-world';
import { testSettings } from '../../helpers/test-app';

jest.setTimeout(60_000);

let world: Awaited<ReturnType<typeof matrixWorld>>;
beforeAll(async () => {
  world = await matrixWorld();
});

/** Every string a reply holds, wherever the view keeps it. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

/** Runs one request as the subject; returns every text of the answer. */
async function request(w: WorldCopy, operation: Operation, person: Person | null): Promise<string[]> {
  const now = world.now;
  const platformUser = 'msteams:29:matrix-stranger';
  if (operation.kind === 'command') {
    const outcome = await runChatCommand(COMMAND_REQUESTS[operation.name], {
      app: w.app,
      person,
      platformUser,
      defaultLocale: 'nb',
      now,
      messenger: NULL_MESSENGER,
      renderers: STUB_RENDERERS,
      origin: { platform: 'msteams', reference: '{"conversation":{"id":"19:matrix"}}' },
    });
    return textsOf(outcome.replies);
  }
  if (operation.kind === 'action') {
    const { data, values } = ACTION_REQUESTS[operation.name];
    const idempotencyKey = { platform: 'msteams' as const, id: `matrix-${operation.name}` };
    const ctx = { app: w.app, person, now, defaultLocale: 'nb' as const, platformUser };
    return textsOf((await handleCardAction({ verb: operation.name, data, values, idempotencyKey }, ctx)).view);
  }
  throw new Error('documents are run over HTTP below');
}

const SUBJECT_NAMES = Object.keys(SUBJECTS) as Subject[];
const PERSON_ROWS = allOperations().filter((o) => o.kind !== 'document');
const cells = PERSON_ROWS.flatMap((operation) => SUBJECT_NAMES.map((subject) => ({ operation, subject })));
/** Every localised refusal, in every language: none of them may appear in an allowed answer. */
const REFUSAL_TEXTS = (['nb', 'nn', 'en'] as const).flatMap((l) =>
  ERROR_CODES.filter((c) => c.startsWith('AUTH.')).map((code) => describeError({ code }, l).slice(0, 30)),
);

const counts = { allowed: 0, refused: 0 };
afterAll(() => {
  process.stdout.write(
    `authorisation matrix: ${cells.length + SUBJECT_NAMES.length} cells (${PERSON_ROWS.length + 1} rows × ${SUBJECT_NAMES.length} requesters), ${counts.allowed} allowed, ${counts.refused} refused\n`,
  );
});

it('has a row for every command of the command table and every card button, and no other', () => {
  const rows = allOperations().map(operationName).sort();
  const expected = [
    ...Object.keys(COMMAND_REQUESTS).map((n) => `command:${n}`),
    ...ACTION_IDS.map((n) => `action:${n}`),
    'document:agenda',
  ].sort();
  expect(rows).toEqual(expected);
});

it.each(cells.map((c) => [`${operationName(c.operation)} × ${c.subject}`, c] as const))('%s', async (_, cell) => {
  const w = world.fresh();
  try {
    const person = await w.person(cell.subject);
    const audience = audienceOf(cell.operation);
    const initiative = INITIATIVE_AUDIENCES.includes(audience)
      ? await w.app.uow.read(async (repos) => await repos.initiatives.get(THIS))
      : null;
    const facts = { initiative, today: todayInOslo(world.now) };
    const allowed = person !== null && admits(audience, person, facts);
    const before = { sum: w.checksum(), seq: w.lastAuditSeq() };
    const texts = await request(w, cell.operation, person);
    const refusals = w.refusalsAfter(before.seq);
    if (allowed) {
      counts.allowed += 1;
      expect(refusals).toEqual([]);
      expect(texts.filter((t) => REFUSAL_TEXTS.some((r) => t.startsWith(r)))).toEqual([]);
      return;
    }
    counts.refused += 1;
    const error = person ? refusalOf(audience, facts) : { code: 'AUTH.UNKNOWN_PERSON' as const };
    expect(refusals).toEqual([`${operationName(cell.operation)} ${error.code}`]);
    expect(w.checksum()).toBe(before.sum);
    const said = person ? describeError(error, person.locale) : messagesFor('nb').commands.unknownUser;
    expect(texts).toContain(said);
  } finally {
    w.close();
  }
});

describe('document:agenda (the compiled paper behind a signed link)', () => {
  it.each(SUBJECT_NAMES)('× %s: the signed link opens it, an unsigned or altered one does not', async () => {
    const w = world.fresh();
    const { secret, baseUrl } = testSettings().agenda.links;
    const server = createHttpServer([agendaRoute(w.app.uow, secret, () => world.now)], () => undefined);
    try {
      const port = await listen(server, '127.0.0.1', 0);
      const signed = signAgendaLink(baseUrl, secret, ROUND, 0, 'md', new Date(world.now.getTime() + 86_400_000));
      const url = new URL(signed);
      const at = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.status);
      // Who holds the link cannot be known to a browser request: the signature is the authority.
      expect(audienceOf({ kind: 'document', name: 'agenda' })).toBe('link-holders');
      expect(await at(`${url.pathname}${url.search}`)).toBe(200);
      expect(await at(url.pathname)).toBe(403);
      expect(await at(`${url.pathname}${url.search.replace(/sig=./, 'sig=x')}`)).toBe(403);
      counts.allowed += 1;
    } finally {
      await new Promise((resolve) => server.close(resolve));
      w.close();
    }
  });
});
