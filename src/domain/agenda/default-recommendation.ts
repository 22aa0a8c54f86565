/**
 * AU's recommendation on one initiative as its readers get it. The default
 * draft is data — `draftRecommendation`'s code and parameters — that the
 * message catalogue words in each reader's language; only text a person typed
 * is carried as written. The domain never holds catalogue wording, so whether
 * the secretariat edited a recommendation is what the store says (`typed`),
 * not a comparison with today's wording.
 */
import type { Decision, Initiative, Recommendation, StatusReport } from '../model';
import { draftRecommendation, type RecommendationDraft } from '../recommendation-draft';

/** A recommendation ready to be worded: the default draft as data, or the text a person typed. */
export type RecommendationContent =
  /** The secretariat's default draft; the catalogue words it with the initiative's id and title. */
  | { source: 'default'; initiativeId: string; title: string; draft: RecommendationDraft }
  /** Text the secretariat typed, carried as written whatever the reader's language. */
  | { source: 'typed'; text: string };

/**
 * The default draft recommendation for `initiative` given its report this
 * round (null when none; a draft counts as none), the same one the AU review
 * thread starts from.
 */
export function defaultRecommendation(initiative: Initiative, report: StatusReport | null): RecommendationContent {
  return {
    source: 'default',
    initiativeId: initiative.id,
    title: initiative.title,
    draft: draftRecommendation(initiative, report),
  };
}

/**
 * The recommendation readers get now: the text the secretariat typed when
 * there is one; else the default fixed when AU first voted on it (a vote is
 * on the words it saw, so a late report no longer changes them); else the
 * default drawn from the report as it stands (a late report changes it).
 */
export function currentRecommendation(
  stored: Recommendation | null,
  initiative: Initiative,
  report: StatusReport | null,
): RecommendationContent {
  if (stored?.typed) return { source: 'typed', text: stored.text };
  if (stored?.draft)
    return { source: 'default', initiativeId: initiative.id, title: initiative.title, draft: stored.draft };
  return defaultRecommendation(initiative, report);
}

/** The version of a round's recommendation AU votes on now: 1 until a change after voting made a new one. */
export function recommendationVersion(stored: Recommendation | null): number {
  return stored?.version ?? 1;
}

/** A recorded decision's words as content: typed text, or a point adopted as proposed, worded per reader. */
export function decisionContent(decision: Decision): RecommendationContent {
  return decision.point
    ? {
        source: 'default',
        initiativeId: decision.initiativeId,
        title: decision.point.title,
        draft: decision.point.draft,
      }
    : { source: 'typed', text: decision.text };
}
