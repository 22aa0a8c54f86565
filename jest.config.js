/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // PostgreSQL's own tests run in `npm run test:postgres` (jest.postgres.config.js): `npm test` needs SQLite only.
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/integration/replicas/', '/test/unit/store/pg-'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
