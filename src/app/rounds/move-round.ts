import { DomainFailure } from '../../domain/errors';
import type { Quarter, Round, RoundState } from '../../domain/model';
import { transitionRound } from '../../domain/round-state';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { enqueueReview } from '../cycle/fan-out';

/**
 * Moves a round to another state (review, compiled, closed, or back), as the state machine allows.
 * Review is refused until AU's channel is bound, since its items are posted there.
 */
export async function moveRound(
  app: AppContext,
  quarter: Quarter,
  to: RoundState,
  actor: Actor,
  now: Date,
): Promise<Round> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const round = await repos.rounds.get(quarter);
    if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: quarter });
    // AU gets its items in its channel: without one, a review would start with nobody to read it.
    if (to === 'in-review' && (await repos.directory.channel('au')) === null)
      throw DomainFailure.of('ROUND.NO_AU_CHANNEL');
    const moved = transitionRound(round, to, now);
    if (!moved.ok) throw new DomainFailure([moved.error]);
    await repos.rounds.save(moved.value);
    // Moving to review by hand starts AU's review as the deadline would; the posts are deduplicated.
    if (to === 'in-review') await enqueueReview(repos, moved.value, app.settings.cycle.defaultLocale, now);
    return moved.value;
  });
}
