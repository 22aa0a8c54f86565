import { deriveRoundSchedule, isQuarter } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Initiative, Meeting, Quarter, Round } from '../../domain/model';
import { transitionRound } from '../../domain/round-state';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { enqueueOpeningRequests, scheduleRoundJobs } from '../cycle/fan-out';
import { findAuMeetingBefore, findSkateMeetingFor } from './find-meetings';
import { initiativesToReport } from './initiatives-to-report';

export interface OpenRoundInput {
  quarter: Quarter;
  /** A specific Skate meeting; by default the first free one from the quarter's start. */
  skateMeetingId?: string;
}

export interface OpenRoundResult {
  round: Round;
  skateMeeting: Meeting;
  auMeetingDate: string;
  initiatives: Initiative[];
  /** Report and acceptance requests enqueued for sending. */
  requests: number;
}

/**
 * Opens the reporting round of a quarter: derives its deadline, lock time and
 * AU date from the Skate meeting it reports to, opens it for reports, and in
 * the same transaction enqueues the report and acceptance requests and
 * schedules the reminders and the deadline.
 */
export function openRound(app: AppContext, input: OpenRoundInput, actor: Actor, now: Date): OpenRoundResult {
  requireAdministrator(actor);
  if (!isQuarter(input.quarter)) throw DomainFailure.of('ROUND.INVALID_QUARTER', { value: input.quarter });
  return app.uow.write({ actor: actorName(actor), now }, (repos) => {
    if (repos.rounds.get(input.quarter)) throw DomainFailure.of('ROUND.ALREADY_EXISTS', { round: input.quarter });
    const skateMeeting = input.skateMeetingId
      ? repos.meetings.get(input.skateMeetingId)
      : findSkateMeetingFor(repos, input.quarter);
    if (skateMeeting?.forum !== 'skate' || repos.rounds.findBySkateMeeting(skateMeeting.id)) {
      throw DomainFailure.of('ROUND.NO_SKATE_MEETING', { round: input.quarter });
    }
    const auMeeting = findAuMeetingBefore(repos, skateMeeting);
    const schedule = deriveRoundSchedule(skateMeeting.date, app.settings.roundCalendar, auMeeting?.date ?? null);
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
    repos.rounds.save(opened.value);
    scheduleRoundJobs(repos, opened.value, schedule.reminders, now);
    const requests = enqueueOpeningRequests(repos, opened.value, now);
    return {
      requests,
      round: opened.value,
      skateMeeting,
      auMeetingDate: schedule.auMeetingDate,
      initiatives: initiativesToReport(repos.initiatives.list()),
    };
  });
}
