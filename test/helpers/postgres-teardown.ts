import { dropTestDatabases, postgresAvailable } from './postgres';

/** After the PostgreSQL run: drops the templates and any database a failed test left. */
export default async function teardown(): Promise<void> {
  if (postgresAvailable()) await dropTestDatabases();
}
