import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { type CruiseResult, cruise, ROOT } from '../../helpers/dependency-cruise';

/** The rules' names, from the configuration `npm test` and `npm run deps` both use. */
const RULES = (require(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: { name: string }[] }).forbidden.map(
  (r) => r.name,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The layer rules of `.dependency-cruiser.cjs`, resolved and transitive: one
 * test per rule, so a broken rule shows by name with the imports that break it.
 */
describe('layer rules', () => {
  let result: CruiseResult;
  beforeAll(() => {
    result = cruise(['src']);
  }, 60_000);

  it('has the rules it is meant to check', () => {
    expect(result.rules).toEqual(RULES);
  });

  it.each(RULES)('%s holds in src', (rule) => {
    const broken = result.violations.filter((v) => v.rule === rule).map((v) => `${v.from} → ${v.to}`);
    expect(broken).toEqual([]);
  });
});

/**
 * Each rule bites: a forbidden import planted in the layer it is forbidden in
 * breaks it. The plants go into a throwaway copy of the project's layout (the
 * real tsconfig.json and rules, the real node_modules through a symlink, empty
 * stand-ins for the modules imported), never into the shared working tree, and
 * the copy is removed whatever happens.
 */
describe('a planted forbidden import breaks its rule', () => {
  const PLANTS: { file: string; source: string; rule: string }[] = [
    { file: 'src/domain/planted-store.ts', source: "import '../store/db';\n", rule: 'domain-only-domain' },
    {
      file: 'src/domain/planted-catalogue.ts',
      source: "import { messagesFor } from '../i18n';\n\nexport const t = messagesFor;\n",
      rule: 'domain-not-to-catalogue',
    },
    {
      file: 'src/domain/planted-dynamic.ts',
      source: "export const driver = () => import('better-sqlite3');\n",
      rule: 'only-store-imports-sqlite',
    },
    {
      file: 'src/domain/planted-fs.ts',
      source: "import { readFileSync } from 'node:fs';\n\nexport const read = readFileSync;\n",
      rule: 'domain-no-node-builtins',
    },
    { file: 'src/domain/planted-library.ts', source: "import 'pino';\n", rule: 'domain-only-pure-libraries' },
    {
      file: 'src/app/planted-teams.ts',
      source: "import '../channels/teams/teams-bot';\n",
      rule: 'app-only-inner-layers',
    },
    { file: 'src/app/planted-render.ts', source: "import '../render';\n", rule: 'app-only-inner-layers' },
    {
      file: 'src/app/planted-fs.ts',
      source: "import { writeFileSync } from 'fs';\n\nexport const write = writeFileSync;\n",
      rule: 'app-no-io-builtins',
    },
    {
      file: 'src/app/planted-require.ts',
      source: "export const cron = require('node-cron');\n",
      rule: 'only-scheduler-imports-cron',
    },
    // Not installed: the rule matches the bare name too (and the import is unresolvable besides).
    { file: 'src/app/planted-slack.ts', source: "import '@slack/bolt';\n", rule: 'only-slack-imports-slack' },
    {
      file: 'src/views/planted-botbuilder.ts',
      source: "import 'botbuilder';\n",
      rule: 'only-teams-imports-bot-framework',
    },
    {
      file: 'src/scheduler/planted-cards.ts',
      source: "import 'adaptivecards';\n",
      rule: 'only-teams-imports-bot-framework',
    },
    { file: 'src/views/planted-store.ts', source: "import '../store/db';\n", rule: 'views-only-domain-and-catalogue' },
    { file: 'src/views/planted-package.ts', source: "import 'escape-html';\n", rule: 'views-no-packages' },
    {
      file: 'src/i18n/planted-app.ts',
      source: "import type { AppContext } from '../app/app-context';\n\nexport type Context = AppContext;\n",
      rule: 'catalogue-only-domain',
    },
    { file: 'src/i18n/planted-path.ts', source: "import 'node:path';\n", rule: 'catalogue-no-node-builtins' },
    { file: 'src/render/planted-missing.ts', source: "import './nowhere';\n", rule: 'no-unresolvable' },
  ];

  /** Imports each layer may make: none of them breaks a rule. */
  const ALLOWED: { file: string; source: string }[] = [
    {
      file: 'src/domain/planted-allowed.ts',
      source: "import 'date-fns';\nimport '@date-fns/tz';\nimport './model';\n",
    },
    {
      file: 'src/app/planted-allowed.ts',
      source:
        "import 'node:crypto';\nimport 'zod';\nimport '../domain/model';\nimport '../views/message-view';\nimport '../i18n';\n",
    },
    { file: 'src/views/planted-allowed.ts', source: "import '../domain/model';\nimport '../i18n';\n" },
    { file: 'src/i18n/planted-allowed.ts', source: "import 'date-fns';\nimport '../domain/model';\n" },
    {
      file: 'src/channels/teams/planted-allowed.ts',
      source: "import 'botbuilder';\n",
    },
    { file: 'src/store/planted-allowed.ts', source: "import 'better-sqlite3';\n" },
    { file: 'src/scheduler/planted-allowed.ts', source: "import 'node-cron';\n" },
  ];

  /** Empty stand-ins for the project modules the plants import. */
  const STAND_INS = [
    'src/store/db.ts',
    'src/i18n/index.ts',
    'src/channels/teams/teams-bot.ts',
    'src/render/index.ts',
    'src/app/app-context.ts',
    'src/domain/model.ts',
    'src/views/message-view.ts',
  ];

  let result: CruiseResult;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'skate-layers-'));
    try {
      const write = (file: string, source: string) => {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), source);
      };
      for (const file of ['tsconfig.json', 'package.json', '.dependency-cruiser.cjs']) {
        write(file, readFileSync(join(ROOT, file), 'utf8'));
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      for (const file of STAND_INS) write(file, 'export {};\n');
      for (const { file, source } of [...PLANTS, ...ALLOWED]) write(file, source);
      result = cruise(['src'], { cwd: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.each(PLANTS)('$rule: $file', ({ file, rule }) => {
    expect(result.violations.filter((v) => v.from === file).map((v) => v.rule)).toContain(rule);
  });

  it('plants a violation of every rule', () => {
    expect(new Set(PLANTS.map((p) => p.rule))).toEqual(new Set(RULES));
  });

  it('lets each layer make the imports it is allowed', () => {
    const allowed = new Set(ALLOWED.map((a) => a.file));
    expect(result.violations.filter((v) => allowed.has(v.from))).toEqual([]);
  });
});

/** What the import rules cannot see: SQL in strings, and the clock. */
describe('architecture boundaries', () => {
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
});
