/**
 * The sections of the agenda that concern this round: significant deviations,
 * follow-up of Skate's decisions, AU's treatment, missing reports, final
 * treatment, SDGs, the proposed decision and the appendix. Every list is in
 * initiative id order.
 */

import { compareInitiativeIds } from '../initiative-id';
import type { Decision } from '../model';
import { focusAreaName, lifeEventName } from '../reference';
import { isSignificantDeviation, suggestLights } from '../traffic-lights';
import { type AgendaContext, byKey } from './agenda-context';
import type {
  AgendaDocument,
  AppendixEntry,
  AuTreatmentEntry,
  DeviationEntry,
  FinalTreatmentEntry,
  FollowUpEntry,
} from './agenda-document';
import { recommendationFor } from './agenda-points';
import { decisionContent } from './default-recommendation';

const DIMENSIONS = ['result', 'schedule', 'cost'] as const;

/** Submitted reports with a red result, schedule or cost light, with the owner's overrides of the forecast. */
export function deviations(ctx: AgendaContext): DeviationEntry[] {
  return ctx.covered.flatMap((initiative) => {
    const report = ctx.reports.get(initiative.id);
    if (!report || !isSignificantDeviation(report.fields)) return [];
    const f = report.fields;
    const suggested = suggestLights(initiative, f);
    const overrides: DeviationEntry['overrides'] = [];
    if (suggested.schedule !== f.schedule) {
      overrides.push({
        dimension: 'schedule',
        suggested: suggested.schedule,
        chosen: f.schedule,
        reason: f.scheduleOverrideReason ?? '',
      });
    }
    if (suggested.cost !== f.cost) {
      overrides.push({
        dimension: 'cost',
        suggested: suggested.cost,
        chosen: f.cost,
        reason: f.costOverrideReason ?? '',
      });
    }
    return [
      {
        initiativeId: initiative.id,
        title: initiative.title,
        owner: ctx.ownerName(initiative),
        red: DIMENSIONS.filter((d) => f[d] === 'red'),
        deviations: f.deviations,
        correctiveActions: f.correctiveActions,
        overrides,
        forecastCompletionDate: f.forecastCompletionDate,
        agreedCompletionDate: initiative.agreedCompletionDate,
        forecastCostNok: f.forecastCostNok,
        agreedCostNok: initiative.agreedCostNok,
      },
    ];
  });
}

/**
 * Each decision to follow up, with the owner's answer from this round's report
 * (state null without one): every open decision is asked, each answered on its own.
 */
export function followUp(ctx: AgendaContext): FollowUpEntry[] {
  // By initiative, then the order they were taken in.
  const order = byKey((d: Decision) => `${d.decidedOn}\u0000${d.id}`);
  const decisions = [...ctx.input.decisionsToFollowUp].sort(
    (a, b) => compareInitiativeIds(a.initiativeId, b.initiativeId) || order(a, b),
  );
  return decisions.map((decision) => {
    const answers = ctx.reports.get(decision.initiativeId)?.fields.decisionFollowUp ?? [];
    const answer = answers.find((a) => a.decisionId === decision.id);
    const title = ctx.initiative(decision.initiativeId)?.title ?? decision.initiativeId;
    return {
      initiativeId: decision.initiativeId,
      title,
      decision: decisionContent(decision),
      decidedOn: decision.decidedOn,
      state: answer && answer.state !== '' ? answer.state : null,
      comment: answer?.comment ?? '',
    };
  });
}

/** AU's tally and the recommendation AU voted on, for every covered initiative. */
export function auTreatment(ctx: AgendaContext): AuTreatmentEntry[] {
  return ctx.covered.map((initiative) => {
    const tally = ctx.tallies.get(initiative.id);
    if (!tally) throw new Error(`no tally for ${initiative.id}`);
    return {
      initiativeId: initiative.id,
      title: initiative.title,
      recommendation: recommendationFor(ctx, initiative),
      tally,
      members: ctx.members.length,
    };
  });
}

