/**
 * One real request per row of the authorisation matrix: the chat command or the card button, with
 * arguments that name «this» initiative and the round in review. Keyed by the matrix's own names,
 * so a row without a request (or a request without a row) does not type-check.
 */
import type { Command } from '../../src/app/commands/parse-command';
import type { CardActionName, CommandName } from '../../src/domain/authorisation-matrix';
import type { FormValues } from '../../src/views/form';
import { ROUND, THIS } from './matrix-world';

type CommandOf<N extends CommandName> = Extract<Command, { name: N }>;

/** Every command, as parsed from chat. */
export const COMMAND_REQUESTS: { [N in CommandName]: CommandOf<N> } = {
  help: { name: 'help' },
  unknown: { name: 'unknown', text: 'hei' },
  usage: { name: 'usage', command: 'round' },
  mine: { name: 'mine' },
  language: { name: 'language', locale: 'nn' },
  status: { name: 'status', round: ROUND },
  'round-open': { name: 'round-open', round: '2027-Q1', deadline: null },
  'round-deadline': { name: 'round-deadline', round: ROUND, deadline: '2026-11-27' },
  'round-review': { name: 'round-review', round: ROUND },
  'round-close': { name: 'round-close', round: ROUND },
  remind: { name: 'remind', initiativeId: null },
  preflight: { name: 'preflight' },
  recommendation: { name: 'recommendation', initiativeId: THIS, text: 'Skate tar statusen til orientering.' },
  'vote-close': { name: 'vote-close', initiativeId: THIS },
  initiatives: { name: 'initiatives' },
  'bind-channel': { name: 'bind-channel', channel: 'skate' },
  compile: { name: 'compile', round: ROUND },
  export: { name: 'export', format: 'md', round: ROUND },
  decision: { name: 'decision', initiativeId: THIS, text: 'Skate ber om ny plan.' },
  'decision-correct': { name: 'decision-correct', decisionId: 'V-2026-Q3-01', text: 'Rettet ordlyd.' },
  'decision-list': { name: 'decision-list', initiativeId: null },
  'decision-adopt': { name: 'decision-adopt', initiativeId: null },
  'case-number': { name: 'case-number', caseNumber: '30/2026', round: ROUND },
  point: { name: 'point', initiativeId: THIS, disposition: 'withdrawn' },
  minutes: { name: 'minutes', round: ROUND },
  'final-confirm': { name: 'final-confirm', initiativeId: THIS, deadline: null },
  'final-decline': { name: 'final-decline', initiativeId: THIS },
  'final-decided': { name: 'final-decided', initiativeId: THIS, text: null },
  delegate: {
    name: 'delegate',
    initiativeId: THIS,
    to: 'per.lunde@example.no',
    from: '2026-12-01',
    until: '2026-12-31',
  },
  finished: { name: 'finished', initiativeId: THIS },
  feedback: { name: 'feedback', initiativeId: THIS, text: 'Vi støtter avslutningen.' },
};

/** A button press: the button's data and the form's answers. */
export interface ActionRequest {
  data: Record<string, string>;
  values: FormValues;
}

const here = { roundId: ROUND, initiativeId: THIS };
const vote: FormValues = { choice: 'agree', comment: '', request: 'none', requestReason: '', recused: false };

/** Every card button, as its card sends it. */
export const ACTION_REQUESTS: Record<CardActionName, ActionRequest> = {
  'report.open': { data: here, values: {} },
  'report.edit': { data: here, values: {} },
  'report.save': { data: { ...here, baseVersion: '0' }, values: { progress: 'Godt i gang.' } },
  'report.submit': { data: { ...here, baseVersion: '0' }, values: { progress: 'Godt i gang.' } },
  'initiative.accept': { data: { initiativeId: THIS }, values: {} },
  'initiative.decline': { data: { initiativeId: THIS }, values: {} },
  'review.open': { data: here, values: {} },
  'review.vote': { data: here, values: vote },
  'agenda.publish': { data: { roundId: ROUND, revision: '0' }, values: {} },
  'agenda.point-propose': { data: here, values: {} },
  'agenda.point-withdraw': { data: here, values: {} },
  'final.confirm': { data: { initiativeId: THIS }, values: {} },
  'final.decline': { data: { initiativeId: THIS }, values: {} },
};
