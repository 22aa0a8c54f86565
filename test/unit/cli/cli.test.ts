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
    // The demo clock stands four business days before the 2026-Q4 deadline; the default lead is five.
    { DATABASE_PATH: join(dir, 'skate.db'), OPEN_LEAD_BUSINESS_DAYS: '3' },
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
    // The same answer as `runde åpne` in chat (one command table): the dates, then the pre-flight check.
    expect(opened.out).toBe(
      'Runde 2026-Q4 er åpnet for 12 tiltak. Frist: torsdag 26.11.2026 kl. 16:00. Låses: 02.12.2026 kl. 12:00. ' +
        'AU-møte: 03.12.2026. Skate-møte: 10.12.2026.\n2 av 24 mottakere kan ikke nås:\n' +
        '• AU-kanalen: kanalen er ikke satt opp; skriv «kanal au» eller «kanal skate» i kanalen\n' +
        '• Skate-kanalen: kanalen er ikke satt opp; skriv «kanal au» eller «kanal skate» i kanalen\n',
    );
    const status = await cli(dir, 'round', 'status');
    expect(status.out).toContain('Levert: 0. Utkast: 0. Mangler: 12.');
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
    expect(en).toMatchObject({ code: 1, out: '' });
    expect(en.err).toMatch(/No round is open now/);
    const nn = await cli(dir, '--lang', 'nn', 'report', 'show', 'nope');
    expect(nn).toMatchObject({ code: 1, out: '' });
    expect(nn.err).toMatch(/^Feil: .*T-2026-03/);
  });

  it('names the reporters in the status table, not their addresses', async () => {
    await cli(dir, 'demo');
    const status = await cli(dir, 'round', 'status', '2026-Q3');
    expect(status.code).toBe(0);
    expect(status.out).toContain('Kristin Hovland');
    expect(status.out).not.toContain('kristin.hovland@example.no');
  });

  it('shows a report with its versions', async () => {
    await cli(dir, 'demo');
    const shown = await cli(dir, 'report', 'show', 't-2024-1', '2026-Q3');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('T-2024-01');
    // Names, not addresses, in what people read.
    expect(shown.out).toContain('v1 Levert Kristin Hovland');
    expect(shown.out).not.toContain('kristin.hovland@example.no');
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

  it('sums up an import: the same problem on many lines is one line, and a success says what it did', async () => {
    await cli(dir, 'demo');
    const bad = join(dir, 'people.csv');
    const rows = [3, 4, 5, 6].map((n) => `p${n}@nav.example.no;Person ${n};finnes-ikke;owner`);
    writeFileSync(bad, ['e-post;navn;virksomhet;roller', 'x;Uten e-post;nav;owner', ...rows].join('\n'));
    const rejected = await cli(dir, 'import', 'people', bad);
    expect(rejected.code).toBe(1);
    expect(rejected.out.split('\n').filter((l) => l !== '')).toEqual([
      'Filen ble avvist med 5 feil. Ingenting er lagret.',
      'Linje 2, kolonne «e-post»: Ugyldig e-postadresse «x».',
      'Linjene 3, 4, 5, 6, kolonne «virksomhet»: Ukjent virksomhet «finnes-ikke». Importer virksomhetene først.',
    ]);

    // A Latin-1 file, as Norwegian Excel saves «CSV (semikolondelt)»: read as such, and the answer says so.
    const latin1 = join(dir, 'organisations.csv');
    writeFileSync(latin1, Buffer.from('id;navn\nsdir;Sjøfartsdirektoratet\nnav;NAV\n', 'latin1'));
    const imported = await cli(dir, 'import', 'organisations', latin1);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Filen var ikke lagret som UTF-8, men er lest som Windows-1252.');
    expect(imported.out).toContain('Import av virksomheter: 1 nye, 1 endret, 0 uendret.');
    expect(imported.out).toContain('Nye: sdir. Endret: nav.');
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
