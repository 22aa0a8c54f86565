/**
 * The parts of the agenda that look back: the status overview's trend against
 * the last earlier report, and the heat map of the last quarters.
 */
import type { Light, Quarter, StatusReport } from '../model';
import type { AgendaContext } from './agenda-context';
import type { AgendaDocument, StatusRow, Trend } from './agenda-document';

const SEVERITY: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

/** The heat map's width: this round and up to three before it. */
export const HEATMAP_QUARTERS = 4;

/** The history's rounds before this one, oldest first, each once, with submitted reports only. */
export function earlierRounds(ctx: AgendaContext): { round: Quarter; reports: ReadonlyMap<string, StatusReport> }[] {
  const current = ctx.input.round.id;
  const rounds = new Map<Quarter, Map<string, StatusReport>>();
  for (const entry of ctx.input.history) {
    if (entry.round >= current) continue;
    const reports = rounds.get(entry.round) ?? new Map<string, StatusReport>();
    for (const report of entry.reports) {
      if (report.state === 'submitted') reports.set(report.initiativeId, report);
    }
    rounds.set(entry.round, reports);
  }
  return [...rounds.keys()].sort().map((round) => ({ round, reports: rounds.get(round) ?? new Map() }));
}

/**
 * The trend of `now` against `before`: 'new' when there is nothing to compare
 * (no earlier report, or no report this round either).
 */
export function trendOf(now: Light | null, before: Light | null): Trend {
  if (now === null || before === null) return 'new';
  const delta = SEVERITY[now] - SEVERITY[before];
  return delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same';
}

/** The overall light of the latest earlier submitted report of an initiative, or null. */
function lastEarlierOverall(earlier: ReturnType<typeof earlierRounds>, initiativeId: string): Light | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const report = earlier[i]?.reports.get(initiativeId);
    if (report) return report.fields.overall;
  }
  return null;
}

/** One row per listed initiative: this round's lights and the trend against the last earlier report. */
export function statusRows(ctx: AgendaContext): StatusRow[] {
  const earlier = earlierRounds(ctx);
  return ctx.listed.map((initiative) => {
    const fields = ctx.reports.get(initiative.id)?.fields ?? null;
    const overall = fields?.overall ?? null;
    return {
      initiativeId: initiative.id,
      title: initiative.title,
      owner: ctx.ownerName(initiative),
      overall,
      result: fields?.result ?? null,
      schedule: fields?.schedule ?? null,
      cost: fields?.cost ?? null,
      trend: trendOf(overall, lastEarlierOverall(earlier, initiative.id)),
      phase: initiative.phase,
    };
  });
}

/** The overall light per listed initiative over the last up to four quarters, this round last. */
export function heatmap(ctx: AgendaContext): AgendaDocument['heatmap'] {
  const earlier = earlierRounds(ctx).slice(-(HEATMAP_QUARTERS - 1));
  const columns = [...earlier, { round: ctx.input.round.id, reports: ctx.reports }];
  return {
    quarters: columns.map((c) => c.round),
    rows: ctx.listed.map((initiative) => ({
      initiativeId: initiative.id,
      title: initiative.title,
      cells: columns.map((c) => c.reports.get(initiative.id)?.fields.overall ?? null),
    })),
  };
}
