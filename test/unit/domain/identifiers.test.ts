import { formatCaseNumber, nextCaseSequence, parseCaseNumber } from '../../../src/domain/case-number';
import {
  compareInitiativeIds,
  isInitiativeId,
  nextInitiativeId,
  normaliseInitiativeId,
  sortByInitiativeId,
} from '../../../src/domain/initiative-id';

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

describe('initiative ids T-YYYY-N', () => {
  it('normalises what people type', () => {
    expect(normaliseInitiativeId('t-2026-3')).toBe('T-2026-03');
    expect(normaliseInitiativeId(' T-2026-03 ')).toBe('T-2026-03');
    expect(normaliseInitiativeId('T2026-03')).toBeNull();
    expect(isInitiativeId('T-2026-03')).toBe(true);
    expect(isInitiativeId('T-2026-3')).toBe(false);
  });

  it('takes running numbers of any length agencies use, one initiative per number', () => {
    expect(normaliseInitiativeId('T-2026-1')).toBe('T-2026-01');
    expect(normaliseInitiativeId('T-2026-001')).toBe('T-2026-01');
    expect(normaliseInitiativeId('T-2026-999')).toBe('T-2026-999');
    expect(normaliseInitiativeId('T-2026-1000')).toBe('T-2026-1000');
    expect(normaliseInitiativeId('T-2026-12345')).toBeNull();
    expect(normaliseInitiativeId('T-2026-')).toBeNull();
    expect(isInitiativeId('T-2026-999')).toBe(true);
    expect(isInitiativeId('T-2026-099')).toBe(false);
  });

  it('sorts by year and running number, not as text', () => {
    const ids = ['T-2026-10', 'T-2026-999', 'T-2025-40', 'T-2026-02', 'T-2026-100', 'T-2026-01'];
    expect([...ids].sort(compareInitiativeIds)).toEqual([
      'T-2025-40',
      'T-2026-01',
      'T-2026-02',
      'T-2026-10',
      'T-2026-100',
      'T-2026-999',
    ]);
    expect(sortByInitiativeId([{ id: 'x' }, { id: 'T-2026-2' }], (i) => i.id)).toEqual([
      { id: 'T-2026-2' },
      { id: 'x' },
    ]);
  });

  it('numbers new initiatives within their year', () => {
    expect(nextInitiativeId(2026, ['T-2025-09', 'T-2026-01', 'T-2026-04'])).toBe('T-2026-05');
    expect(nextInitiativeId(2027, ['T-2026-04'])).toBe('T-2027-01');
    expect(nextInitiativeId(2026, ['T-2026-99'])).toBe('T-2026-100');
    expect(nextInitiativeId(2026, ['T-2026-100', 'T-2026-99'])).toBe('T-2026-101');
  });
});
