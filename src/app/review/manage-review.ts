import { DomainFailure } from '../../domain/errors';
import type { Quarter, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { type Actor, type AppContext, type AppSettings, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { initiativesToReport } from '../rounds/initiatives-to-report';
import { refreshReviewPost } from './review-item';

const RECOMMENDATION_LIMIT = 2000;

function roundOrFail(repos: Repositories, roundId: Quarter): Round {
  const round = repos.rounds.get(roundId);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: roundId });
  return round;
}

function refreshAll(
  repos: Repositories,
  settings: AppSettings,
  round: Round,
  ids: string[],
  reason: string,
  now: Date,
) {
  for (const id of ids) {
    const initiative = repos.initiatives.get(id);
    if (initiative) refreshReviewPost(repos, settings, round, initiative, reason, now);
  }
}

/** The secretariat replaces its draft of AU's recommendation for one initiative (seed 004, 5.3). */
export function editRecommendation(
  app: AppContext,
  input: { roundId: Quarter; initiativeId: string; text: string },
  actor: Actor,
  now: Date,
): void {
  requireAdministrator(actor);
  const text = input.text.trim();
  if (text === '') throw DomainFailure.of('REPORT.REQUIRED', {}, 'text');
  if ([...text].length > RECOMMENDATION_LIMIT)
    throw DomainFailure.of('REPORT.TOO_LONG', { max: RECOMMENDATION_LIMIT }, 'text');
  app.uow.write({ actor: actorName(actor), now }, (repos) => {
    const round = roundOrFail(repos, input.roundId);
    if (!repos.initiatives.get(input.initiativeId)) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    repos.recommendations.save({
      roundId: round.id,
      initiativeId: input.initiativeId,
      text,
      typed: true,
      author: actorName(actor),
      updatedAt: now.toISOString(),
    });
    refreshAll(repos, app.settings, round, [input.initiativeId], `recommendation:${now.toISOString()}`, now);
  });
}

/** Closes AU's vote on one initiative, or on every initiative of the round. */
export function closeVote(
  app: AppContext,
  input: { roundId: Quarter; initiativeId: string | null },
  actor: Actor,
  now: Date,
): string[] {
  requireAdministrator(actor);
  return app.uow.write({ actor: actorName(actor), now }, (repos) => {
    const round = roundOrFail(repos, input.roundId);
    const ids = input.initiativeId
      ? [input.initiativeId]
      : initiativesToReport(repos.initiatives.list()).map((i) => i.id);
    if (input.initiativeId && !repos.initiatives.get(input.initiativeId)) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    repos.votes.close(round.id, input.initiativeId ?? '*', actorName(actor), now);
    refreshAll(repos, app.settings, round, ids, 'closed', now);
    return ids;
  });
}
