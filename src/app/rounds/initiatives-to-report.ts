import type { Initiative } from '../../domain/model';

/**
 * The initiatives that report in a round: followed up through Skate and AU
 * (not the agency's own line), and not yet through final treatment. Initiatives
 * still awaiting the owner's acceptance are asked to accept instead (SPEC 2.3).
 */
export function initiativesToReport(initiatives: readonly Initiative[]): Initiative[] {
  return initiatives.filter(
    (i) => i.track === 'skate' && i.acceptance === 'accepted' && i.phase !== 'final-treatment-done',
  );
}
