import type { AppContext } from '../app-context';

/** A message the local transport delivered: where to, how, and its text. */
export interface LocalDelivery {
  dedupeKey: string;
  destination: string;
  operation: string;
  text: string;
}

/**
 * Records a delivery of the local transport (development and tests without a platform), so
 * `npm run cli -- outbox` and the tests can watch the cycle; returns its sequence number.
 */
export async function recordLocalDelivery(app: AppContext, delivery: LocalDelivery, at: Date): Promise<number> {
  return await app.uow.write(
    { actor: 'local-transport', now: at },
    async (repos) => await repos.localDeliveries.record(delivery, at),
  );
}
