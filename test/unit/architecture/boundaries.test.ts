import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

/** The domain and the use cases know nothing of Teams, Slack, SQLite, the scheduler or the file system. */
describe('architecture boundaries', () => {
  const PLATFORM =
    /^(botbuilder|botframework|@microsoft\/|@slack\/|better-sqlite3|node-cron|(node:)?(fs|fs\/promises|http|https|net|child_process)$)/;

  it.each(['src/domain', 'src/app'])('%s imports no platform, storage or I/O module', (dir) => {
    const offenders = sourceFiles(join(ROOT, dir)).flatMap((file) =>
      imports(file)
        .filter((spec) => PLATFORM.test(spec))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps SQL in the store', () => {
    const sql = /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b/;
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !relative(ROOT, file).startsWith('src/store'))
      .filter((file) => sql.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('keeps the domain free of the clock', () => {
    const offenders = sourceFiles(join(ROOT, 'src/domain'))
      .filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('checks a forbidden import when it sees one', () => {
    expect(PLATFORM.test('botbuilder')).toBe(true);
    expect(PLATFORM.test('node:fs')).toBe(true);
    expect(PLATFORM.test('date-fns')).toBe(false);
  });
});
