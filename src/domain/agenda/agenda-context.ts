/**
 * What every part of the agenda composition looks up: the initiatives the
 * agenda covers, this round's submitted reports, names and AU's tallies.
 * Built once per composition from the `AgendaInput`; pure.
 */
import { compareInitiativeIds } from '../initiative-id';
import type {
  Email,
  FinalFeedback,
  FinalTreatment,
  Initiative,
  PointDecision,
  Recommendation,
  StatusReport,
  Vote,
} from '../model';
import { tallyVotes, type VoteTally } from '../vote-tally';
import type { AgendaInput } from './agenda-document';
import { recommendationVersion } from './default-recommendation';

/** The lookups of one composition. */
export interface AgendaContext {
  input: AgendaInput;
  /** Accepted, Skate-track initiatives not yet finally treated, by id: what AU treats. */
  covered: Initiative[];
  /**
   * The covered initiatives whose status the paper shows: all but those in final treatment
   * (phase `finished`), which are not asked to report; one that reported anyway is shown.
   */
  listed: Initiative[];
  /** This round's submitted report per initiative id (drafts are left out: they count as missing). */
  reports: ReadonlyMap<string, StatusReport>;
  /** AU's tally per covered initiative id. */
  tallies: ReadonlyMap<string, VoteTally>;
  /** The distinct AU members. */
  members: Email[];
  initiative(id: string): Initiative | null;
  /** This round's stored recommendation for an initiative (the first, as the input lists them), or null. */
  recommendation(initiativeId: string): Recommendation | null;
  /** This round's point decision for an initiative (the first, as the input lists them), or null. */
  pointDecision(initiativeId: string): PointDecision | null;
  /** An initiative's final treatment (the first, as the input lists them), or null. */
  finalTreatment(initiativeId: string): FinalTreatment | null;
  /** The feedback on an initiative's final treatment, in the input's order. */
  finalFeedback(initiativeId: string): readonly FinalFeedback[];
  /** The owner organisation's name (its id when unknown). */
  ownerName(initiative: Initiative): string;
  /** A person's name (the email address when unknown). */
  personName(email: Email): string;
}

/** Orders by a string key with plain code-unit comparison, so the order never depends on a locale. */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** Whether the agenda follows up `initiative`: accepted, on Skate's track, not finally treated. */
export function isCovered(initiative: Initiative): boolean {
  return (
    initiative.acceptance === 'accepted' && initiative.track === 'skate' && initiative.phase !== 'final-treatment-done'
  );
}

/** The first item per key, as `find` would return it: indexed once instead of searched per initiative. */
function firstBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k !== null && !map.has(k)) map.set(k, item);
  }
  return map;
}

/** Every item per key, in the input's order, as `filter` would return them. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const NO_VOTES: readonly Vote[] = [];
const NO_FEEDBACK: readonly FinalFeedback[] = [];

/**
 * Builds the lookups for `input`. Everything keyed by initiative is indexed
 * here once, so composing stays linear in the number of initiatives (a search
 * of the whole vote list per initiative made 5,000 initiatives quadratic).
 */
export function agendaContext(input: AgendaInput): AgendaContext {
  const roundId = input.round.id;
  const byId = new Map(input.initiatives.map((i) => [i.id, i]));
  // By running number, as people read the ids: T-2026-2 before T-2026-10.
  const covered = input.initiatives.filter(isCovered).sort((a, b) => compareInitiativeIds(a.id, b.id));
  const reports = new Map<string, StatusReport>();
  for (const report of input.reports) {
    if (report.state === 'submitted' && report.roundId === roundId) reports.set(report.initiativeId, report);
  }
  const members = [...new Set(input.auMembers)];
  const thisRound = <T extends { roundId: string; initiativeId: string }>(x: T) =>
    x.roundId === roundId ? x.initiativeId : null;
  const votesBy = groupBy(input.votes, thisRound);
  const recommendations = firstBy(input.recommendations, thisRound);
  const pointDecisions = firstBy(input.pointDecisions, thisRound);
  const finalTreatments = firstBy(input.finalTreatments, (f) => f.initiativeId);
  const finalFeedback = groupBy(input.finalFeedback, (f) => f.initiativeId);
  const tallies = new Map<string, VoteTally>();
  for (const initiative of covered) {
    const votes = votesBy.get(initiative.id) ?? NO_VOTES;
    const stored = recommendations.get(initiative.id) ?? null;
    tallies.set(initiative.id, tallyVotes(votes, members, input.voting, recommendationVersion(stored)));
  }
  const listed = covered.filter((i) => i.phase !== 'finished' || reports.has(i.id));
  const organisations = new Map(input.organisations.map((o) => [o.id, o.name]));
  const people = new Map(input.people.map((p) => [p.email, p.name]));
  return {
    input,
    covered,
    listed,
    reports,
    tallies,
    members,
    initiative: (id) => byId.get(id) ?? null,
    recommendation: (id) => recommendations.get(id) ?? null,
    pointDecision: (id) => pointDecisions.get(id) ?? null,
    finalTreatment: (id) => finalTreatments.get(id) ?? null,
    finalFeedback: (id) => finalFeedback.get(id) ?? NO_FEEDBACK,
    ownerName: (initiative) => organisations.get(initiative.ownerOrganisationId) ?? initiative.ownerOrganisationId,
    personName: (email) => people.get(email) ?? email,
  };
}
