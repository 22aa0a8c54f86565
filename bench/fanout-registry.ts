/**
 * The bench's registry: `owners` people, each with a linked Teams identity and
 * a stored conversation, one accepted Skate-track initiative each, and the
 * Skate and AU meetings a round reports to. Built in one transaction.
 */
import type { AppContext } from '../src/app/app-context';
import {
  addBusinessDays,
  addDays,
  businessDayOnOrBefore,
  nextQuarter,
  quarterEnd,
  quarterOfInstant,
} from '../src/domain/calendar';
import type { Initiative, IsoDate, Person, Quarter } from '../src/domain/model';
import { type Db, openDatabase } from '../src/store/db';
import { SqliteUnitOfWork } from '../src/store/unit-of-work';
import { testSettings } from '../test/helpers/test-app';

/** The quarter after the current one: its deadline is always far enough ahead to open the round today. */
export function benchQuarter(now: Date): Quarter {
  return nextQuarter(quarterOfInstant(now));
}

/** The bench quarter's Skate meeting (about three weeks before the quarter ends) and AU a week earlier. */
function benchMeetings(now: Date): { skate: IsoDate; au: IsoDate } {
  const skate = businessDayOnOrBefore(addDays(quarterEnd(benchQuarter(now)), -20));
  return { skate, au: addBusinessDays(skate, -5) };
}
const ORGANISATION = 'bench-org';

const ownerEmail = (n: number): string => `owner-${String(n).padStart(4, '0')}@bench.example.no`;
/** `T-YYYY-NNN`, at most 500 a year. */
const initiativeId = (n: number): string => `T-${2000 + Math.floor(n / 500)}-${String((n % 500) + 1).padStart(3, '0')}`;
export const teamsUserId = (n: number): string => `aad-${String(n).padStart(4, '0')}`;
export const conversationId = (n: number): string => `a:conversation-${String(n).padStart(4, '0')}`;

function owner(n: number): Person {
  return {
    email: ownerEmail(n),
    name: `Eier ${n}`,
    locale: 'nb',
    roles: ['owner'],
    organisationId: ORGANISATION,
    identities: [],
  };
}

function initiative(n: number): Initiative {
  return {
    id: initiativeId(n),
    title: `Tiltak ${n}`,
    description: 'Et tiltak i ytelsestesten.',
    ownerOrganisationId: ORGANISATION,
    contacts: [ownerEmail(n)],
    delegations: [],
    acceptance: 'accepted',
    focusArea: 'deling-av-data',
    lifeEvents: [],
    sdgs: [9],
    agreedResult: 'Ferdig.',
    agreedCompletionDate: '2028-06-30',
    agreedCostNok: 1_000_000,
    toleranceDays: 30,
    tolerancePercent: 10,
    phase: 'execution',
    track: 'skate',
  };
}

/** An in-memory database holding the registry. */
export async function buildRegistry(owners: number, now: Date): Promise<{ app: AppContext; db: Db }> {
  const db = openDatabase(':memory:');
  const app: AppContext = { uow: new SqliteUnitOfWork(db), settings: testSettings() };
  await app.uow.write({ actor: 'bench', now }, async (repos) => {
    await repos.organisations.save({ id: ORGANISATION, name: 'Benkemerket', orgNumber: null });
    await repos.people.save({ ...owner(-1), email: 'sekretariat@bench.example.no', roles: ['secretariat'] });
    const { skate, au } = benchMeetings(now);
    await repos.meetings.save({ id: `au-${au}`, forum: 'au', date: au, place: null });
    await repos.meetings.save({ id: `skate-${skate}`, forum: 'skate', date: skate, place: null });
    for (let n = 0; n < owners; n++) {
      await repos.people.save(owner(n));
      await repos.people.linkIdentity(ownerEmail(n), { platform: 'msteams', userId: teamsUserId(n) });
      await repos.directory.saveConversation('msteams', teamsUserId(n), conversationId(n), now);
      await repos.initiatives.save(initiative(n));
    }
  });
  return { app, db };
}
