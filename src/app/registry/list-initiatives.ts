import type { Initiative } from '../../domain/model';
import type { Actor, AppContext } from '../app-context';
import { requireAdministrator } from '../authorise-admin';

/** The registry's initiatives with their owners' names (`tiltak`): for the secretariat. */
export async function listInitiatives(
  app: AppContext,
  actor: Actor,
): Promise<{ initiative: Initiative; owner: string }[]> {
  requireAdministrator(actor);
  return await app.uow.read(async (repos) => {
    const names = new Map((await repos.organisations.list()).map((o) => [o.id, o.name]));
    return (await repos.initiatives.list()).map((initiative) => ({
      initiative,
      owner: names.get(initiative.ownerOrganisationId) ?? initiative.ownerOrganisationId,
    }));
  });
}
