/**
 * The demo's past round: the previous quarter's round, closed, with the
 * owners' reports, the secretariat's draft recommendations, AU's votes and
 * Skate's open decisions, which the next form asks the owner to follow up.
 */

import {
  addBusinessDays,
  addDays,
  DEFAULT_ROUND_CALENDAR,
  deriveRoundSchedule,
  instantToOsloDate,
  osloToInstant,
  quarterLabel,
} from '../../domain/calendar';
import type {
  AuRequest,
  Decision,
  FinalFeedback,
  FinalTreatment,
  Initiative,
  PointDecision,
  Quarter,
  Recommendation,
  Round,
  StatusReport,
  Vote,
  VoteChoice,
} from '../../domain/model';
import { draftRecommendation } from '../../domain/recommendation-draft';
import { demoInitiativeId } from './initiatives';
import { auMeetingId, meetingDatesOf, skateMeetingId } from './meetings';
import { REPORT_SPECS, type Slot } from './past-reports';
import { DEMO_EMAILS as E } from './people';

/** The past round with everything that was recorded in it. */
export interface PastRound {
  round: Round;
  reports: StatusReport[];
  recommendations: Recommendation[];
  votes: Vote[];
  decisions: Decision[];
  pointDecisions: PointDecision[];
  /** The finished initiative's final treatment: confirmed, with the Skate agencies' feedback coming in. */
  finalTreatment: FinalTreatment | null;
  finalFeedback: FinalFeedback[];
}

