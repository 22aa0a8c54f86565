import { currentRecommendation, recommendationVersion } from '../../domain/agenda/default-recommendation';
import type { Initiative, Locale, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { tallyVotes, type VoteTally } from '../../domain/vote-tally';
import type { MessageView } from '../../views/message-view';
import { reviewItemView } from '../../views/review-views';
import type { AppSettings } from '../app-context';
import { reviewItemKey } from '../cycle/fan-out';

/**
 * The tally of AU's votes on one initiative's recommendation as it stands: only the votes on
 * its current version, by current AU members.
 */
export async function tallyFor(repos: Repositories, settings: AppSettings, round: Round, initiativeId: string) {
  const members = (await repos.people.withRole('au')).map((p) => p.email);
  const votes = (await repos.votes.listForRound(round.id)).filter((v) => v.initiativeId === initiativeId);
  const version = recommendationVersion(await repos.recommendations.get(round.id, initiativeId));
  const tally: VoteTally = tallyVotes(votes, members, settings.voting, version);
  return {
    tally,
    members: members.length,
    version,
    closed: (await repos.votes.isClosed(round.id, initiativeId)) || round.state !== 'in-review',
  };
}

/**
 * Updates an initiative's post in AU's review thread in place (after a vote, a
 * late report or an edited recommendation). Each update has its own key, so
 * every change is sent once, in order, after the post itself.
 */
export async function refreshReviewPost(
  repos: Repositories,
  settings: AppSettings,
  round: Round,
  initiative: Initiative,
  reason: string,
  now: Date,
): Promise<void> {
  const key = reviewItemKey(round.id, initiative.id);
  const post = await repos.outbox.get(key);
  if (!post) return;
  const view = await buildReviewItem(repos, settings, round, initiative, (post.view as MessageView).locale);
  await repos.outbox.enqueue(
    {
      dedupeKey: `${key}/update:${reason}`,
      destination: { kind: 'update', targetKey: key },
      view,
      notBefore: now.toISOString(),
    },
    now,
  );
}

/** An initiative's review post as it stands now: report, recommendation and tally. */
export async function buildReviewItem(
  repos: Repositories,
  settings: AppSettings,
  round: Round,
  initiative: Initiative,
  locale: Locale,
): Promise<MessageView> {
  const report = await repos.reports.get(initiative.id, round.id);
  const recommendation = currentRecommendation(
    await repos.recommendations.get(round.id, initiative.id),
    initiative,
    report,
  );
  const owner = (await repos.organisations.get(initiative.ownerOrganisationId))?.name ?? initiative.ownerOrganisationId;
  return reviewItemView(
    round,
    initiative,
    report,
    recommendation,
    owner,
    locale,
    await tallyFor(repos, settings, round, initiative.id),
  );
}
