import type { Decision, Initiative, ReportFields, StatusReport } from './model';
import { overallGreenerThanDimensions, suggestLights } from './traffic-lights';

/**
 * The fields a new report form starts with: last quarter's submitted report
 * (so the owner only changes what changed), with this quarter's narrative
 * emptied, the lights re-suggested where the owner had not overridden them
 * (the overall light no greener than the worst of the others unless last
 * quarter's report said why), and every open Skate decision attached for follow-up, unanswered: the
 * owner must say for each whether it was followed (5.1), so none is answered for them. Without a
 * previous report, the agreed baseline.
 */
export function prefillReport(
  initiative: Initiative,
  previous: StatusReport | null,
  openDecisions: readonly Decision[],
): ReportFields {
  const followUp = openDecisions.map((d) => ({ decisionId: d.id, state: '' as const, comment: '' }));
  if (previous === null) {
    return {
      overall: 'green',
      result: 'green',
      schedule: 'green',
      cost: 'green',
      overallOverrideReason: null,
      scheduleOverrideReason: null,
      costOverrideReason: null,
      forecastCompletionDate: initiative.agreedCompletionDate,
      forecastCostNok: initiative.agreedCostNok,
      progress: '',
      deviations: '',
      correctiveActions: '',
      decisionFollowUp: followUp,
      sdgs: [...initiative.sdgs],
      asksSkateAttention: false,
    };
  }
  const last = previous.fields;
  const suggested = suggestLights(initiative, last);
  const schedule = last.scheduleOverrideReason ? last.schedule : suggested.schedule;
  const cost = last.costOverrideReason ? last.cost : suggested.cost;
  // Absent from reports stored before the field existed.
  const overallOverrideReason = last.overallOverrideReason ?? null;
  // The form should not open in breach of the rule it checks on submission; the owner may still choose.
  const floor = overallOverrideReason ? null : overallGreenerThanDimensions({ ...last, schedule, cost });
  return {
    ...last,
    overall: floor ?? last.overall,
    overallOverrideReason,
    schedule,
    cost,
    progress: '',
    deviations: last.deviations,
    correctiveActions: last.correctiveActions,
    decisionFollowUp: followUp,
    asksSkateAttention: false,
  };
}
