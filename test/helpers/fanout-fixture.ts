/**
 * A registry made for fan-out tests: one organisation, `owners` owners with
 * one accepted Skate-track initiative each, a secretariat member, and a Skate
 * meeting with the AU meeting before it. No demo data.
 */
import type { AppContext } from '../../src/app/app-context';
import { openRound } from '../../src/app/rounds/open-round';
import type { IsoDate, Quarter } from '../../src/domain/model';
import { anInitiative, aPerson } from './builders';
import { OPERATOR } from './test-app';

export const FANOUT_ORGANISATION = 'fanout-org';
export const FANOUT_SECRETARIAT = 'sekretariat@fanout.example.no';

/** The email of owner number `n` (0-based). */
export function ownerEmail(n: number): string {
  return `owner-${String(n).padStart(4, '0')}@fanout.example.no`;
}

/** A valid, unique `T-YYYY-NNN` id for initiative number `n` (0-based); at most 999 a year. */
export function initiativeId(n: number): string {
  return `T-${2000 + Math.floor(n / 500)}-${String((n % 500) + 1).padStart(3, '0')}`;
}

export interface FanoutRound {
  quarter: Quarter;
  skateMeetingDate: IsoDate;
  auMeetingDate: IsoDate;
  /** When the round is opened: the opening requests are due from then. */
  openedAt: Date;
}

/** Seeds the registry and opens the round; returns how many requests were enqueued. */
export async function seedFanout(app: AppContext, owners: number, round: FanoutRound): Promise<number> {
  const ctx = { actor: 'fanout-fixture', now: round.openedAt };
  await app.uow.write(ctx, async (repos) => {
    await repos.organisations.save({ id: FANOUT_ORGANISATION, name: 'Fan-out etaten', orgNumber: null });
    await repos.people.save(
      aPerson({
        email: FANOUT_SECRETARIAT,
        name: 'Sekretariatet',
        roles: ['secretariat'],
        organisationId: FANOUT_ORGANISATION,
      }),
    );
    for (let n = 0; n < owners; n++) {
      await repos.people.save(
        aPerson({ email: ownerEmail(n), name: `Eier ${n}`, roles: ['owner'], organisationId: FANOUT_ORGANISATION }),
      );
      await repos.initiatives.save(
        anInitiative({
          id: initiativeId(n),
          title: `Tiltak ${n}`,
          ownerOrganisationId: FANOUT_ORGANISATION,
          contacts: [ownerEmail(n)],
        }),
      );
    }
    await repos.meetings.save({
      id: `skate-${round.skateMeetingDate}`,
      forum: 'skate',
      date: round.skateMeetingDate,
      place: null,
    });
    await repos.meetings.save({ id: `au-${round.auMeetingDate}`, forum: 'au', date: round.auMeetingDate, place: null });
  });
  const opened = await openRound(
    app,
    { quarter: round.quarter, skateMeetingId: `skate-${round.skateMeetingDate}` },
    OPERATOR,
    round.openedAt,
  );
  return opened.requests;
}
