/**
 * The text of the secretariat's default draft recommendation for one
 * initiative, in a given language: what the agenda shows when no
 * recommendation was stored, and what a stored recommendation is compared
 * with to tell whether the secretariat edited it.
 */
import { messagesFor } from '../../i18n';
import type { Initiative, Locale, StatusReport } from '../model';
import { draftRecommendation } from '../recommendation-draft';

/**
 * The default draft recommendation's text for `initiative` given its report
 * this round (null when none; a draft counts as none), the same text the AU
 * review thread starts from.
 */
export function defaultRecommendationText(initiative: Initiative, report: StatusReport | null, locale: Locale): string {
  const t = messagesFor(locale);
  const draft = draftRecommendation(initiative, report);
  const title = `${initiative.id} ${initiative.title}`;
  if (draft.kind === 'note-deviation') {
    const dimensions = draft.lights.map((light) => t.lightDimensions[light].toLowerCase()).join(', ');
    return t.recommendation['note-deviation'](title, dimensions, draft.hasCorrectiveActions);
  }
  return t.recommendation[draft.kind](title);
}