/**
 * Listed initiatives without a submitted report, with their contact persons' names. One in
 * final treatment is not asked to report, so it is never missing.
 */
export function missingReports(ctx: AgendaContext): AgendaDocument['missingReports'] {
  return ctx.listed
    .filter((initiative) => !ctx.reports.has(initiative.id))
    .map((initiative) => ({
      initiativeId: initiative.id,
      title: initiative.title,
      owner: ctx.ownerName(initiative),
      contacts: initiative.contacts.map((email) => ctx.personName(email)),
    }));
}

/**
 * Covered initiatives in phase 'finished': in final treatment in Skate (seed 004, 6.1), with the
 * deadline of the Skate agencies' written feedback and the answers given, each agency once
 * (its latest answer).
 */
export function finalTreatment(ctx: AgendaContext): FinalTreatmentEntry[] {
  const organisations = new Map(ctx.input.organisations.map((o) => [o.id, o.name]));
  return ctx.covered
    .filter((initiative) => initiative.phase === 'finished')
    .map((initiative) => {
      const treatment = ctx.finalTreatment(initiative.id);
      const latest = new Map<string, { from: string; text: string; at: string }>();
      for (const f of ctx.finalFeedback(initiative.id)) {
        const from = f.organisationId
          ? (organisations.get(f.organisationId) ?? f.organisationId)
          : ctx.personName(f.author);
        const seen = latest.get(from);
        if (!seen || seen.at <= f.at) latest.set(from, { from, text: f.text, at: f.at });
      }
      return {
        initiativeId: initiative.id,
        title: initiative.title,
        owner: ctx.ownerName(initiative),
        agreedResult: initiative.agreedResult,
        feedbackDeadline: treatment?.feedbackDeadline ?? null,
        feedback: [...latest.values()].sort(byKey((f) => f.at)).map(({ from, text }) => ({ from, text })),
      };
    });
}

/**
 * How many covered initiatives support each SDG: the report's goals, or the
 * initiative's registered goals when the report is missing. Most first, then by number.
 */
export function sdgCounts(ctx: AgendaContext): AgendaDocument['sdgs'] {
  const counts = new Map<number, number>();
  for (const initiative of ctx.covered) {
    const sdgs = ctx.reports.get(initiative.id)?.fields.sdgs ?? initiative.sdgs;
    for (const sdg of new Set(sdgs)) counts.set(sdg, (counts.get(sdg) ?? 0) + 1);
  }
  return [...counts].map(([sdg, count]) => ({ sdg, count })).sort((a, b) => b.count - a.count || a.sdg - b.sdg);
}

/** One appendix section per listed initiative, names in the document's language. */
export function appendix(ctx: AgendaContext): AppendixEntry[] {
  const locale = ctx.input.locale;
  return ctx.listed.map((initiative) => {
    const f = ctx.reports.get(initiative.id)?.fields ?? null;
    return {
      initiativeId: initiative.id,
      title: initiative.title,
      owner: ctx.ownerName(initiative),
      focusArea: focusAreaName(initiative.focusArea, locale),
      lifeEvents: initiative.lifeEvents.map((id) => lifeEventName(id, locale)),
      phase: initiative.phase,
      agreedResult: initiative.agreedResult,
      agreedCompletionDate: initiative.agreedCompletionDate,
      agreedCostNok: initiative.agreedCostNok,
      report: f && {
        overall: f.overall,
        result: f.result,
        schedule: f.schedule,
        cost: f.cost,
        forecastCompletionDate: f.forecastCompletionDate,
        forecastCostNok: f.forecastCostNok,
        progress: f.progress,
        deviations: f.deviations,
        correctiveActions: f.correctiveActions,
        asksSkateAttention: f.asksSkateAttention,
        sdgs: [...f.sdgs].sort((a, b) => a - b),
      },
    };
  });
}
