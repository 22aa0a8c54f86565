/**
 * The repository and use-case suites again, on PostgreSQL: `npm run test:postgres`
 * (.ci/run runs it after `npm test`). Each test gets a fresh database copied from
 * a migrated template (test/helpers/postgres.ts); none is left behind.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: [
    '<rootDir>/test/unit/store/registry-repositories.test.ts',
    '<rootDir>/test/unit/store/cycle-repositories.test.ts',
    '<rootDir>/test/unit/store/pg-*.test.ts',
    '<rootDir>/test/unit/app/**/*.test.ts',
    '<rootDir>/test/integration/replicas/**/*.test.ts',
  ],
  // The matrix copies one SQLite image per cell (SQLite's serialize): it tests the authorisation, not the store.
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/unit/app/authorisation-matrix.test.ts'],
  setupFiles: ['<rootDir>/test/helpers/postgres-run.ts'],
  globalSetup: '<rootDir>/test/helpers/postgres-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/postgres-teardown.ts',
};
