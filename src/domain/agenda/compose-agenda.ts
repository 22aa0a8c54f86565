/**
 * Composes the consolidated agenda item (samlesak) of a round: the case paper
 * of seed 000 with the content rules of seed 004 §5 (SPEC step 6), as data.
 * Pure: no clock and no I/O; everything comes from the `AgendaInput`, and the
 * same input always gives the same document (every list in initiative id order).
 */
import { instantToOsloDate, quarterLabel } from '../calendar';
import type { Light } from '../model';
import { isSignificantDeviation } from '../traffic-lights';
import { type AgendaContext, agendaContext } from './agenda-context';
import type { AgendaBackground, AgendaDocument, AgendaHeader, AgendaInput } from './agenda-document';
import { earlierRounds, heatmap, statusRows } from './agenda-history';
import { proposedDecision } from './agenda-points';
import {
  appendix,
  auTreatment,
  deviations,
  finalTreatment,
  followUp,
  missingReports,
  sdgCounts,
} from './agenda-sections';

function header(input: AgendaInput): AgendaHeader {
  const { year, quarter } = quarterLabel(input.round.id);
  return {
    forum: 'Skate',
    meetingDate: input.skateMeetingDate,
    caseNumber: input.caseNumber,
    caseNumberConfirmed: input.caseNumberConfirmed,
    quarter,
    year,
    caseType: 'behandlingssak',
    revision: input.revision,
  };
}

function background(ctx: AgendaContext): AgendaBackground {
  const byOverall: Record<Light, number> = { green: 0, yellow: 0, red: 0 };
  let significantDeviations = 0;
  let submitted = 0;
  for (const initiative of ctx.listed) {
    const report = ctx.reports.get(initiative.id);
    if (!report) continue;
    submitted += 1;
    byOverall[report.fields.overall] += 1;
    if (isSignificantDeviation(report.fields)) significantDeviations += 1;
  }
  return {
    expected: ctx.listed.length,
    submitted,
    missing: ctx.listed.length - submitted,
    byOverall,
    significantDeviations,
    deadline: instantToOsloDate(ctx.input.round.deadline),
    auMeeting: ctx.input.auMeetingDate,
    previousRound: earlierRounds(ctx).at(-1)?.round ?? null,
    auAdopted: [...ctx.tallies.values()].filter((t) => t.outcome === 'adopted').length,
    auTreated: ctx.covered.length,
  };
}

/**
 * The agenda document for `input`. It covers the accepted, Skate-track
 * initiatives not yet finally treated; a report counts only when submitted.
 * Those in final treatment (phase 'finished') are not asked to report, so they
 * are never missing; they appear in the final-treatment section and AU's table.
 *
 * - trend: this round's overall light against the latest earlier submitted
 *   report's ('new' when there is none, or when this round's report is missing);
 * - deviations: submitted reports with a red result, schedule or cost light,
 *   with the schedule and cost lights the owner chose against the forecast's suggestion;
 * - follow-up: each decision in `decisionsToFollowUp` with the answer in this
 *   round's report (state null when the report or the answer is missing);
 * - AU treatment: the tally over `auMembers` by `voting` of the votes on the
 *   recommendation's current version, with that recommendation (typed, or the
 *   default as data): AU's outcome and AU's requests;
 * - the proposed decision: see `proposedDecision` (agenda-points.ts);
 * - missing reports (drafts count as missing), final treatment (phase 'finished')
 *   with the Skate agencies' written feedback;
 * - SDGs counted over the reports (the initiative's own when the report is missing);
 * - the heat map over up to four quarters ending with this round; the appendix for every covered initiative.
 */
export function composeAgenda(input: AgendaInput): AgendaDocument {
  const ctx = agendaContext(input);
  return {
    locale: input.locale,
    round: input.round.id,
    header: header(input),
    background: background(ctx),
    proposedDecision: proposedDecision(ctx),
    statusOverview: statusRows(ctx),
    heatmap: heatmap(ctx),
    deviations: deviations(ctx),
    followUp: followUp(ctx),
    auTreatment: auTreatment(ctx),
    missingReports: missingReports(ctx),
    finalTreatment: finalTreatment(ctx),
    sdgs: sdgCounts(ctx),
    presenter: input.presenter,
    preparedBy: input.preparedBy,
    place: input.place,
    preparedOn: input.preparedOn,
    appendix: appendix(ctx),
  };
}
