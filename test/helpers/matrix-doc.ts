/**
 * The authorisation matrix as a Markdown table, generated from the table in the domain: what
 * docs/security.md prints between its markers (test/unit/docs/security-doc.test.ts keeps them equal).
 */
import {
  admits,
  allOperations,
  audienceOf,
  type Operation,
  operationName,
} from '../../src/domain/authorisation-matrix';
import type { Initiative, Person, Role } from '../../src/domain/model';
import { anInitiative, aPerson } from './builders';

const TODAY = '2026-11-22';
const person = (email: string, roles: Role[], organisationId = 'nav'): Person =>
  aPerson({ email, roles, organisationId });

/** The columns: who asks, as the matrix test's world has them. */
const COLUMNS: { title: string; person: Person | null }[] = [
  { title: 'secretariat', person: person('sek@x.no', ['secretariat']) },
  { title: 'AU member', person: person('au@x.no', ['au']) },
  { title: 'AU member, recused', person: person('au2@x.no', ['au'], 'brreg') },
  { title: 'Skate member', person: person('skate@x.no', ['skate']) },
  { title: 'owner of this', person: person('eier@x.no', ['owner']) },
  { title: 'delegate, in period', person: person('inne@x.no', ['owner']) },
  { title: 'delegate, out of period', person: person('ute@x.no', ['owner']) },
  { title: 'owner of another', person: person('annen@x.no', ['owner']) },
  { title: 'unknown user', person: null },
];

const THIS: Initiative = anInitiative({
  ownerOrganisationId: 'brreg',
  contacts: ['eier@x.no'],
  delegations: [
    { from: 'eier@x.no', to: 'inne@x.no', fromDate: '2026-11-01', toDate: '2026-12-31' },
    { from: 'eier@x.no', to: 'ute@x.no', fromDate: '2026-01-01', toDate: '2026-01-31' },
  ],
});

function cell(operation: Operation, who: Person | null): string {
  const audience = audienceOf(operation);
  if (audience === 'link-holders') return 'link';
  return who !== null && admits(audience, who, { initiative: THIS, today: TODAY }) ? '✓' : '—';
}

/** The matrix as a Markdown table: one row per operation, one column per kind of requester. */
export function matrixMarkdown(): string {
  const header = ['operation', 'audience', ...COLUMNS.map((c) => c.title)];
  const rows = allOperations().map((op) => [
    `\`${operationName(op)}\``,
    audienceOf(op),
    ...COLUMNS.map((c) => cell(op, c.person)),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
