/**
 * Demo data for trying Skate-boten out: organisations from the seeds,
 * fictional people, initiatives, a meeting plan around `now` and a closed
 * past round with reports, recommendations, votes and open decisions.
 *
 * Pure: no I/O and no clock reads; the same `now` always gives the same data.
 * A fixture of the app, not a rule, so it lives beside `load-demo.ts` rather
 * than in the domain (and may word texts with the catalogue).
 */
import { addDays, previousQuarter, quarterLabel, quarterOf, quarterStart, todayInOslo } from '../../domain/calendar';
import type { Initiative, Meeting, Organisation, Person } from '../../domain/model';
import { demoInitiatives } from './initiatives';
import { demoMeetings } from './meetings';
import { demoOrganisations } from './organisations';
import { demoPastRound, type PastRound } from './past-round';
import { demoPeople } from './people';

/** Everything the demo seeds a store with. */
export interface DemoData {
  organisations: Organisation[];
  people: Person[];
  initiatives: Initiative[];
  meetings: Meeting[];
  /** The previous quarter's round, closed. */
  pastRound: PastRound;
}

/**
 * Builds the demo data around instant `now`: meetings for the previous, the
 * current and the next three quarters (Europe/Oslo), and the previous
 * quarter's round as the past round.
 */
export function buildDemoData(now: Date): DemoData {
  const today = todayInOslo(now);
  const current = quarterOf(today);
  const previous = previousQuarter(current);
  const initiatives = demoInitiatives({
    today,
    year: quarterLabel(current).year,
    registrationYear: quarterLabel(previous).year,
    finishedOn: addDays(quarterStart(previous), 30),
  });
  return {
    organisations: demoOrganisations(),
    people: demoPeople(),
    initiatives,
    meetings: demoMeetings(current),
    pastRound: demoPastRound(previous, initiatives),
  };
}
