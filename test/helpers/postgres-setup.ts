import { randomBytes } from 'node:crypto';

/** Before the PostgreSQL run: a run id, inherited by the test workers, that names this run's databases. */
export default async function setup(): Promise<void> {
  process.env.SKATE_TEST_RUN = randomBytes(3).toString('hex');
}
