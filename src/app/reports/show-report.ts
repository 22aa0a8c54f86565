import { DomainFailure } from '../../domain/errors';
import type { Decision, Email, Initiative, Quarter, ReportVersion, Round, StatusReport } from '../../domain/model';
import { suggestLights } from '../../domain/traffic-lights';
import type { AppContext } from '../app-context';

export interface ReportDetails {
  initiative: Initiative;
  round: Round;
  report: StatusReport | null;
  versions: ReportVersion[];
  /** The lights the forecast suggests, shown beside the owner's choice; null while a draft's forecast is incomplete. */
  suggested: ReturnType<typeof suggestLights> | null;
  /** Every open Skate decision on the initiative, oldest first. */
  openDecisions: Decision[];
  /** The names of the report's authors, by email, where the registry knows them. */
  names: ReadonlyMap<Email, string>;
}

function suggestionFor(initiative: Initiative, report: StatusReport): ReturnType<typeof suggestLights> | null {
  try {
    return suggestLights(initiative, report.fields);
  } catch {
    // A draft may hold no forecast date or cost yet: there is nothing to suggest from.
    return null;
  }
}

/** An initiative's report in a round (by default the latest round), with its versions. */
export async function showReport(
  app: AppContext,
  initiativeId: string,
  roundId: Quarter | undefined,
): Promise<ReportDetails> {
  return await app.uow.read(async (repos) => {
    const initiative = await repos.initiatives.get(initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: initiativeId });
    const round = roundId ? await repos.rounds.get(roundId) : ((await repos.rounds.list()).at(-1) ?? null);
    if (!round) {
      throw roundId
        ? DomainFailure.of('ROUND.NOT_FOUND', { round: roundId })
        : DomainFailure.of('ROUND.NONE', { rounds: '', suggestion: '' });
    }
    const report = await repos.reports.get(initiative.id, round.id);
    const versions = await repos.reports.versions(initiative.id, round.id);
    const names = new Map<Email, string>();
    for (const email of [report?.updatedBy, ...versions.map((v) => v.author)]) {
      const name = email ? (await repos.people.get(email))?.name : undefined;
      if (email && name) names.set(email, name);
    }
    return {
      initiative,
      round,
      report,
      versions,
      suggested: report ? suggestionFor(initiative, report) : null,
      openDecisions: await repos.decisions.listOpenFor(initiative.id),
      names,
    };
  });
}
