/**
 * The sections of the agenda that concern this round: significant deviations,
 * follow-up of Skate's decisions, AU's treatment, missing reports, final
 * treatment, SDGs, the proposed decision and the appendix. Every list is in
 * initiative id order.
 */

import { compareInitiativeIds } from '../initiative-id';
import type { Decision, Email, Initiative, Vote } from '../model';
import { focusAreaName, lifeEventName } from '../reference';
import { isSignificantDeviation, suggestLights } from '../traffic-lights';
import { type AgendaContext, byKey } from './agenda-context';
import type { AgendaDocument, AppendixEntry, AuTreatmentEntry, DeviationEntry, FollowUpEntry } from './agenda-document';
import { currentRecommendation, type RecommendationContent } from './default-recommendation';

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

/** Each decision to follow up, with the owner's answer from this round's report (null state without one). */
export function followUp(ctx: AgendaContext): FollowUpEntry[] {
  // By initiative, then the order they were taken in.
  const order = byKey((d: Decision) => `${d.decidedOn}\u0000${d.id}`);
  const decisions = [...ctx.input.decisionsToFollowUp].sort(
    (a, b) => compareInitiativeIds(a.initiativeId, b.initiativeId) || order(a, b),
  );
  return decisions.map((decision) => {
    const answer = ctx.reports.get(decision.initiativeId)?.fields.decisionFollowUp ?? null;
    const matches = answer !== null && answer.decisionId === decision.id;
    return {
      initiativeId: decision.initiativeId,
      title: ctx.initiative(decision.initiativeId)?.title ?? decision.initiativeId,
      decisionText: decision.text,
      decidedOn: decision.decidedOn,
      state: matches ? answer.state : null,
      comment: matches ? answer.comment : '',
    };
  });
}

/** The recommendation for an initiative: the one the secretariat typed, else the default draft. */
function recommendationFor(ctx: AgendaContext, initiative: Initiative): RecommendationContent {
  const stored = ctx.input.recommendations.find(
    (r) => r.initiativeId === initiative.id && r.roundId === ctx.input.round.id,
  );
  return currentRecommendation(stored ?? null, initiative, ctx.reports.get(initiative.id) ?? null);
}

/**
 * What the counted oral-briefing votes on an initiative ask to hear about: the
 * non-empty comments of each member's latest vote (as in `tallyVotes`), in member order.
 */
function oralBriefingReasons(ctx: AgendaContext, initiativeId: string): string[] {
  const latest = new Map<Email, Vote>();
  for (const vote of ctx.input.votes) {
    if (vote.initiativeId !== initiativeId || vote.roundId !== ctx.input.round.id) continue;
    const current = latest.get(vote.voter);
    if (!current || Date.parse(vote.at) >= Date.parse(current.at)) latest.set(vote.voter, vote);
  }
  return ctx.members.flatMap((member) => {
    const vote = latest.get(member);
    const counted = vote !== undefined && !vote.recused && vote.choice === 'oral-briefing';
    return counted && vote.comment.trim() !== '' ? [vote.comment] : [];
  });
}

/** AU's tally and the recommendation for every covered initiative. */
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
      oralBriefingReasons: oralBriefingReasons(ctx, initiative.id),
    };
  });
}

/** Covered initiatives without a submitted report, with their contact persons' names. */
export function missingReports(ctx: AgendaContext): AgendaDocument['missingReports'] {
  return ctx.covered
    .filter((initiative) => !ctx.reports.has(initiative.id))
    .map((initiative) => ({
      initiativeId: initiative.id,
      title: initiative.title,
      owner: ctx.ownerName(initiative),
      contacts: initiative.contacts.map((email) => ctx.personName(email)),
    }));
}

/** Covered initiatives in phase 'finished': due for final treatment in Skate (seed 004, 6.1). */
export function finalTreatment(ctx: AgendaContext): AgendaDocument['finalTreatment'] {
  return ctx.covered
    .filter((initiative) => initiative.phase === 'finished')
    .map((initiative) => ({
      initiativeId: initiative.id,
      title: initiative.title,
      owner: ctx.ownerName(initiative),
      agreedResult: initiative.agreedResult,
    }));
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

/**
 * The specific points of the proposed decision: AU's recommendation for each
 * initiative with a significant deviation, a missing report, a final
 * treatment, a separate-item recommendation, the owner's request for
 * attention, or a recommendation the secretariat edited.
 */
export function proposedDecision(ctx: AgendaContext): AgendaDocument['proposedDecision'] {
  return ctx.covered.flatMap((initiative) => {
    const report = ctx.reports.get(initiative.id) ?? null;
    const recommendation = recommendationFor(ctx, initiative);
    const specific =
      report === null ||
      isSignificantDeviation(report.fields) ||
      report.fields.asksSkateAttention ||
      initiative.phase === 'finished' ||
      ctx.tallies.get(initiative.id)?.separateItem.requested === true ||
      // Edited is what the store says: the secretariat typed it, whatever the words.
      recommendation.source === 'typed';
    return specific ? [{ initiativeId: initiative.id, recommendation }] : [];
  });
}

/** One appendix section per covered initiative, names in the document's language. */
export function appendix(ctx: AgendaContext): AppendixEntry[] {
  const locale = ctx.input.locale;
  return ctx.covered.map((initiative) => {
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
