/**
 * Builders of domain objects for tests: sensible, mutually consistent defaults
 * (a green report on initiative T-2026-03 in the open round 2026-Q4), with any
 * field overridable. Every call returns fresh objects, so tests may mutate them.
 */
import type { Decision, Initiative, Person, ReportFields, Round, StatusReport, Vote } from '../../src/domain/model';

/** An accepted initiative in execution, owned by Digdir, with one contact and no delegations. */
export function anInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    id: 'T-2026-03',
    title: 'Felles løsning for digital postkasse',
    description: 'Ett sted for digital post fra det offentlige.',
    ownerOrganisationId: 'digdir',
    contacts: ['kari.nordmann@digdir.example.no'],
    delegations: [],
    acceptance: 'accepted',
    focusArea: 'Sammenhengende tjenester',
    lifeEvents: ['ny i Norge'],
    sdgs: [9, 16],
    agreedResult: 'Alle statlige virksomheter sender post digitalt.',
    agreedCompletionDate: '2027-06-30',
    agreedCostNok: 10_000_000,
    toleranceDays: 30,
    tolerancePercent: 10,
    phase: 'execution',
    track: 'skate',
    ...overrides,
  };
}

/** The open round for 2026-Q4, reporting to the Skate meeting of 10 December 2026. */
export function aRound(overrides: Partial<Round> = {}): Round {
  return {
    id: '2026-Q4',
    skateMeetingId: 'skate-2026-12-10',
    auMeetingId: null,
    deadline: '2026-11-26T15:00:00.000Z',
    lockAt: '2026-12-02T11:00:00.000Z',
    state: 'open',
    openedAt: '2026-11-02T08:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

/** Report fields that are valid for the default initiative and round: all green, on plan, no decision to follow up. */
export function someReportFields(overrides: Partial<ReportFields> = {}): ReportFields {
  return {
    overall: 'green',
    result: 'green',
    schedule: 'green',
    cost: 'green',
    overallOverrideReason: null,
    scheduleOverrideReason: null,
    costOverrideReason: null,
    forecastCompletionDate: '2027-06-30',
    forecastCostNok: 10_000_000,
    progress: 'Pilot med tre virksomheter er gjennomført.',
    deviations: '',
    correctiveActions: '',
    decisionFollowUp: [],
    sdgs: [9, 16],
    asksSkateAttention: false,
    ...overrides,
  };
}

/** The default initiative's contact person: an owner at Digdir. */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    email: 'kari.nordmann@digdir.example.no',
    name: 'Kari Nordmann',
    locale: 'nb',
    roles: ['owner'],
    organisationId: 'digdir',
    identities: [],
    ...overrides,
  };
}

/** An AU member's agree vote on the default initiative in 2026-Q4, cast the day after the deadline. */
export function aVote(overrides: Partial<Vote> = {}): Vote {
  return {
    roundId: '2026-Q4',
    initiativeId: 'T-2026-03',
    voter: 'ola.hansen@nav.example.no',
    choice: 'agree',
    comment: '',
    request: null,
    requestReason: '',
    recused: false,
    recommendationVersion: 1,
    at: '2026-11-27T09:00:00.000Z',
    ...overrides,
  };
}

/** An open Skate decision on the default initiative, taken in the previous quarter's round. */
export function aDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'D-2026-Q3-T-2026-03',
    initiativeId: 'T-2026-03',
    roundId: '2026-Q3',
    text: 'Skate ber tiltakseier legge fram revidert plan.',
    point: null,
    decidedOn: '2026-09-17',
    state: 'open',
    recordedBy: 'sekretariat@digdir.example.no',
    ...overrides,
  };
}

/** A submitted report on the default initiative in 2026-Q4, with {@link someReportFields}. */
export function aStatusReport(overrides: Partial<StatusReport> = {}): StatusReport {
  return {
    initiativeId: 'T-2026-03',
    roundId: '2026-Q4',
    state: 'submitted',
    version: 1,
    fields: someReportFields(),
    updatedBy: 'kari.nordmann@digdir.example.no',
    updatedAt: '2026-11-20T10:00:00.000Z',
    submittedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
