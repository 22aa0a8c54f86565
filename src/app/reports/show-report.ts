import { DomainFailure } from '../../domain/errors';
import type { Decision, Initiative, Quarter, ReportVersion, Round, StatusReport } from '../../domain/model';
import { suggestLights } from '../../domain/traffic-lights';
import type { AppContext } from '../app-context';

export interface ReportDetails {
  initiative: Initiative;
  round: Round;
  report: StatusReport | null;
  versions: ReportVersion[];
  /** The lights the forecast suggests, shown beside the owner's choice. */
  suggested: ReturnType<typeof suggestLights> | null;
  openDecision: Decision | null;
}

/** An initiative's report in a round (by default the latest round), with its versions. */
export function showReport(app: AppContext, initiativeId: string, roundId: Quarter | undefined): ReportDetails {
  return app.uow.read((repos) => {
    const initiative = repos.initiatives.get(initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: initiativeId });
    const round = roundId ? repos.rounds.get(roundId) : (repos.rounds.list().at(-1) ?? null);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: roundId ?? '' });
    const report = repos.reports.get(initiative.id, round.id);
    return {
      initiative,
      round,
      report,
      versions: repos.reports.versions(initiative.id, round.id),
      suggested: report ? suggestLights(initiative, report.fields) : null,
      openDecision: repos.decisions.findOpenFor(initiative.id),
    };
  });
}
