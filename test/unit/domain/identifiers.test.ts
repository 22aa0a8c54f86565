import { formatCaseNumber, nextCaseSequence, parseCaseNumber } from '../../../src/domain/case-number';
import { isInitiativeId, nextInitiativeId, normaliseInitiativeId } from '../../../src/domain/initiative-id';

describe('case numbers NN/YYYY', () => {
  it('allocates the next number in the year and formats it as the secretariat writes it', () => {
    expect(nextCaseSequence([])).toBe(1);
    expect(nextCaseSequence([1, 2, 17])).toBe(18);
    expect(formatCaseNumber(3, 2026)).toBe('03/2026');
    expect(formatCaseNumber(17, 2019)).toBe('17/2019');
  });

  it('parses case numbers and rejects anything else', () => {
    expect(parseCaseNumber('17/2019')).toEqual({ seq: 17, year: 2019 });
    expect(parseCaseNumber(' 3/2026 ')).toEqual({ seq: 3, year: 2026 });
    for (const bad of ['0/2026', '17-2019', '17/19', 'sak 17/2019']) expect(parseCaseNumber(bad)).toBeNull();
  });
});

describe('initiative ids T-YYYY-NN', () => {
  it('normalises what people type', () => {
    expect(normaliseInitiativeId('t-2026-3')).toBe('T-2026-03');
    expect(normaliseInitiativeId(' T-2026-03 ')).toBe('T-2026-03');
    expect(normaliseInitiativeId('T2026-03')).toBeNull();
    expect(isInitiativeId('T-2026-03')).toBe(true);
    expect(isInitiativeId('T-2026-3')).toBe(false);
  });

  it('numbers new initiatives within their year', () => {
    expect(nextInitiativeId(2026, ['T-2025-09', 'T-2026-01', 'T-2026-04'])).toBe('T-2026-05');
    expect(nextInitiativeId(2027, ['T-2026-04'])).toBe('T-2027-01');
  });
});
