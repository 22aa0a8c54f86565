import { currentRecommendation, recommendationVersion } from '../../domain/agenda/default-recommendation';
import { DomainFailure } from '../../domain/errors';
import type { Quarter, Recommendation, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { acceptsRecommendations } from '../../domain/round-state';
import { cleanText, FIELD_LIMITS } from '../../domain/text';
import { recommendationText } from '../../i18n/recommendation-text';
import { recommendationChangedView } from '../../views/au-notice-views';
import { type Actor, type AppContext, type AppSettings, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { initiativesInReview } from '../rounds/initiatives-to-report';
import { refreshReviewPost } from './review-item';

async function roundOrFail(repos: Repositories, roundId: Quarter): Promise<Round> {
  const round = await repos.rounds.get(roundId);
  if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: roundId });
  return round;
}

async function refreshAll(
  repos: Repositories,
  settings: AppSettings,
  round: Round,
  ids: string[],
  reason: string,
  now: Date,
) {
  for (const id of ids) {
    const initiative = await repos.initiatives.get(id);
    if (initiative) await refreshReviewPost(repos, settings, round, initiative, reason, now);
  }
}

/** What an edit did: the version AU now votes on, and how many members' votes it cleared. */
export interface EditedRecommendation {
  version: number;
  /** Members who had voted on the old version: their votes no longer count, and each was told. */
  cleared: number;
}

/**
 * The secretariat replaces its draft of AU's recommendation for one initiative (seed 004, 5.3).
 * Before anyone has voted the draft is simply replaced. Once a member has voted on it, the
 * recommendation is frozen: a change makes a new version, the votes on the old one no longer
 * count, and every member who had voted gets the old and the new text side by side with a
 * button to vote again. The audit log keeps both versions.
 */
export async function editRecommendation(
  app: AppContext,
  input: { roundId: Quarter; initiativeId: string; text: string },
  actor: Actor,
  now: Date,
): Promise<EditedRecommendation> {
  requireAdministrator(actor);
  const text = cleanText(input.text).trim();
  if (text === '') throw DomainFailure.of('REPORT.REQUIRED', {}, 'text');
  if ([...text].length > FIELD_LIMITS.recommendation)
    throw DomainFailure.of('REPORT.TOO_LONG', { max: FIELD_LIMITS.recommendation }, 'text');
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await roundOrFail(repos, input.roundId);
    // A closed round's recommendations are part of a paper Skate has treated: they stay as they were.
    const closed = acceptsRecommendations(round);
    if (closed) throw new DomainFailure([closed]);
    const initiative = await repos.initiatives.get(input.initiativeId);
    if (!initiative) throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    const stored = await repos.recommendations.get(round.id, initiative.id);
    const version = recommendationVersion(stored);
    const voters = [
      ...new Set(
        (await repos.votes.listForRound(round.id))
          .filter((v) => v.initiativeId === initiative.id && v.recommendationVersion === version)
          .map((v) => v.voter),
      ),
    ];
    const before = currentRecommendation(stored, initiative, await repos.reports.get(initiative.id, round.id));
    const next: Recommendation = {
      roundId: round.id,
      initiativeId: initiative.id,
      text,
      typed: true,
      draft: null,
      version: voters.length > 0 ? version + 1 : version,
      author: actorName(actor),
      updatedAt: now.toISOString(),
    };
    await repos.recommendations.save(next);
    for (const voter of voters) {
      const person = await repos.people.get(voter);
      if (!person) continue;
      const texts = { before: recommendationText(before, person.locale), after: text, version: next.version };
      await repos.outbox.enqueue(
        {
          dedupeKey: `round:${round.id}/recommendation:${initiative.id}/v${next.version}/to:${voter}`,
          destination: { kind: 'person', email: voter },
          view: recommendationChangedView(round.id, initiative, texts, person.locale),
          notBefore: now.toISOString(),
        },
        now,
      );
    }
    await refreshAll(repos, app.settings, round, [initiative.id], `recommendation:${now.toISOString()}`, now);
    return { version: next.version, cleared: voters.length };
  });
}

/** Closes AU's vote on one initiative, or on every initiative of the round. */
export async function closeVote(
  app: AppContext,
  input: { roundId: Quarter; initiativeId: string | null },
  actor: Actor,
  now: Date,
): Promise<string[]> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await roundOrFail(repos, input.roundId);
    const ids = input.initiativeId
      ? [input.initiativeId]
      : initiativesInReview(await repos.initiatives.list()).map((i) => i.id);
    if (input.initiativeId && !(await repos.initiatives.get(input.initiativeId))) {
      throw DomainFailure.of('INITIATIVE.NOT_FOUND', { initiative: input.initiativeId });
    }
    await repos.votes.close(round.id, input.initiativeId ?? '*', actorName(actor), now);
    await refreshAll(repos, app.settings, round, ids, 'closed', now);
    return ids;
  });
}
