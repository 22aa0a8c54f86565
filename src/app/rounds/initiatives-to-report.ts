import type { Initiative } from '../../domain/model';

/**
 * The initiatives AU reviews in a round: followed up through Skate and AU (not
 * the agency's own line), accepted, and not yet through final treatment. An
 * initiative in final treatment (phase `finished`) is among them: AU
 * pre-treats its final treatment (seed 004, 6.1).
 */
export function initiativesInReview(initiatives: readonly Initiative[]): Initiative[] {
  return initiatives.filter(
    (i) => i.track === 'skate' && i.acceptance === 'accepted' && i.phase !== 'final-treatment-done',
  );
}

/**
 * The initiatives that report in a round: those AU reviews, except the ones in
 * final treatment, which are finished and asked for no more status reports (so
 * none is ever both «missing» and «ready for final treatment»). Initiatives
 * still awaiting the owner's acceptance are asked to accept instead (SPEC 2.3).
 */
export function initiativesToReport(initiatives: readonly Initiative[]): Initiative[] {
  return initiativesInReview(initiatives).filter((i) => i.phase !== 'finished');
}
