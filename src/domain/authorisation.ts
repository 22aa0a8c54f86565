/**
 * Who may do what. Reporting follows the initiative's contacts and their
 * delegations; everything else follows the person's roles.
 */
import type { DomainError } from './errors';
import type { Delegation, Email, Initiative, IsoDate, Person, Role } from './model';

/** Something a person asks to do, with what the decision depends on. */
export type Action =
  | { kind: 'report'; initiative: Initiative; today: IsoDate }
  | { kind: 'vote' }
  | { kind: 'administer' }
  /** AU's review post of an initiative, with its draft recommendation and tally. */
  | { kind: 'read-review' }
  | { kind: 'read-agenda' };

const AGENDA_READERS: readonly Role[] = ['secretariat', 'au', 'skate', 'strategy-owner'];

/**
 * Whether a delegation is in force on `today` (both ends inclusive) and was
 * given by someone who is still a contact: a contact who has been removed can
 * no longer pass on a right they do not have.
 */
function isActive(delegation: Delegation, initiative: Initiative, today: IsoDate): boolean {
  // YYYY-MM-DD strings order like the dates they denote.
  return delegation.fromDate <= today && today <= delegation.toDate && initiative.contacts.includes(delegation.from);
}

/**
 * Whether `person` may report on `initiative` on `today`: a contact person of
 * the initiative (also while they have delegated, so an early return from
 * leave needs no admin), or the delegate of a contact during the delegation.
 * The secretariat may not report on an owner's behalf: it edits
 * recommendations, not reports.
 */
export function canReport(person: Person, initiative: Initiative, today: IsoDate): boolean {
  if (initiative.contacts.includes(person.email)) return true;
  return initiative.delegations.some((d) => d.to === person.email && isActive(d, initiative, today));
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
      .filter((d) => d.from === contact && isActive(d, initiative, today))
      .map((d) => d.to);
    if (delegates.length === 0) reporters.add(contact);
    for (const delegate of delegates) reporters.add(delegate);
  }
  return [...reporters];
}

/** Whether `person` may vote on AU recommendations: AU members only. */
export function canVote(person: Person): boolean {
  return person.roles.includes('au');
}

/** Whether `person` may administer rounds, the registry, recommendations and decisions: the secretariat only. */
export function canAdminister(person: Person): boolean {
  return person.roles.includes('secretariat');
}

/** Whether `person` may read the compiled agenda item: secretariat, AU, Skate and the strategy owner. */
export function canReadAgenda(person: Person): boolean {
  return person.roles.some((role) => AGENDA_READERS.includes(role));
}

/**
 * Decides whether `person` may perform `action`: null when allowed, otherwise
 * the error to show. `person` is null when the platform user is not linked to
 * any registered person.
 */
export function authorise(action: Action, person: Person | null): DomainError | null {
  if (person === null) return { code: 'AUTH.UNKNOWN_PERSON' };
  switch (action.kind) {
    case 'report':
      return canReport(person, action.initiative, action.today)
        ? null
        : { code: 'AUTH.NOT_OWNER', params: { initiativeId: action.initiative.id } };
    case 'vote':
      return canVote(person) ? null : { code: 'AUTH.NOT_AU' };
    case 'administer':
      return canAdminister(person) ? null : { code: 'AUTH.NOT_SECRETARIAT' };
    case 'read-review':
      return canVote(person) || canAdminister(person) ? null : { code: 'AUTH.NOT_REVIEW_READER' };
    case 'read-agenda':
      // There is no code for "not an agenda reader" (yet); AU is the closest audience to name.
      return canReadAgenda(person) ? null : { code: 'AUTH.NOT_AGENDA_READER' };
  }
}
