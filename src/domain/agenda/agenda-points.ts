/**
 * The proposed decision's specific points (Forslag til beslutning) and where
 * each comes from. Only a recommendation AU adopted is AU's; for one AU did
 * not adopt (rejected, not quorate, not voted) the secretariat decides whether
 * it goes to Skate as its own proposal, clearly labelled, or is withdrawn.
 * A separate Skate item that AU asks for (5.5) becomes a point of its own.
 */
import type { Initiative } from '../model';
import type { AuOutcome, VoteTally } from '../vote-tally';
import type { AgendaContext } from './agenda-context';
import { currentRecommendation, type RecommendationContent } from './default-recommendation';

/**
 * Who puts a point to Skate: AU (an adopted recommendation, or AU's request),
 * the secretariat (its own proposal where AU adopted none), or nobody yet (the
 * secretariat has not decided; a paper with such a point cannot be published).
 */
export type PointSource = 'au' | 'secretariat' | 'undecided';

/** The figures of AU's vote that a point's note quotes. */
export interface PointVote {
  outcome: AuOutcome;
  agree: number;
  disagree: number;
  counted: number;
  /** The counted votes a quorum needs. */
  needed: number;
  members: number;
}

export interface ProposedPoint {
  initiativeId: string;
  title: string;
  /** The point's words: the recommendation AU voted on, or the separate-item point of AU's request. */
  content: RecommendationContent;
  kind: 'recommendation' | 'separate-item';
  source: PointSource;
  vote: PointVote;
  /** For a separate-item point: how many counted votes asked for it. */
  askers: number;
}

/** A point the secretariat withdrew after AU did not adopt it: the paper says so, and why. */
export interface WithdrawnPoint {
  initiativeId: string;
  title: string;
  vote: PointVote;
}

export interface ProposedDecision {
  points: ProposedPoint[];
  withdrawn: WithdrawnPoint[];
}

/** The vote figures of a tally. */
export function pointVote(tally: VoteTally): PointVote {
  return {
    outcome: tally.outcome,
    agree: tally.counts.agree,
    disagree: tally.counts.disagree,
    counted: tally.counted,
    needed: tally.needed,
    members: tally.members,
  };
}

/** The recommendation for an initiative: the one the secretariat typed, the one AU voted on, else the default. */
export function recommendationFor(ctx: AgendaContext, initiative: Initiative): RecommendationContent {
  return currentRecommendation(ctx.recommendation(initiative.id), initiative, ctx.reports.get(initiative.id) ?? null);
}

/**
 * Whether a recommendation is a point of its own: anything but the default
 * «take note», which the general point already says for every initiative (a
 * point must never merely restate another).
 */
export function isSpecific(recommendation: RecommendationContent): boolean {
  return recommendation.source === 'typed' || recommendation.draft.kind !== 'take-note';
}

/**
 * The specific points in initiative order, each recommendation followed by the
 * separate-item point when AU asks for one, and the points withdrawn.
 */
export function proposedDecision(ctx: AgendaContext): ProposedDecision {
  const points: ProposedPoint[] = [];
  const withdrawn: WithdrawnPoint[] = [];
  for (const initiative of ctx.covered) {
    const tally = ctx.tallies.get(initiative.id);
    if (!tally) throw new Error(`no tally for ${initiative.id}`);
    const vote = pointVote(tally);
    const base = { initiativeId: initiative.id, title: initiative.title, vote };
    const recommendation = recommendationFor(ctx, initiative);
    if (isSpecific(recommendation)) {
      const decided = ctx.pointDecision(initiative.id);
      if (tally.outcome !== 'adopted' && decided?.disposition === 'withdrawn') withdrawn.push(base);
      else {
        const source: PointSource =
          tally.outcome === 'adopted'
            ? 'au'
            : decided?.disposition === 'secretariat-proposal'
              ? 'secretariat'
              : 'undecided';
        points.push({ ...base, content: recommendation, kind: 'recommendation', source, askers: 0 });
      }
    }
    const separate = tally.requests['separate-item'];
    if (separate.asked) {
      const content: RecommendationContent = {
        source: 'default',
        initiativeId: initiative.id,
        title: initiative.title,
        draft: { kind: 'separate-item' },
      };
      points.push({ ...base, content, kind: 'separate-item', source: 'au', askers: separate.count });
    }
  }
  return { points, withdrawn };
}

/** The points still awaiting the secretariat's decision. */
export function undecidedPoints(decision: ProposedDecision): ProposedPoint[] {
  return decision.points.filter((p) => p.source === 'undecided');
}
