/**
 * The layer rules of Skate-boten (DESIGN.md, convention 1) as resolved,
 * transitive import rules: every import — static, type-only, `import()` and
 * `require()` — is resolved through tsconfig.json before a rule looks at it, so
 * a relative path cannot slip past a rule the way it slipped past a regex over
 * package names.
 *
 * Run by `npm test` through test/unit/architecture/boundaries.test.ts (one
 * failing rule is one failing test) and by hand with `npm run deps`.
 *
 * Each rule names one cause; an import can break more than one (an npm package
 * in the domain is both not pure and, say, the database driver).
 */

/** The pure libraries the domain may use: dates, time zones and Norwegian public holidays. */
const DOMAIN_LIBRARIES = ['date-fns', '@date-fns/tz', 'date-holidays'];

/**
 * A path pattern for the packages `names`: resolved (`node_modules/<name>/…`
 * wherever it is installed) or not installed at all (then the path is the bare
 * name), so a rule still bites before anyone has run `npm install`.
 */
const packages = (names) => {
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return `(^|/)node_modules/(${alternatives})/|^(${alternatives})(/|$)`;
};

/**
 * Any package: an installed one, a bare name that did not resolve, or a Node
 * built-in (`fs`, `node:fs`). Used with `pathNot: '^src/'`, since the project's
 * own modules resolve to `src/…`.
 */
const ANY_PACKAGE = '(^|/)node_modules/|^@?[a-z0-9]';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // --- the domain: pure rules, no I/O, no wording ---
    {
      name: 'domain-only-domain',
      comment: 'src/domain is pure: it imports only src/domain (the catalogue has its own rule).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/(domain|i18n)/' },
    },
    {
      name: 'domain-not-to-catalogue',
      comment:
        'No catalogue text is decided in the domain: it returns codes with parameters, and views and render word them.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/i18n/' },
    },
    {
      name: 'domain-no-node-builtins',
      comment: 'The domain does no I/O and reads no clock: no Node built-in modules at all.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-only-pure-libraries',
      comment: `The domain may use only the pure libraries it is allowed: ${DOMAIN_LIBRARIES.join(', ')}.`,
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: ANY_PACKAGE, pathNot: `^src/|${packages(DOMAIN_LIBRARIES)}`, dependencyTypesNot: ['core'] },
    },

    // --- the use cases ---
    {
      name: 'app-only-inner-layers',
      comment:
        'src/app imports src/domain, src/views, src/i18n and itself only; storage, channels, HTTP, rendering and the scheduler reach it through ports.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/', pathNot: '^src/(app|domain|views|i18n)/' },
    },
    {
      name: 'app-no-io-builtins',
      comment: 'Use cases do their I/O through ports; of Node they may use crypto (hashes, signed links) only.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?crypto$' },
    },

    // --- views and the catalogue ---
    {
      name: 'views-only-domain-and-catalogue',
      comment: 'Views are channel-neutral view models: they import src/domain, src/i18n and each other only.',
      severity: 'error',
      from: { path: '^src/views/' },
      to: { path: '^src/', pathNot: '^src/(views|domain|i18n)/' },
    },
    {
      name: 'views-no-packages',
      comment: 'Views use no npm package or Node built-in: platform rendering belongs to the channels.',
      severity: 'error',
      from: { path: '^src/views/' },
      to: { path: ANY_PACKAGE, pathNot: '^src/' },
    },
    {
      name: 'catalogue-only-domain',
      comment: 'The catalogue (src/i18n) depends on the domain only, so every layer may use it.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|domain)/' },
    },
    {
      name: 'catalogue-no-node-builtins',
      comment: 'The catalogue is data and formatting: no Node built-in modules.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { dependencyTypes: ['core'] },
    },

    // --- one owner per platform package ---
    {
      name: 'only-teams-imports-bot-framework',
      comment:
        'Only src/channels/teams imports botbuilder, botframework* or adaptivecards*: the Bot Framework SDK is out of support and must stay swappable.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/channels/teams/' },
      to: {
        path: '(^|/)node_modules/(botbuilder|botframework|adaptivecards)[^/]*/|^(botbuilder|botframework|adaptivecards)[^/]*(/|$)',
      },
    },
    {
      name: 'only-slack-imports-slack',
      comment: 'Only src/channels/slack imports @slack/*.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/channels/slack/' },
      to: { path: '(^|/)node_modules/@slack/|^@slack/' },
    },
    {
      name: 'only-store-imports-sqlite',
      comment: 'Only src/store imports the database driver; everything else goes through the repository ports.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: packages(['better-sqlite3', 'pg']) },
    },
    {
      name: 'only-scheduler-imports-cron',
      comment: 'Only src/scheduler imports node-cron: it wakes the engine, and what is due lives in the database.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/scheduler/' },
      to: { path: packages(['node-cron']) },
    },

    // --- a rule can only judge what it can resolve ---
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve cannot be checked by the rules above (nor run).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are dependencies of the layer too, and tsconfig.json resolves paths as tsc does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // ES imports, `import()` and `require()` (cjs) alike.
    moduleSystems: ['es6', 'cjs'],
    // Packages are leaves: their imports are not ours to judge. (Not `exclude`, which would hide them from the rules.)
    doNotFollow: { path: '(^|/)node_modules/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
    cache: false,
  },
};
