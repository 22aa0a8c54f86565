import { recommendationVersion } from '../../domain/agenda/default-recommendation';
import type { Initiative, Recommendation, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { draftRecommendation } from '../../domain/recommendation-draft';

/**
 * Fixes the recommendation AU votes on before a vote is stored: a default that
 * still follows the report is stored as its code now, so a late report can no
 * longer change the words a member voted on. A typed or already fixed
 * recommendation is returned as it is. The version voted on is the result's.
 */
export async function freezeRecommendation(
  repos: Repositories,
  round: Round,
  initiative: Initiative,
  now: Date,
): Promise<Recommendation> {
  const stored = await repos.recommendations.get(round.id, initiative.id);
  if (stored && (stored.typed || stored.draft !== null)) return stored;
  const frozen: Recommendation = {
    roundId: round.id,
    initiativeId: initiative.id,
    text: '',
    typed: false,
    draft: draftRecommendation(initiative, await repos.reports.get(initiative.id, round.id)),
    version: recommendationVersion(stored),
    author: 'system',
    updatedAt: now.toISOString(),
  };
  await repos.recommendations.save(frozen);
  return frozen;
}
