/**
 * `GET /agenda/<round>/r<revision>.<format>`: the compiled documents behind
 * signed, expiring links, served by the agenda route on a loopback server with
 * a clock the test moves.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { agendaLinks, compileAgenda } from '../../../src/app/agenda/compile-agenda';
import { signAgendaLink } from '../../../src/app/agenda/signed-links';
import type { CompiledAgenda } from '../../../src/domain/ports';
import { agendaRoute } from '../../../src/http/agenda-route';
import { createHttpServer, listen } from '../../../src/http/server';
import { agendaRenderers } from '../../../src/render';
import type { AgendaLinks } from '../../../src/views/agenda-views';
import { OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

jest.setTimeout(30_000);

const ROUND = '2026-Q3';
const COMPILED_AT = new Date('2026-11-22T10:00:00.000Z');
const DAY = 86_400_000;

let t: TestApp;
let server: Server;
let base: string;
let agenda: CompiledAgenda;
let links: AgendaLinks;
let clock = COMPILED_AT;

beforeAll(async () => {
  t = await testApp();
  // The demo's closed 2026-Q3 round compiles as it stands.
  agenda = (await compileAgenda(t.app, agendaRenderers, { roundId: ROUND }, OPERATOR, COMPILED_AT)).agenda;
  links = agendaLinks(t.app, ROUND, agenda.revision, COMPILED_AT);
  server = createHttpServer([agendaRoute(t.app.uow, t.app.settings.agenda.links.secret, () => clock)], (error) => {
    throw error;
  });
  base = `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});
beforeEach(() => {
  clock = new Date(COMPILED_AT.getTime() + DAY);
});

/** Fetches a link (signed for the configured base URL) from the test server instead. */
async function get(link: string, method = 'GET'): Promise<Response> {
  const url = new URL(link, base);
  return fetch(`${base}${url.pathname}${url.search}`, { method, signal: AbortSignal.timeout(10_000) });
}

/** «sak-NN-YYYY», from the case number the compiled paper got (the demo's series decides it). */
const fileName = () => `sak-${agenda.caseNumber.replace('/', '-')}`;

/** The same string with its last character changed. */
const flipLast = (s: string): string => `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`;

describe('a signed link', () => {
  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
    ['md', 'text/markdown; charset=utf-8', 'attachment'],
    ['html', 'text/html; charset=utf-8', 'inline'],
    ['png', 'image/png', 'inline'],
  ] as const)('serves the %s with its content type', async (format, type, disposition) => {
    const response = await get(links[format]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(`${disposition}; filename="${fileName()}.${format}"`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = Buffer.from(await response.arrayBuffer());
    const expected = { docx: agenda.docx, md: Buffer.from(agenda.markdown), html: Buffer.from(agenda.html) };
    expect(body.equals(format === 'png' ? agenda.heatmapPng : expected[format])).toBe(true);
  });

  it('works until it expires, then answers 410', async () => {
    const ttl = t.app.settings.agenda.links.ttlDays * DAY;
    clock = new Date(COMPILED_AT.getTime() + ttl - 1_000);
    expect((await get(links.md)).status).toBe(200);
    clock = new Date(COMPILED_AT.getTime() + ttl + 1_000);
    const response = await get(links.md);
    expect(response.status).toBe(410);
    expect(await response.text()).not.toContain(agenda.caseNumber);
  });
});

describe('a link that is not right', () => {
  const tamper = (link: string, edit: (url: URL) => void): string => {
    const url = new URL(link);
    edit(url);
    return url.toString();
  };

  it.each([
    ['a changed signature', (u: URL) => u.searchParams.set('sig', flipLast(u.searchParams.get('sig') ?? ''))],
    ['a signature of another format', (u: URL) => (u.pathname = u.pathname.replace('.md', '.docx'))],
    ['a later expiry', (u: URL) => u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 86_400))],
    ['no signature', (u: URL) => u.searchParams.delete('sig')],
    ['no expiry', (u: URL) => u.searchParams.delete('exp')],
  ])('is refused with 403: %s', async (_, edit) => {
    const response = await get(tamper(links.md, edit));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Forbidden');
  });

  it('is refused with 403 for a format that is not served, even when signed', async () => {
    const { baseUrl, secret } = t.app.settings.agenda.links;
    const link = signAgendaLink(baseUrl, secret, ROUND, 0, 'md', new Date(clock.getTime() + DAY)).replace(
      '/r0.md?',
      '/r0.pdf?',
    );
    expect((await get(link)).status).toBe(403);
  });

  it('answers 404 for a revision that was never compiled, and for a round without an agenda', async () => {
    const { baseUrl, secret } = t.app.settings.agenda.links;
    const expires = new Date(clock.getTime() + DAY);
    const unknown = await get(signAgendaLink(baseUrl, secret, ROUND, 7, 'docx', expires));
    expect(unknown.status).toBe(404);
    expect((await get(signAgendaLink(baseUrl, secret, '2026-Q4', 0, 'md', expires))).status).toBe(404);
  });
});

describe('requests the route does not handle', () => {
  const call = async (url: string, method = 'GET') => {
    const route = agendaRoute(t.app.uow, t.app.settings.agenda.links.secret, () => clock);
    const res = { writeHead: jest.fn(), end: jest.fn() };
    const handled = await route({ url, method } as unknown as IncomingMessage, res as unknown as ServerResponse);
    return { handled, res };
  };

  it.each([
    ['/healthz'],
    ['/api/messages'],
    ['/agendas/2026-Q3/r0.md'],
    ['/files/agenda/2026-Q3/r0.md'],
    ['/agenda/2026-Q3/r0.md/extra'],
    ['/agenda/2026-Q9/r0.md'],
    ['/agenda/../store/r0.md'],
  ])('leaves %s to the other routes', async (path) => {
    const { handled, res } = await call(`${path}?exp=1&sig=x`);
    expect(handled).toBe(false);
    expect(res.writeHead).not.toHaveBeenCalled();
  });

  it('leaves a POST to an agenda path alone', async () => {
    expect((await call(new URL(links.md).pathname, 'POST')).handled).toBe(false);
    // On the server the fallback answers it as not found.
    const response = await get(links.md, 'POST');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not-found' });
  });
});
