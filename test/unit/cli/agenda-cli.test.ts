/**
 * `compile` (with `--case-number`), `minutes`, `decision` and `decisions` from the admin CLI, on the demo in a
 * temp database: the Markdown is the golden case paper of the demo's 2026-Q3
 * round, the Word file a valid package, and decisions are recorded and listed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { runCli } from '../../../src/cli';
import { messagesFor } from '../../../src/i18n';
import { goldenPath } from '../../helpers/agenda-cases';
import { DEMO_NOW } from '../../helpers/test-app';

const nb = messagesFor('nb');

jest.setTimeout(30_000);

/**
 * The golden case paper was prepared the business day after AU's meeting (Friday 4 September 2026)
 * and presented by Ingrid Haugland: the CLI compiles with that clock and presenter.
 */
const PREPARED_ON = new Date('2026-09-04T08:00:00.000Z');
const ENV = { AGENDA_PRESENTER: 'Ingrid Haugland', OPEN_LEAD_BUSINESS_DAYS: '3' };

/** One CLI invocation against the temp database at `now`: exit code, stdout and stderr. */
async function cli(dir: string, now: Date, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    { DATABASE_PATH: join(dir, 'skate.db'), ...ENV },
    { out: (t) => (out += t), err: (t) => (err += t) },
    () => now,
  );
  return { code, out, err };
}

describe('the agenda commands of the CLI', () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skate-agenda-cli-'));
    expect((await cli(dir, DEMO_NOW, 'demo')).code).toBe(0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('`compile --case-number` sets the number Skate gave the item; one number is never given twice', async () => {
    const file = join(dir, 'sak.md');
    const result = await cli(
      dir,
      PREPARED_ON,
      'compile',
      '2026-Q3',
      '--case-number',
      '24/2026',
      '--out',
      file,
      '--format',
      'md',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Saksnummer 24/2026 er satt for samlesaken for 2026-Q3.');
    expect(readFileSync(file, 'utf8')).toContain('**Sak 24/2026 Status i tiltakene');
    const bad = await cli(dir, PREPARED_ON, 'compile', '2026-Q3', '--case-number', '24-2026', '--out', file);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('«24-2026» er ikke et saksnummer');
  });

  it('`minutes` needs a published paper', async () => {
    const result = await cli(dir, PREPARED_ON, 'minutes', '2026-Q3', '--out', join(dir, 'p.md'));
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('Samlesaken for 2026-Q3 er ikke publisert ennå.');
  });

  it('`compile 2026-Q3 --format md` writes the golden case paper of the demo round', async () => {
    const file = join(dir, 'sak.md');
    const result = await cli(dir, PREPARED_ON, 'compile', '2026-Q3', '--format', 'md', '--out', file);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Sak 17/2026 Status i tiltakene i handlingsplanen – 3.\u00a0kvartal 2026');
    expect(result.out).toContain(`→ ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(goldenPath('demo-2026-Q3', 'nb'), 'utf8'));
  });

  it('compiling again says nothing changed and writes the same revision', async () => {
    const first = join(dir, 'first.md');
    const second = join(dir, 'second.md');
    await cli(dir, PREPARED_ON, 'compile', '2026-Q3', '--format', 'md', '--out', first);
    const again = await cli(dir, DEMO_NOW, 'compile', '2026-Q3', '--format', 'md', '--out', second);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Ingenting er endret siden sak 17/2026 ble sammenstilt');
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('`--format docx` writes a Word package', async () => {
    const result = await cli(
      dir,
      PREPARED_ON,
      'compile',
      '2026-Q3',
      '--format',
      'docx',
      '--out',
      join(dir, 'sak.docx'),
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    const zip = new AdmZip(readFileSync(join(dir, 'sak.docx')));
    const names = zip.getEntries().map((e) => e.entryName);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = zip.getEntry('word/document.xml')?.getData().toString('utf8') ?? '';
    expect(xml).toContain('Sak 17/2026');
    expect(xml).toContain('SAKSFRAMLEGG');
  });

  it('refuses an unknown format and a round still open, writing nothing', async () => {
    const bad = await cli(dir, PREPARED_ON, 'compile', '2026-Q3', '--format', 'pdf', '--out', join(dir, 'x.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Feil: .*--format: md, html, docx/);
    await cli(dir, DEMO_NOW, 'round', 'open', '2026-Q4');
    const open = await cli(dir, DEMO_NOW, 'compile', '2026-Q4', '--format', 'md', '--out', join(dir, 'q4.md'));
    expect(open).toMatchObject({ code: 1, out: '' });
    expect(open.err).toMatch(/^Feil: Runden 2026-Q4 kan ikke gå fra «Åpen for rapportering»/);
    expect([existsSync(join(dir, 'x.pdf')), existsSync(join(dir, 'q4.md'))]).toEqual([false, false]);
  });

  it('`decision` records a decision on the latest compiled round and `decisions` lists it', async () => {
    const text = 'Skate ber Brønnøysundregistrene legge fram en plan for økt bruk.';
    const recorded = await cli(dir, DEMO_NOW, 'decision', 't-2024-1', ...text.split(' '));
    expect(recorded).toEqual({
      code: 0,
      out: 'Beslutning V-2026-Q3-05 er registrert for T-2024-01. Tiltakseier blir bedt om å følge den opp i neste rapport.\n',
      err: '',
    });
    const mine = await cli(dir, DEMO_NOW, 'decisions', 'T-2024-01');
    expect(mine).toEqual({
      code: 0,
      // The same view as «vedtak liste» in chat: the title, then one line per decision.
      out: `${nb.commands.decisionsTitle}\n• V-2026-Q3-05 (T-2024-01, 10.09.2026, til oppfølging): «${text}»\n`,
      err: '',
    });
    const all = await cli(dir, DEMO_NOW, 'decisions');
    // The title, then five decisions.
    expect(all.out.trim().split('\n')).toHaveLength(6);
    expect((await cli(dir, DEMO_NOW, 'decisions', 'T-2026-03')).out).toBe('Ingen beslutninger er registrert.\n');
    const bad = await cli(dir, DEMO_NOW, 'decision', 'nope', 'tekst');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Feil: /);
  });
});
