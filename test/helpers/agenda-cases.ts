/**
 * The agenda cases every renderer is tested on: the demo's closed round and
 * three hand-made cases (`test/fixtures/agenda/<case>/input.ts`), each as an
 * `AgendaInput` in a chosen language, and where each case's golden files live.
 */
import { join } from 'node:path';
import { flatMapInOrder } from '../../src/app/in-order';
import type { AgendaInput } from '../../src/domain/agenda/agenda-document';
import { addBusinessDays, previousQuarter } from '../../src/domain/calendar';
import type { Locale, Quarter } from '../../src/domain/model';
import { build as allGreen } from '../fixtures/agenda/all-green/input';
import { build as missingAndSeparateItem } from '../fixtures/agenda/missing-and-separate-item/input';
import { build as redDeviations } from '../fixtures/agenda/red-deviations/input';
import { testApp } from './test-app';

/** The hand-made cases, by the name of their fixture directory. */
export const HAND_MADE_CASES = {
  'all-green': allGreen,
  'red-deviations': redDeviations,
  'missing-and-separate-item': missingAndSeparateItem,
} as const satisfies Record<string, (locale: Locale) => AgendaInput>;

export type HandMadeCase = keyof typeof HAND_MADE_CASES;

/** The name of the demo case's fixture directory. */
export const DEMO_CASE = 'demo-2026-Q3';

/** Every case: the demo and the hand-made ones. */
export const AGENDA_CASES = [DEMO_CASE, ...(Object.keys(HAND_MADE_CASES) as HandMadeCase[])] as const;
export type AgendaCase = (typeof AGENDA_CASES)[number];

/** A hand-made case's input in `locale`. */
export function handMadeCase(name: HandMadeCase, locale: Locale = 'nb'): AgendaInput {
  return HAND_MADE_CASES[name](locale);
}

/**
 * The demo's closed past round (2026-Q3 at `DEMO_NOW`) read back from a test
 * database, as the compile use case would gather it: its reports, votes,
 * recommendations, the secretariat's decisions on the points AU did not adopt,
 * the final treatment under way and the case number, with no earlier rounds and
 * no decisions to follow up (the demo's decisions were taken in that round).
 * Prepared the business day after AU's meeting.
 */
export async function demoAgendaInput(locale: Locale = 'nb'): Promise<AgendaInput> {
  const t = await testApp();
  try {
    return await t.app.uow.read(async (repos) => {
      const roundId: Quarter = previousQuarter('2026-Q4');
      const round = await repos.rounds.get(roundId);
      if (!round) throw new Error(`the demo has no round ${roundId}`);
      const skate = await repos.meetings.get(round.skateMeetingId);
      const au = round.auMeetingId ? await repos.meetings.get(round.auMeetingId) : null;
      const item = await repos.agenda.get(roundId);
      if (!skate || !au || !item) throw new Error('the demo round lacks its meetings or case number');
      return {
        locale,
        round,
        skateMeetingDate: skate.date,
        auMeetingDate: au.date,
        caseNumber: item.caseNumber,
        caseNumberConfirmed: item.confirmed,
        revision: 0,
        pointDecisions: await repos.pointDecisions.listForRound(roundId),
        finalTreatments: await repos.finalTreatments.list(),
        finalFeedback: await flatMapInOrder(
          await repos.finalTreatments.list(),
          async (f) => await repos.finalTreatments.feedbackFor(f.initiativeId),
        ),
        initiatives: await repos.initiatives.list(),
        organisations: await repos.organisations.list(),
        people: await repos.people.list(),
        reports: await repos.reports.listForRound(roundId),
        history: [],
        votes: await repos.votes.listForRound(roundId),
        auMembers: (await repos.people.withRole('au')).map((p) => p.email),
        voting: t.app.settings.voting,
        recommendations: await repos.recommendations.listForRound(roundId),
        decisionsToFollowUp: [],
        presenter: 'Ingrid Haugland',
        preparedBy: 'Skatesekretariatet',
        place: 'Oslo',
        preparedOn: addBusinessDays(au.date, 1),
      };
    });
  } finally {
    await t.close();
  }
}

/** A case's input in `locale`. */
export async function agendaCase(name: AgendaCase, locale: Locale = 'nb'): Promise<AgendaInput> {
  return name === DEMO_CASE ? await demoAgendaInput(locale) : handMadeCase(name, locale);
}

/** The golden file of a case's rendering: `expected.md` in bokmål, `expected.<locale>.md` otherwise. */
export function goldenPath(name: AgendaCase, locale: Locale, extension = 'md'): string {
  const file = locale === 'nb' ? `expected.${extension}` : `expected.${locale}.${extension}`;
  return join(__dirname, '../fixtures/agenda', name, file);
}

/** Whether golden files should be (re)written instead of compared: `UPDATE_GOLDEN=1`. */
export function updatingGoldens(): boolean {
  return process.env.UPDATE_GOLDEN === '1';
}
