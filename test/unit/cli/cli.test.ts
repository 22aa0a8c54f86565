import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';
import { DEMO_NOW } from '../../helpers/test-app';

/** One CLI invocation against a temp database: exit code, stdout and stderr. */
async function cli(dir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    { DATABASE_PATH: join(dir, 'skate.db') },
    { out: (t) => (out += t), err: (t) => (err += t) },
    () => DEMO_NOW,
  );
  return { code, out, err };
}

describe('the admin CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'skate-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the demo once and lists it', async () => {
    const first = await cli(dir, 'demo');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/^Demodata lastet: 13 virksomheter, 29 personer, 15 tiltak/);
    expect((await cli(dir, 'demo')).out).toBe('Databasen har allerede data; demodata ble ikke lastet.\n');
    const list = await cli(dir, 'initiatives');
    expect(list.code).toBe(0);
    expect(list.out).toContain('T-2024-01');
    expect(list.out).toContain('Felles datakatalog');
    expect((await cli(dir, 'people')).out).toContain('ingrid.haugland@example.no');
    expect((await cli(dir, 'meetings')).out).toContain('10.12.2026');
  });

  it('opens a round, shows what is due, and refuses to close it before compilation', async () => {
    await cli(dir, 'demo');
    const opened = await cli(dir, 'round', 'open', '2026-Q4');
    expect(opened.out).toBe(
      'Runde 2026-Q4 er åpnet for 13 tiltak. Frist: 26.11.2026 kl. 16:00. Låses: 02.12.2026 kl. 12:00. ' +
        'AU-møte: 03.12.2026. Skate-møte: 10.12.2026.\n',
    );
    const status = await cli(dir, 'round', 'status');
    expect(status.out).toContain('Levert: 0. Utkast: 0. Mangler: 13.');
    const close = await cli(dir, 'round', 'close', '2026-Q4');
    expect(close).toEqual({
      code: 1,
      out: '',
      err: 'Feil: Runden 2026-Q4 kan ikke gå fra «Åpen for rapportering» til «Avsluttet».\n',
    });
  });

  it('speaks English and nynorsk on request', async () => {
    await cli(dir, 'demo');
    const en = await cli(dir, '--lang', 'en', 'round', 'status');
    expect(en.out).toMatch(/open one with/i);
    const nn = await cli(dir, '--lang', 'nn', 'report', 'show', 'nope');
    expect(nn).toMatchObject({ code: 1, out: '' });
    expect(nn.err).toMatch(/^Feil: .*T-2026-03/);
  });

  it('shows a report with its versions', async () => {
    await cli(dir, 'demo');
    const shown = await cli(dir, 'report', 'show', 't-2024-1', '2026-Q3');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('T-2024-01');
    expect(shown.out).toContain('v1 Levert kristin.hovland@example.no');
  });

  it('rejects a bad import with one line per problem and a non-zero exit', async () => {
    await cli(dir, 'demo');
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'id;navn;ukjent\nnav;NAV;x\n;Tom;\n');
    const result = await cli(dir, 'import', 'organisations', file);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')[0]).toBe('Filen ble avvist med 2 feil. Ingenting er lagret.');
    expect(result.out).toContain('Linje 1, kolonne «ukjent»');
    expect(result.out).toContain('Linje 3, kolonne «id»: Må fylles ut.');
    const missing = await cli(dir, 'import', 'organisations', join(dir, 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Feil: Filen kunne ikke leses: .*ENOENT/);
    expect(missing.err).not.toMatch(/\n\s+at /);
  });

  it('answers a mistyped command with usage, not a stack trace', async () => {
    const result = await cli(dir, 'rund');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain("unknown command 'rund'");
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('names a bad setting clearly', async () => {
    let err = '';
    const code = await runCli(
      ['initiatives'],
      { DATABASE_PATH: join(dir, 'x.db'), VOTE_MAJORITY: 'lots' },
      {
        out: () => undefined,
        err: (t) => (err += t),
      },
    );
    expect(code).toBe(2);
    expect(err).toContain('VOTE_MAJORITY');
  });
});
