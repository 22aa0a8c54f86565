import type { DomainError } from '../../../src/domain/errors';
import type { ReportFields } from '../../../src/domain/model';
import { TEXT_LIMITS, validateDraft } from '../../../src/domain/report-validation';

function codesByField(errors: DomainError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field ?? '', e.code]));
}

const followUp = { decisionId: 'D-2026-Q3-T-2026-03', state: 'partly' as const, comment: 'Plan revidert.' };

describe('validateDraft', () => {
  it('accepts an empty draft', () => {
    expect(validateDraft({})).toEqual([]);
  });

  it('skips required and consistency rules', () => {
    const fields: Partial<ReportFields> = {
      progress: '',
      forecastCompletionDate: '',
      result: 'red',
      correctiveActions: '',
      schedule: 'red',
      decisionFollowUp: [],
    };
    expect(validateDraft(fields)).toEqual([]);
  });

  it('may leave the lights unchosen, and an overall light greener than the rest unexplained', () => {
    const none = '' as unknown as 'green';
    expect(validateDraft({ overall: none, result: none, schedule: none, cost: none })).toEqual([]);
    expect(validateDraft({ overall: 'green', cost: 'red' })).toEqual([]);
  });

  it.each(['blue', 5])('refuses the light %p even in a draft', (value) => {
    expect(validateDraft({ overall: value as unknown as 'green' })).toEqual([
      { code: 'REPORT.INVALID_LIGHT', field: 'overall', params: { value: String(value) } },
    ]);
  });

  it('allows a stale forecast before the quarter, pre-filled from last quarter', () => {
    expect(validateDraft({ forecastCompletionDate: '2026-09-30' })).toEqual([]);
  });

  it('still rejects malformed values', () => {
    const errors = validateDraft({
      forecastCompletionDate: '2026-13-01',
      forecastCostNok: -1,
      deviations: 'x'.repeat(TEXT_LIMITS.deviations + 1),
      scheduleOverrideReason: 'x'.repeat(TEXT_LIMITS.overrideReason + 1),
      decisionFollowUp: [{ ...followUp, comment: 'x'.repeat(TEXT_LIMITS.followUpComment + 1) }],
      sdgs: [0],
    });
    expect(codesByField(errors)).toEqual({
      scheduleOverrideReason: 'REPORT.TOO_LONG',
      forecastCompletionDate: 'REPORT.INVALID_DATE',
      forecastCostNok: 'REPORT.NEGATIVE_COST',
      deviations: 'REPORT.TOO_LONG',
      [`decisionFollowUp.${followUp.decisionId}.comment`]: 'REPORT.TOO_LONG',
      sdgs: 'REPORT.INVALID_SDG',
    });
  });

  it('rejects a cost that is not a finite number', () => {
    expect(validateDraft({ forecastCostNok: Number.NaN })).toEqual([
      { code: 'REPORT.INVALID_NUMBER', field: 'forecastCostNok' },
    ]);
  });

  it('rejects SDGs that are not whole numbers in range, or repeated', () => {
    expect(validateDraft({ sdgs: [4, 4] })).toEqual([
      { code: 'REPORT.INVALID_SDG', field: 'sdgs', params: { value: '4' } },
    ]);
    expect(validateDraft({ sdgs: [1, 17] })).toEqual([]);
  });
});
