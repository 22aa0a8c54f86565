import { parseCommand } from '../../../src/app/commands/parse-command';

describe('the samlesak’s and final treatment’s commands', () => {
  it.each([
    ['saksnummer 24/2026', { name: 'case-number', caseNumber: '24/2026', round: null }],
    ['saksnummer 24/2026 2026-q4', { name: 'case-number', caseNumber: '24/2026', round: '2026-Q4' }],
    ['case-number 3/2027', { name: 'case-number', caseNumber: '3/2027', round: null }],
    ['punkt t-2026-3 forslag', { name: 'point', initiativeId: 'T-2026-03', disposition: 'secretariat-proposal' }],
    ['punkt T-2026-03 framlegg', { name: 'point', initiativeId: 'T-2026-03', disposition: 'secretariat-proposal' }],
    ['point T-2026-03 withdraw', { name: 'point', initiativeId: 'T-2026-03', disposition: 'withdrawn' }],
    ['protokoll', { name: 'minutes', round: null }],
    ['minutes 2026-Q4', { name: 'minutes', round: '2026-Q4' }],
    ['ferdig T-2026-03', { name: 'finished', initiativeId: 'T-2026-03' }],
    ['sluttbehandling T-2026-03 bekreft', { name: 'final-confirm', initiativeId: 'T-2026-03', deadline: null }],
    [
      'sluttbehandling T-2026-03 bekreft frist 15.01.2027',
      { name: 'final-confirm', initiativeId: 'T-2026-03', deadline: '2027-01-15' },
    ],
    ['slutthandsaming T-2026-03 stadfest', { name: 'final-confirm', initiativeId: 'T-2026-03', deadline: null }],
    ['final-treatment T-2026-03 decline', { name: 'final-decline', initiativeId: 'T-2026-03' }],
    ['sluttbehandling T-2026-03 vedtatt', { name: 'final-decided', initiativeId: 'T-2026-03', text: null }],
    [
      'sluttbehandling T-2026-03 vedtatt Skate anbefaler at tiltaket avsluttes.',
      { name: 'final-decided', initiativeId: 'T-2026-03', text: 'Skate anbefaler at tiltaket avsluttes.' },
    ],
    [
      'tilbakemelding T-2026-03 Levert som avtalt.',
      { name: 'feedback', initiativeId: 'T-2026-03', text: 'Levert som avtalt.' },
    ],
    ['vedtak som foreslått', { name: 'decision-adopt', initiativeId: null }],
    ['vedtak som føreslått T-2026-03', { name: 'decision-adopt', initiativeId: 'T-2026-03' }],
    ['decision as proposed', { name: 'decision-adopt', initiativeId: null }],
  ])('%s', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it.each([
    ['saksnummer', 'caseNumber'],
    ['punkt T-2026-03', 'point'],
    ['punkt T-2026-03 kanskje', 'point'],
    ['ferdig', 'finished'],
    ['sluttbehandling T-2026-03', 'finalTreatment'],
    ['sluttbehandling T-2026-03 bekreft 32.01.2027', 'finalTreatment'],
    ['tilbakemelding T-2026-03', 'feedback'],
    ['protokoll neste', 'minutes'],
  ])('%s shows the usage', (text, command) => {
    expect(parseCommand(text)).toEqual({ name: 'usage', command });
  });

  it('still reads an ordinary decision', () => {
    expect(parseCommand('vedtak T-2026-03 Skate ber om plan.')).toEqual({
      name: 'decision',
      initiativeId: 'T-2026-03',
      text: 'Skate ber om plan.',
    });
  });
});
