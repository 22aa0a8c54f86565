/**
 * The Teams decoder of `adaptiveCard/action` data: every input of the action's form by its kind,
 * wire values of the wrong type named (the use case refuses them on the field), the button's own
 * data kept as strings only, and a `__proto__` key a plain key.
 */
import { decodeInvoke } from '../../../../src/channels/teams/cards/decode-invoke';

describe('decodeInvoke', () => {
  it('decodes each input by its kind, as Teams sends it', () => {
    const decoded = decodeInvoke('report.save', {
      roundId: '2026-Q4',
      initiativeId: 'T-2024-01',
      baseVersion: '3',
      overall: 'green',
      sdgs: '1, 3,5',
      forecastCostNok: '12 500 000,5',
      asksSkateAttention: 'true',
      progress: 'Bra',
    });
    expect(decoded).toEqual({
      data: { roundId: '2026-Q4', initiativeId: 'T-2024-01', baseVersion: '3' },
      values: {
        overall: 'green',
        sdgs: ['1', '3', '5'],
        forecastCostNok: 12500000.5,
        asksSkateAttention: true,
        progress: 'Bra',
      },
      invalid: [],
    });
  });

  it('names the inputs whose wire value no card can send', () => {
    const decoded = decodeInvoke('report.save', {
      overall: { $ne: null },
      sdgs: ['1', '2'],
      progress: ['a'],
      asksSkateAttention: 'kanskje',
      forecastCompletionDate: 20261231,
    });
    expect(decoded.invalid.sort()).toEqual(['asksSkateAttention', 'overall', 'progress', 'sdgs']);
    expect(decoded.values).toMatchObject({ overall: null, progress: '', asksSkateAttention: false });
  });

  it('keeps only scalar button data, and a __proto__ key as a plain key', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": "yes"}, "roundId": {"x": 1}, "initiativeId": 7}') as unknown;
    const decoded = decodeInvoke('report.open', raw);
    expect(decoded.data).toEqual({ initiativeId: '7' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decodeInvoke('report.open', 'not an object')).toEqual({ data: {}, values: {}, invalid: [] });
    expect(decodeInvoke('no.such.verb', { progress: 'x' })).toEqual({
      data: { progress: 'x' },
      values: {},
      invalid: [],
    });
  });
});
