/**
 * What every part of the agenda composition looks up: the initiatives the
 * agenda covers, this round's submitted reports, names and AU's tallies.
 * Built once per composition from the `AgendaInput`; pure.
 */
import { compareInitiativeIds } from '../initiative-id';
import type { Email, Initiative, StatusReport } from '../model';
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

/** Builds the lookups for `input`. */
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
  const tallies = new Map<string, VoteTally>();
  for (const initiative of covered) {
    const votes = input.votes.filter((v) => v.initiativeId === initiative.id && v.roundId === roundId);
    const stored = input.recommendations.find((r) => r.initiativeId === initiative.id && r.roundId === roundId);
    tallies.set(initiative.id, tallyVotes(votes, members, input.voting, recommendationVersion(stored ?? null)));
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
    ownerName: (initiative) => organisations.get(initiative.ownerOrganisationId) ?? initiative.ownerOrganisationId,
    personName: (email) => people.get(email) ?? email,
  };
}
