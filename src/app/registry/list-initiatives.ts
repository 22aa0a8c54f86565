import type { Initiative } from '../../domain/model';
import type { Actor, AppContext } from '../app-context';
import { requireAdministrator } from '../authorise-admin';

/** The registry's initiatives with their owners' names (`tiltak`): for the secretariat. */
export function listInitiatives(app: AppContext, actor: Actor): { initiative: Initiative; owner: string }[] {
  requireAdministrator(actor);
  return app.uow.read((repos) => {
    const names = new Map(repos.organisations.list().map((o) => [o.id, o.name]));
    return repos.initiatives.list().map((initiative) => ({
      initiative,
      owner: names.get(initiative.ownerOrganisationId) ?? initiative.ownerOrganisationId,
    }));
  });
}
