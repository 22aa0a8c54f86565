// Set before each test file of the PostgreSQL run (jest.postgres.config.js): test-store.ts reads it.
process.env.TEST_STORE = 'postgres';
