/**
 * The default draft of AU's recommendation to Skate for one initiative (seed
 * 004, 5.3: the secretariat drafts AU's recommendation). Structured data, not
 * text: the message catalogue renders it in the reader's language, and the
 * secretariat edits the rendered text.
 */
import type { Initiative, ReportFields, StatusReport } from './model';
import { isSignificantDeviation } from './traffic-lights';

/** The three agreed dimensions whose red light is a significant deviation (seed 004, 4.4). */
export type DeviationDimension = 'result' | 'schedule' | 'cost';

/** What the draft recommendation proposes that Skate does with the initiative this quarter. */
export type RecommendationDraft =
  /** No report was submitted: Skate notes that the status is missing. */
  | { kind: 'missing-report' }
  /** Nothing significant: Skate takes the status into account. */
  | { kind: 'take-note' }
  /** A significant deviation: Skate takes note and asks the owner to follow the corrective actions (5.1). */
  | { kind: 'note-deviation'; lights: DeviationDimension[]; hasCorrectiveActions: boolean }
  /** The initiative is finished: Skate's final treatment, advice to the owner and the strategy owner (6.1, 6.3). */
  | { kind: 'final-treatment' }
  /** The owner asks for Skate's attention. */
  | { kind: 'skate-attention' }
  /**
   * Not a default draft but a point AU's request adds: Skate treats the initiative as a
   * separate item (5.5). Carried as a code like the drafts, so it is worded in every language.
   */
  | { kind: 'separate-item' };

const DIMENSIONS: readonly DeviationDimension[] = ['result', 'schedule', 'cost'];

function redDimensions(fields: ReportFields): DeviationDimension[] {
  return DIMENSIONS.filter((dimension) => fields[dimension] === 'red');
}

/**
 * The default recommendation for `initiative` given its report this round
 * (null when none exists). The first matching rule wins:
 * 1. phase `finished` ⇒ `final-treatment`: a finished initiative is not asked to report
 *    any more, so it is never also «missing» (6.1);
 * 2. no submitted report (a draft does not count) ⇒ `missing-report`;
 * 3. a significant deviation ⇒ `note-deviation`, with the red dimensions;
 * 4. the owner asks for Skate's attention ⇒ `skate-attention`;
 * 5. otherwise ⇒ `take-note`.
 */
export function draftRecommendation(initiative: Initiative, report: StatusReport | null): RecommendationDraft {
  if (initiative.phase === 'finished') return { kind: 'final-treatment' };
  if (report === null || report.state !== 'submitted') return { kind: 'missing-report' };
  const { fields } = report;
  if (isSignificantDeviation(fields)) {
    return {
      kind: 'note-deviation',
      lights: redDimensions(fields),
      hasCorrectiveActions: fields.correctiveActions.trim() !== '',
    };
  }
  if (fields.asksSkateAttention) return { kind: 'skate-attention' };
  return { kind: 'take-note' };
}
