/**
 * What the minutes say about the samlesak (seed 001's «Beslutning» per case):
 * its case number and title, who presented it, the case papers sent out, and
 * the decision points as adopted — the general point, then Skate's recorded
 * decisions on the round in initiative order.
 */
import type { RecommendationContent } from './agenda/default-recommendation';
import type { Quarter } from './model';

export interface Minutes {
  roundId: Quarter;
  caseNumber: string;
  quarter: number;
  year: number;
  presentedBy: { by: string; name: string };
  /** The editions of the case paper sent out: 0 the original, n a «Revidert utgave n». */
  editions: number[];
  /** The specific decision points as adopted, after the general one. */
  decisions: RecommendationContent[];
}
