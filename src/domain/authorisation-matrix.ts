/**
 * The authorisation matrix: every inbound action and read — each chat command, each card button,
 * the agenda's document links — and the audience that may perform it. This table is the rule:
 * `authorise` (authorisation.ts) looks the audience up here, the use cases' common entry points
 * (`runCommand`, `handleCardAction`) refuse by it before anything runs, docs/security.md prints
 * it, and test/unit/app/authorisation-matrix.test.ts runs every cell against the real use cases.
 *
 * The keys must match the app's command names and the views' action ids exactly: the app checks
 * that at compile time (`satisfies` in run-command.ts and handle-action.ts), so a new command or
 * button cannot ship without a row here.
 */
import type { DomainError } from './errors';
import type { Delegation, Initiative, IsoDate, Person } from './model';

/**
 * Who may do something. Person-based audiences are checked against the registry; `link-holders`
 * are not people at all: a compiled document is served to whoever holds a signed, unexpired link
 * (Teams cannot send a browser the person's identity), and the links are only handed out by the
 * operations of the secretariat and to the Skate channel.
 */
export const AUDIENCES = [
  /** Any registered person (an unknown platform user is refused everything). */
  'everyone',
  'secretariat',
  /** Members of Skate's working committee; a member disqualified on an initiative still votes, recused. */
  'au',
  /** AU and the secretariat: AU's review post holds the draft recommendation and the tally. */
  'review-readers',
  /** The secretariat, AU, Skate and the strategy owner. */
  'agenda-readers',
  /** Skate's members (written feedback in a final treatment). */
  'skate',
  /** The contact persons of this initiative (not their delegates): accept it, delegate its reporting. */
  'contacts',
  /** The contacts of this initiative and their delegates during the delegation. */
  'reporters',
  /** Whoever holds a valid signed link (documents only). */
  'link-holders',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Audiences that are decided per initiative: the operation names the initiative. */
export const INITIATIVE_AUDIENCES: readonly Audience[] = ['contacts', 'reporters'];

/** Every chat (and CLI) command by name: `Command['name']` in src/app/commands. */
export const COMMAND_AUDIENCES = {
  help: 'everyone',
  unknown: 'everyone',
  usage: 'everyone',
  mine: 'everyone',
  language: 'everyone',
  status: 'secretariat',
  'round-open': 'secretariat',
  'round-deadline': 'secretariat',
  'round-review': 'secretariat',
  'round-close': 'secretariat',
  remind: 'secretariat',
  preflight: 'secretariat',
  recommendation: 'secretariat',
  'vote-close': 'secretariat',
  initiatives: 'secretariat',
  'bind-channel': 'secretariat',
  compile: 'secretariat',
  export: 'secretariat',
  decision: 'secretariat',
  'decision-correct': 'secretariat',
  'decision-list': 'secretariat',
  'decision-adopt': 'secretariat',
  'case-number': 'secretariat',
  point: 'secretariat',
  minutes: 'secretariat',
  'final-confirm': 'secretariat',
  'final-decline': 'secretariat',
  'final-decided': 'secretariat',
  delegate: 'contacts',
  finished: 'reporters',
  feedback: 'skate',
} as const satisfies Record<string, Audience>;

/** Every card button by action id: `ACTION_IDS` in src/views/message-view.ts. */
export const ACTION_AUDIENCES = {
  'report.open': 'reporters',
  'report.edit': 'reporters',
  'report.save': 'reporters',
  'report.submit': 'reporters',
  'initiative.accept': 'contacts',
  'initiative.decline': 'contacts',
  'review.open': 'review-readers',
  'review.vote': 'au',
  'agenda.publish': 'secretariat',
  'agenda.point-propose': 'secretariat',
  'agenda.point-withdraw': 'secretariat',
  'final.confirm': 'secretariat',
  'final.decline': 'secretariat',
} as const satisfies Record<string, Audience>;

/** What is read outside chat: the compiled agenda's documents (`GET /agenda/<round>/r<n>.<format>`). */
export const DOCUMENT_AUDIENCES = { agenda: 'link-holders' } as const satisfies Record<string, Audience>;

export type CommandName = keyof typeof COMMAND_AUDIENCES;
export type CardActionName = keyof typeof ACTION_AUDIENCES;
export type DocumentName = keyof typeof DOCUMENT_AUDIENCES;

/** One row of the matrix. */
export type Operation =
  | { kind: 'command'; name: CommandName }
  | { kind: 'action'; name: CardActionName }
  | { kind: 'document'; name: DocumentName };

/** The audience of an operation: the one place it is decided. */
export function audienceOf(operation: Operation): Audience {
  switch (operation.kind) {
    case 'command':
      return COMMAND_AUDIENCES[operation.name];
    case 'action':
      return ACTION_AUDIENCES[operation.name];
    case 'document':
      return DOCUMENT_AUDIENCES[operation.name];
  }
}

/** The name of an operation in the audit log and in docs/security.md: `command:status`, `action:review.vote`. */
export function operationName(operation: Operation): string {
  return `${operation.kind}:${operation.name}`;
}

/** Every row of the matrix, in table order. */
export function allOperations(): Operation[] {
  return [
    ...Object.keys(COMMAND_AUDIENCES).map((name) => ({ kind: 'command', name }) as Operation),
    ...Object.keys(ACTION_AUDIENCES).map((name) => ({ kind: 'action', name }) as Operation),
    ...Object.keys(DOCUMENT_AUDIENCES).map((name) => ({ kind: 'document', name }) as Operation),
  ];
}

/** What an initiative-scoped audience is decided on. */
export interface AudienceFacts {
  /** The initiative the operation names; absent for operations that name none. */
  initiative?: Initiative | null;
  /** Delegations are in force by the day, in Oslo. */
  today: IsoDate;
}

/**
 * Whether a delegation is in force on `today` (both ends inclusive) and was given by someone who
 * is still a contact: a contact who has been removed can no longer pass on a right they lack.
 */
export function isActiveDelegation(delegation: Delegation, initiative: Initiative, today: IsoDate): boolean {
  // YYYY-MM-DD strings order like the dates they denote.
  return delegation.fromDate <= today && today <= delegation.toDate && initiative.contacts.includes(delegation.from);
}

const AGENDA_READERS = ['secretariat', 'au', 'skate', 'strategy-owner'] as const;

/** Whether `person` belongs to `audience` (for initiative audiences: of `facts.initiative`; none → no). */
export function admits(audience: Audience, person: Person, facts: AudienceFacts): boolean {
  const has = (role: Person['roles'][number]) => person.roles.includes(role);
  const initiative = facts.initiative ?? null;
  switch (audience) {
    case 'everyone':
    case 'link-holders':
      return true;
    case 'secretariat':
      return has('secretariat');
    case 'au':
      return has('au');
    case 'review-readers':
      return has('au') || has('secretariat');
    case 'agenda-readers':
      return AGENDA_READERS.some(has);
    case 'skate':
      return has('skate');
    case 'contacts':
      return initiative?.contacts.includes(person.email) === true;
    case 'reporters':
      return (
        initiative !== null &&
        (initiative.contacts.includes(person.email) ||
          initiative.delegations.some((d) => d.to === person.email && isActiveDelegation(d, initiative, facts.today)))
      );
  }
}

/** The refusal a person outside `audience` gets: a code the catalogue words for each audience. */
export function refusalOf(audience: Audience, facts: AudienceFacts): DomainError {
  switch (audience) {
    case 'secretariat':
      return { code: 'AUTH.NOT_SECRETARIAT' };
    case 'au':
      return { code: 'AUTH.NOT_AU' };
    case 'review-readers':
      return { code: 'AUTH.NOT_REVIEW_READER' };
    case 'agenda-readers':
      return { code: 'AUTH.NOT_AGENDA_READER' };
    case 'skate':
      return { code: 'AUTH.NOT_SKATE' };
    case 'contacts':
    case 'reporters':
      return { code: 'AUTH.NOT_OWNER', params: { initiativeId: facts.initiative?.id ?? '' } };
    case 'everyone':
    case 'link-holders':
      // Nobody registered is outside these; an unknown person is refused before the audience is asked.
      return { code: 'AUTH.UNKNOWN_PERSON' };
  }
}
