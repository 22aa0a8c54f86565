import { openRound } from '../../src/app/rounds/open-round';
import type { Initiative, Quarter } from '../../src/domain/model';
import type { TeamsUser } from './teams-activities';
import { DEMO_NOW, OPERATOR, testApp } from './test-app';

/**
 * An SQLite file at `file` with the demo data, `owners` more owners, each with a linked Teams
 * identity (`ownerOf(i)`) and an accepted initiative of their own (`idOf(i)`), and the round
 * `round` opened for them: the registry the crash test and the request benchmarks submit into.
 */
export async function seedOwnersWithInitiatives(
  file: string,
  owners: number,
  names: { idOf: (i: number) => string; ownerOf: (i: number) => TeamsUser; round: Quarter; actor: string },
): Promise<void> {
  const t = await testApp({ path: file });
  await t.app.uow.write({ actor: names.actor, now: DEMO_NOW }, async (repos) => {
    const template = (await repos.initiatives.list())[0];
    if (!template) throw new Error('no demo initiative');
    for (let i = 0; i < owners; i++) {
      const user = names.ownerOf(i);
      await repos.people.save({
        email: user.email,
        name: user.name,
        locale: 'nb',
        roles: ['owner'],
        organisationId: template.ownerOrganisationId,
        identities: [],
      });
      await repos.people.linkIdentity(user.email, { platform: 'msteams', userId: user.aadObjectId });
      const initiative: Initiative = {
        ...template,
        id: names.idOf(i),
        title: `Tiltak ${i + 1}`,
        contacts: [user.email],
        delegations: [],
        acceptance: 'accepted',
        agreedCompletionDate: '2027-06-30',
        agreedCostNok: 1_000_000,
      };
      await repos.initiatives.save(initiative);
    }
  });
  await openRound(t.app, { quarter: names.round }, OPERATOR, DEMO_NOW);
  await t.close();
}
