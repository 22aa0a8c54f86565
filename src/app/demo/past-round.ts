/**
 * The demo's past round: the previous quarter's round, closed, with the
 * owners' reports, the secretariat's draft recommendations, AU's votes and
 * Skate's open decisions, which the next form asks the owner to follow up.
 */

import { defaultRecommendation } from '../../domain/agenda/default-recommendation';
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
  Decision,
  Initiative,
  Quarter,
  Recommendation,
  Round,
  StatusReport,
  Vote,
  VoteChoice,
} from '../../domain/model';
import { recommendationText } from '../../i18n/recommendation-text';
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
}

/** Wall-clock time `HH:mm` for `osloToInstant`; `hh` and `mm` must be in range. */
function hhmm(hh: number, mm: number): string {
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

type VoteSpec = [slot: Slot, voter: string, choice: VoteChoice, comment: string, recused?: boolean];

const VOTES: readonly VoteSpec[] = [
  [[2, 1], E.auBrreg, 'agree', 'Inhabil: Brønnøysundregistrene er tiltakseier.', true],
  [[2, 1], E.auKs, 'agree', ''],
  [
    [2, 2],
    E.auBrreg,
    'oral-briefing',
    'Ønsker muntlig orientering om tiltak for å få flere private virksomheter til å dele data.',
  ],
  [[2, 2], E.auKartverket, 'agree', ''],
  [[2, 3], E.auNav, 'agree', ''],
  [[2, 3], E.auSkatteetaten, 'agree', ''],
  [
    [2, 3],
    E.auKartverket,
    'separate-item',
    'Tiltaket har store avhengigheiter mellom helse og NAV. Skate bør handsame revidert plan som eiga sak.',
  ],
  [[2, 3], E.auBrreg, 'agree', ''],
  [[2, 3], E.auKs, 'oral-briefing', 'AU ber om muntlig orientering om revidert plan i neste AU-møte.'],
  [[2, 4], E.auNav, 'agree', 'Inhabil: NAV er tiltakseier.', true],
  [[2, 4], E.auSkatteetaten, 'agree', ''],
  [[2, 4], E.auKs, 'agree', ''],
  [[1, 2], E.auSkatteetaten, 'agree', 'Inhabil: Skatteetaten er tiltakseier.', true],
  [[1, 2], E.auNav, 'agree', ''],
  [[1, 2], E.auKs, 'disagree', 'AU bør se revidert kostnadsestimat før Skate tar stilling til å avgrense leveransen.'],
  [[1, 2], E.auKartverket, 'agree', ''],
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
        decisionFollowUp: null,
        sdgs: [...initiative.sdgs],
        asksSkateAttention: spec.asksSkateAttention,
      },
      updatedBy: spec.author,
      updatedAt: submittedAt,
      submittedAt,
    });
    recommendations.push({
      roundId,
      initiativeId: initiative.id,
      // Where the secretariat wrote nothing special, the draft is the bot's default, as in a real round.
      text: spec.recommendation ?? recommendationText(defaultRecommendation(initiative, reports.at(-1) ?? null), 'nb'),
      typed: spec.recommendation !== null,
      author: spec.recommendation === null ? 'system' : index % 2 === 0 ? E.secretariat : E.secretariat2,
      updatedAt: osloToInstant(reviewDay, hhmm(13, index * 4)),
    });
  });

  const votes: Vote[] = VOTES.map(([slot, voter, choice, comment, recused], index) => ({
    roundId,
    initiativeId: initiativeOf(slot).id,
    voter,
    choice,
    comment,
    recused: recused ?? false,
    at: osloToInstant(voteDay, hhmm(9 + Math.floor(index / 4), (index % 4) * 12)),
  }));

  const decisions: Decision[] = DECISIONS.map(([slot, text], index) => ({
    id: `V-${roundId}-${String(index + 1).padStart(2, '0')}`,
    initiativeId: initiativeOf(slot).id,
    roundId,
    text,
    decidedOn: skate,
    state: 'open',
    recordedBy: E.secretariat,
  }));

  return { round, reports, recommendations, votes, decisions };
}