/** Wall-clock time `HH:mm` for `osloToInstant`; `hh` and `mm` must be in range. */
function hhmm(hh: number, mm: number): string {
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** One AU member's vote: position, dissent, and the wish for a briefing or a separate item with its reason. */
interface VoteSpec {
  slot: Slot;
  voter: string;
  choice: VoteChoice;
  comment?: string;
  request?: AuRequest;
  reason?: string;
  recused?: boolean;
}

const agree = (slot: Slot, ...voters: string[]): VoteSpec[] =>
  voters.map((voter) => ({ slot, voter, choice: 'agree' }));
const recuse = (slot: Slot, voter: string, agency: string): VoteSpec => ({
  slot,
  voter,
  choice: 'agree',
  comment: `Inhabil: ${agency} er tiltakseier.`,
  recused: true,
});

/**
 * AU's votes, as a quarter goes: most recommendations adopted; AU asks for an oral briefing on
 * «Alvorlig sykt barn» (three of five), where one member also wanted a separate item; one member
 * alone asks for a briefing on Datafabrikken; the API catalogue's recommendation is not adopted
 * (two for, two against); «Ny i Norge» gets too few votes; nobody votes on the missing report.
 */
const VOTES: readonly VoteSpec[] = [
  recuse([2, 1], E.auBrreg, 'Brønnøysundregistrene'),
  ...agree([2, 1], E.auNav, E.auSkatteetaten, E.auKs, E.auKartverket),
  ...agree([2, 2], E.auNav, E.auKartverket, E.auKs),
  {
    slot: [2, 2],
    voter: E.auBrreg,
    choice: 'agree',
    request: 'oral-briefing',
    reason: 'Ønsker muntlig orientering om tiltak for å få flere private virksomheter til å dele data.',
  },
  {
    slot: [2, 3],
    voter: E.auNav,
    choice: 'agree',
    request: 'oral-briefing',
    reason: 'Hvordan NAV og Helsedirektoratet deler arbeidet med hjemmelsavklaringen.',
  },
  ...agree([2, 3], E.auSkatteetaten),
  {
    slot: [2, 3],
    voter: E.auKartverket,
    choice: 'agree',
    request: 'separate-item',
    reason: 'Tiltaket har store avhengigheiter mellom helse og NAV. Skate bør handsame revidert plan som eiga sak.',
  },
  {
    slot: [2, 3],
    voter: E.auBrreg,
    choice: 'agree',
    request: 'oral-briefing',
    reason: 'Den reviderte planen og nye milepæler.',
  },
  { slot: [2, 3], voter: E.auKs, choice: 'agree', request: 'oral-briefing', reason: 'Konsekvensene for kommunene.' },
  recuse([2, 4], E.auNav, 'NAV'),
  ...agree([2, 4], E.auSkatteetaten, E.auBrreg, E.auKs),
  ...agree([2, 5], E.auNav, E.auKartverket),
  ...agree([2, 6], E.auNav, E.auSkatteetaten, E.auBrreg, E.auKs),
  ...agree([1, 1], E.auNav, E.auSkatteetaten, E.auKartverket, E.auBrreg),
  recuse([1, 2], E.auSkatteetaten, 'Skatteetaten'),
  ...agree([1, 2], E.auNav, E.auBrreg),
  {
    slot: [1, 2],
    voter: E.auKs,
    choice: 'disagree',
    comment: 'AU bør se revidert kostnadsestimat før Skate tar stilling til å avgrense leveransen.',
  },
  {
    slot: [1, 2],
    voter: E.auKartverket,
    choice: 'disagree',
    comment: 'Avgrensinga må avklarast med dataeigarane før Skate tek stilling.',
  },
  recuse([1, 4], E.auKs, 'KS'),
  ...agree([1, 4], E.auNav, E.auBrreg, E.auSkatteetaten),
  recuse([1, 5], E.auSkatteetaten, 'Skatteetaten'),
  ...agree([1, 5], E.auNav, E.auKs, E.auKartverket),
  ...agree([0, 1], E.auNav, E.auSkatteetaten, E.auBrreg, E.auKs, E.auKartverket),
  ...agree([0, 3], E.auNav, E.auBrreg, E.auKs),
];

/** The points AU did not adopt, which the secretariat put to Skate as its own proposal. */
const SECRETARIAT_PROPOSALS: readonly Slot[] = [
  [1, 2],
  [1, 3],
];

const DECISIONS: ReadonlyArray<[slot: Slot, text: string]> = [
  [
    [2, 3],
    'Skate ber Helsedirektoratet legge fram revidert plan med nye milepæler for AU før neste rapportering. Skate-virksomhetene bidrar til å avklare hjemmel for deling av helseopplysninger med NAV.',
  ],
  [
    [1, 2],
    'Skate ber Skatteetaten avgrense første leveranse til de 30 mest brukte API-ene slik at kostnaden holdes innenfor toleransen, og legge fram revidert kostnadsestimat for AU.',
  ],
  [
    [2, 2],
    'Skate tar statusrapporten til orientering og ber Digdir orientere AU om tiltak for å øke delingen av data fra næringslivet.',
  ],
  [
    [2, 3],
    'Skate-virksomhetene melder til Skatesekretariatet innen 1. oktober hvem som deltar i arbeidet med å avklare hjemmel for deling av helseopplysninger.',
  ],
];

/**
 * The round of quarter `previous`, closed the business day after its Skate
 * meeting. Deadline and lock follow the default round calendar; the round
 * opened three weeks (15 business days) before the deadline, reports came in
 * before the deadline, the secretariat drafted recommendations the day after
 * it and AU voted the day before its meeting.
 */
export function demoPastRound(previous: Quarter, initiatives: readonly Initiative[]): PastRound {
  const roundId = previous;
  const { year } = quarterLabel(previous);
  const { skate, au } = meetingDatesOf(previous);
  const schedule = deriveRoundSchedule(skate, DEFAULT_ROUND_CALENDAR, au);
  const deadlineDay = instantToOsloDate(schedule.deadline);
  const openDay = addBusinessDays(deadlineDay, -15);
  const reviewDay = addBusinessDays(deadlineDay, 1);
  const voteDay = addBusinessDays(au, -1);
  const idOf = ([yearsBack, n]: Slot): string => demoInitiativeId(year, yearsBack, n);
  const initiativeOf = (slot: Slot): Initiative => {
    const found = initiatives.find((i) => i.id === idOf(slot));
    if (!found) throw new Error(`demo data: no initiative ${idOf(slot)}`);
    return found;
  };

  const round: Round = {
    id: roundId,
    skateMeetingId: skateMeetingId(skate),
    auMeetingId: auMeetingId(au),
    deadline: schedule.deadline,
    lockAt: schedule.lockAt,
    state: 'closed',
    openedAt: osloToInstant(openDay, '09:00'),
    closedAt: osloToInstant(addBusinessDays(skate, 1), '12:00'),
  };

  const reports: StatusReport[] = [];
  const recommendations: Recommendation[] = [];
  REPORT_SPECS.forEach((spec, index) => {
    const initiative = initiativeOf(spec.slot);
    // submittedAfterDays < 15, so every report is in before the deadline day's deadline.
    const submittedAt = osloToInstant(addBusinessDays(openDay, spec.submittedAfterDays), hhmm(10, index * 3));
    reports.push({
      initiativeId: initiative.id,
      roundId,
      state: 'submitted',
      version: spec.version,
      fields: {
        overall: spec.overall,
        result: spec.result,
        schedule: spec.schedule,
        cost: spec.cost,
        overallOverrideReason: null,
        scheduleOverrideReason: null,
        costOverrideReason: null,
        forecastCompletionDate: addDays(initiative.agreedCompletionDate, spec.delayDays),
        forecastCostNok: Math.round((initiative.agreedCostNok * (100 + spec.overrunPercent)) / 100),
        progress: spec.progress,
        deviations: spec.deviations,
        correctiveActions: spec.correctiveActions,
        decisionFollowUp: [],
        sdgs: [...initiative.sdgs],
        asksSkateAttention: spec.asksSkateAttention,
      },
      updatedBy: spec.author,
      updatedAt: submittedAt,
      submittedAt,
    });
    const voted = VOTES.some((v) => idOf(v.slot) === initiative.id);
    recommendations.push({
      roundId,
      initiativeId: initiative.id,
      // Where the secretariat wrote nothing special, the draft is the bot's default: a code, fixed by AU's first vote.
      text: spec.recommendation ?? '',
      typed: spec.recommendation !== null,
      draft: spec.recommendation === null && voted ? draftRecommendation(initiative, reports.at(-1) ?? null) : null,
      version: 1,
      author: spec.recommendation === null ? 'system' : index % 2 === 0 ? E.secretariat : E.secretariat2,
      updatedAt: osloToInstant(reviewDay, hhmm(13, index * 4)),
    });
  });

  const votes: Vote[] = VOTES.map((v, index) => ({
    roundId,
    initiativeId: initiativeOf(v.slot).id,
    voter: v.voter,
    choice: v.choice,
    comment: v.comment ?? '',
    request: v.request ?? null,
    requestReason: v.reason ?? '',
    recused: v.recused ?? false,
    recommendationVersion: 1,
    at: osloToInstant(voteDay, hhmm(9 + (Math.floor(index / 4) % 8), (index % 4) * 12)),
  }));

  const decisions: Decision[] = DECISIONS.map(([slot, text], index) => ({
    id: `V-${roundId}-${String(index + 1).padStart(2, '0')}`,
    initiativeId: initiativeOf(slot).id,
    roundId,
    text,
    point: null,
    decidedOn: skate,
    state: 'open',
    recordedBy: E.secretariat,
  }));

  const pointDecisions: PointDecision[] = SECRETARIAT_PROPOSALS.map((slot) => ({
    roundId,
    initiativeId: initiativeOf(slot).id,
    disposition: 'secretariat-proposal',
    decidedBy: E.secretariat,
    at: osloToInstant(addBusinessDays(au, 1), '08:30'),
  }));
  const finished = initiatives.find((i) => i.phase === 'finished') ?? null;
  return {
    round,
    reports,
    recommendations,
    votes,
    decisions,
    pointDecisions,
    ...finalTreatment(finished, reviewDay, au),
  };
}

/**
 * The finished initiative's final treatment: its owner reported it finished when the round
 * opened, the secretariat confirmed it the day review began, and two Skate agencies have given
 * written feedback by the deadline, the day before AU's meeting.
 */
function finalTreatment(
  finished: Initiative | null,
  reviewDay: string,
  au: string,
): Pick<PastRound, 'finalTreatment' | 'finalFeedback'> {
  if (!finished) return { finalTreatment: null, finalFeedback: [] };
  const feedbackDay = addBusinessDays(au, -2);
  return {
    finalTreatment: {
      initiativeId: finished.id,
      state: 'feedback',
      requestedBy: finished.contacts[0] ?? E.secretariat,
      requestedAt: osloToInstant(addBusinessDays(reviewDay, -3), '10:15'),
      confirmedBy: E.secretariat,
      confirmedAt: osloToInstant(reviewDay, '09:30'),
      feedbackDeadline: addBusinessDays(reviewDay, 4),
      decisionId: null,
    },
    finalFeedback: [
      {
        initiativeId: finished.id,
        author: 'thomas.brekken@example.no',
        organisationId: 'ssb',
        text: 'SSB har avlevert gjennom tjenesten og bekrefter at avlevert materiale er søkbart. Vi anbefaler at tiltaket avsluttes.',
        at: osloToInstant(feedbackDay, '11:00'),
      },
      {
        initiativeId: finished.id,
        author: 'marte.lovli@example.no',
        organisationId: 'lanekassen',
        text: 'Lånekassen støtter at tiltaket avsluttes. Veiledningen for avlevering bør holdes oppdatert i forvaltningen.',
        at: osloToInstant(feedbackDay, '14:20'),
      },
    ],
  };
}
