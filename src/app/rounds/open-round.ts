import { checkOpening, deriveRoundSchedule, isQuarter, nextQuarter, type RoundSchedule } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Initiative, IsoDate, Meeting, Quarter, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { transitionRound } from '../../domain/round-state';
import { type Actor, type AppContext, type AppSettings, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { enqueueOpeningRequests, scheduleRoundJobs } from '../cycle/fan-out';
import { findAuMeetingBefore, findSkateMeetingFor } from './find-meetings';
import { initiativesToReport } from './initiatives-to-report';

export interface OpenRoundInput {
  quarter: Quarter;
  /** A specific Skate meeting; by default the first free one from the quarter's start. */
  skateMeetingId?: string;
  /** A deadline day other than the derived one (`runde åpne 2026-Q4 frist 10.12.2026`). */
  deadline?: IsoDate | null;
}

export interface OpenRoundResult {
  round: Round;
  skateMeeting: Meeting;
  auMeetingDate: string;
  initiatives: Initiative[];
  /** Report and acceptance requests enqueued for sending. */
  requests: number;
}

/** A round that can be opened now: its meetings and its schedule. */
export interface OpeningPlan {
  quarter: Quarter;
  skateMeeting: Meeting;
  auMeeting: Meeting | null;
  schedule: RoundSchedule;
}

/**
 * Plans the round of `quarter` as it would open at `now`, or throws the expected failure that
 * says why it cannot and what would work (a later deadline, or the next quarter). Shared by
 * `openRound`, the start banner's suggestion and the tests that pick a round to open.
 */
export async function planOpening(
  repos: Repositories,
  settings: AppSettings,
  input: OpenRoundInput,
  now: Date,
): Promise<OpeningPlan> {
  if (!isQuarter(input.quarter)) throw DomainFailure.of('ROUND.INVALID_QUARTER', { value: input.quarter });
  if (await repos.rounds.get(input.quarter)) throw DomainFailure.of('ROUND.ALREADY_EXISTS', { round: input.quarter });
  const skateMeeting = input.skateMeetingId
    ? await repos.meetings.get(input.skateMeetingId)
    : await findSkateMeetingFor(repos, input.quarter);
  if (skateMeeting?.forum !== 'skate' || (await repos.rounds.findBySkateMeeting(skateMeeting.id))) {
    throw DomainFailure.of('ROUND.NO_SKATE_MEETING', { round: input.quarter });
  }
  const auMeeting = await findAuMeetingBefore(repos, skateMeeting);
  const derived = deriveRoundSchedule(skateMeeting.date, settings.roundCalendar, auMeeting?.date ?? null);
  const verdict = checkOpening({
    derived,
    skateMeetingDate: skateMeeting.date,
    settings: settings.roundCalendar,
    leadBusinessDays: settings.cycle.openLeadBusinessDays,
    now,
    requested: input.deadline ?? null,
  });
  if (!verdict.ok) {
    const params = {
      round: input.quarter,
      deadline: verdict.deadline,
      earliest: verdict.earliest,
      lead: settings.cycle.openLeadBusinessDays,
      skate: skateMeeting.date,
      next: (await nextOpenable(repos, settings, input.quarter, now)) ?? '',
    };
    const code = {
      'deadline-too-close': 'ROUND.DEADLINE_TOO_CLOSE',
      'too-late-for-meeting': 'ROUND.TOO_LATE_FOR_MEETING',
      'deadline-not-business-day': 'ROUND.DEADLINE_NOT_BUSINESS_DAY',
    } as const;
    throw DomainFailure.of(code[verdict.reason], params, 'deadline');
  }
  return { quarter: input.quarter, skateMeeting, auMeeting, schedule: verdict.schedule };
}

/** The first quarter after `after` (up to a year ahead) whose round can be opened now as derived. */
async function nextOpenable(
  repos: Repositories,
  settings: AppSettings,
  after: Quarter,
  now: Date,
): Promise<Quarter | null> {
  let quarter = after;
  for (let i = 0; i < 4; i++) {
    quarter = nextQuarter(quarter);
    if (await tryPlan(repos, settings, quarter, now)) return quarter;
  }
  return null;
}

async function tryPlan(
  repos: Repositories,
  settings: AppSettings,
  quarter: Quarter,
  now: Date,
): Promise<OpeningPlan | null> {
  try {
    return await planOpening(repos, settings, { quarter }, now);
  } catch (error) {
    if (error instanceof DomainFailure) return null;
    throw error;
  }
}

/**
 * The round a secretariat can open today with its derived dates: the first quarter from the
 * current one (up to a year ahead) with a free Skate meeting and a deadline far enough ahead.
 */
export async function suggestOpening(app: AppContext, now: Date, from: Quarter): Promise<OpeningPlan | null> {
  return await app.uow.read(async (repos) => {
    let quarter = from;
    for (let i = 0; i < 5; i++, quarter = nextQuarter(quarter)) {
      const plan = await tryPlan(repos, app.settings, quarter, now);
      if (plan) return plan;
    }
    return null;
  });
}

/**
 * Opens the reporting round of a quarter: derives its deadline, lock time and
 * AU date from the Skate meeting it reports to (or takes the deadline given),
 * refuses a deadline that has passed or is too close, opens it for reports, and
 * in the same transaction enqueues the report and acceptance requests and
 * schedules the reminders and the deadline.
 */
export async function openRound(
  app: AppContext,
  input: OpenRoundInput,
  actor: Actor,
  now: Date,
): Promise<OpenRoundResult> {
  requireAdministrator(actor);
  if (!isQuarter(input.quarter)) throw DomainFailure.of('ROUND.INVALID_QUARTER', { value: input.quarter });
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const { skateMeeting, auMeeting, schedule } = await planOpening(repos, app.settings, input, now);
    const planned: Round = {
      id: input.quarter,
      skateMeetingId: skateMeeting.id,
      auMeetingId: auMeeting?.id ?? null,
      deadline: schedule.deadline,
      lockAt: schedule.lockAt,
      state: 'planned',
      openedAt: null,
      closedAt: null,
    };
    const opened = transitionRound(planned, 'open', now);
    if (!opened.ok) throw new DomainFailure([opened.error]);
    await repos.rounds.save(opened.value);
    await scheduleRoundJobs(repos, opened.value, schedule.reminders, now);
    const requests = await enqueueOpeningRequests(repos, opened.value, now);
    return {
      requests,
      round: opened.value,
      skateMeeting,
      auMeetingDate: schedule.auMeetingDate,
      initiatives: initiativesToReport(await repos.initiatives.list()),
    };
  });
}
