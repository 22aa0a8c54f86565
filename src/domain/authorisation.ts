/**
 * Who may do what. The audiences and which operation belongs to which are the authorisation
 * matrix (authorisation-matrix.ts): this module decides by it, so the table is the rule.
 * Reporting follows the initiative's contacts and their delegations; everything else follows
 * the person's roles.
 */
import {
  ACTION_AUDIENCES,
  type Audience,
  admits,
  audienceOf,
  isActiveDelegation,
  type Operation,
  refusalOf,
} from './authorisation-matrix';
import type { DomainError } from './errors';
import type { Email, Initiative, IsoDate, Person } from './model';

/** Something a person asks to do, with what the decision depends on. */
export type Action =
  /** One row of the matrix: a command, a card button or a document, with the initiative it names. */
  | { kind: 'operation'; operation: Operation; initiative?: Initiative | null; today: IsoDate }
  | { kind: 'report'; initiative: Initiative; today: IsoDate }
  | { kind: 'vote' }
  | { kind: 'administer' }
  /** AU's review post of an initiative, with its draft recommendation and tally. */
  | { kind: 'read-review' }
  | { kind: 'read-agenda' };

/**
 * Whether `person` may report on `initiative` on `today`: a contact person of
 * the initiative (also while they have delegated, so an early return from
 * leave needs no admin), or the delegate of a contact during the delegation.
 * The secretariat may not report on an owner's behalf: it edits
 * recommendations, not reports.
 */
export function canReport(person: Person, initiative: Initiative, today: IsoDate): boolean {
  return admits(ACTION_AUDIENCES['report.submit'], person, { initiative, today });
}

/**
 * Who receives report requests and reminders for `initiative` on `today`: the
 * contacts, except that a contact with an active delegation is replaced by
 * their delegate(s). Without duplicates, in contact order.
 */
export function reportersOf(initiative: Initiative, today: IsoDate): Email[] {
  const reporters = new Set<Email>();
  for (const contact of initiative.contacts) {
    const delegates = initiative.delegations
      .filter((d) => d.from === contact && isActiveDelegation(d, initiative, today))
      .map((d) => d.to);
    if (delegates.length === 0) reporters.add(contact);
    for (const delegate of delegates) reporters.add(delegate);
  }
  return [...reporters];
}

// Reads of the clock-free audiences need no day; any will do.
const NO_DAY: IsoDate = '1970-01-01';

/** Whether `person` may vote on AU recommendations: AU members only. */
export function canVote(person: Person): boolean {
  return admits(ACTION_AUDIENCES['review.vote'], person, { today: NO_DAY });
}

/** Whether `person` may administer rounds, the registry, recommendations and decisions: the secretariat only. */
export function canAdminister(person: Person): boolean {
  return admits('secretariat', person, { today: NO_DAY });
}

/** Whether `person` may read the compiled agenda item: secretariat, AU, Skate and the strategy owner. */
export function canReadAgenda(person: Person): boolean {
  return admits('agenda-readers', person, { today: NO_DAY });
}

/** The audience an action is decided by, and the facts it needs. */
function audienceOfAction(action: Action): { audience: Audience; initiative: Initiative | null; today: IsoDate } {
  switch (action.kind) {
    case 'operation':
      return { audience: audienceOf(action.operation), initiative: action.initiative ?? null, today: action.today };
    case 'report':
      return { audience: ACTION_AUDIENCES['report.submit'], initiative: action.initiative, today: action.today };
    case 'vote':
      return { audience: ACTION_AUDIENCES['review.vote'], initiative: null, today: NO_DAY };
    case 'administer':
      return { audience: 'secretariat', initiative: null, today: NO_DAY };
    case 'read-review':
      return { audience: ACTION_AUDIENCES['review.open'], initiative: null, today: NO_DAY };
    case 'read-agenda':
      return { audience: 'agenda-readers', initiative: null, today: NO_DAY };
  }
}

/**
 * Decides whether `person` may perform `action`: null when allowed, otherwise
 * the error to show. `person` is null when the platform user is not linked to
 * any registered person.
 */
export function authorise(action: Action, person: Person | null): DomainError | null {
  if (person === null) return { code: 'AUTH.UNKNOWN_PERSON' };
  const { audience, initiative, today } = audienceOfAction(action);
  const facts = { initiative, today };
  return admits(audience, person, facts) ? null : refusalOf(audience, facts);
}
