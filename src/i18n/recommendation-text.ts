/**
 * AU's recommendation in words: the catalogue words a default draft in the
 * reader's language; text a person typed is returned as written.
 */
import type { RecommendationContent } from '../domain/agenda/default-recommendation';
import type { Locale } from '../domain/model';
import { messagesFor } from './index';

/** The text of `recommendation` for a reader of `locale`. */
export function recommendationText(recommendation: RecommendationContent, locale: Locale): string {
  if (recommendation.source === 'typed') return recommendation.text;
  const t = messagesFor(locale);
  const { draft } = recommendation;
  const title = `${recommendation.initiativeId} ${recommendation.title}`;
  if (draft.kind === 'note-deviation') {
    const dimensions = draft.lights.map((light) => t.lightDimensions[light].toLowerCase()).join(', ');
    return t.recommendation['note-deviation'](title, dimensions, draft.hasCorrectiveActions);
  }
  return t.recommendation[draft.kind](title);
}
