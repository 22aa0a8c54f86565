import type { ChannelName } from '../../domain/delivery';
import type { Platform } from '../../domain/model';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';

/**
 * Binds AU's or Skate's channel to the conversation the secretariat typed `kanal au|skate` in:
 * the review thread and the published agenda go there, on that platform.
 */
export async function bindChannel(
  app: AppContext,
  input: { name: ChannelName; platform: Platform; reference: string },
  actor: Actor,
  now: Date,
): Promise<void> {
  requireAdministrator(actor);
  await app.uow.write(
    { actor: actorName(actor), now },
    async (repos) =>
      await repos.directory.bindChannel(input.name, input.platform, input.reference, actorName(actor), now),
  );
}
