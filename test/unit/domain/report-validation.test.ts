import type { DomainError } from '../../../src/domain/errors';
import type { ReportFields } from '../../../src/domain/model';
import { type ReportValidationContext, TEXT_LIMITS, validateReport } from '../../../src/domain/report-validation';
import { worstLight } from '../../../src/domain/traffic-lights';
import { aDecision, anInitiative, aRound, someReportFields } from '../../helpers/builders';

function context(overrides: Partial<ReportValidationContext> = {}): ReportValidationContext {
  return { initiative: anInitiative(), round: aRound(), openDecisions: [], ...overrides };
}

/**
 * Submits the default report with `overrides`. Unless a test sets it, the overall light is the worst of
 * the three dimensions, so tests of other rules do not trip the rule that overall may not be greener.
 */
function submit(overrides: Partial<ReportFields>, ctx: ReportValidationContext = context()): DomainError[] {
  const fields = someReportFields(overrides);
  const overall = overrides.overall ?? worstLight([fields.result, fields.schedule, fields.cost]);
  return validateReport({ ...fields, overall }, ctx);
}

function codesByField(errors: DomainError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field ?? '', e.code]));
}

const followUp = { decisionId: 'D-2026-Q3-T-2026-03', state: 'partly' as const, comment: 'Plan revidert.' };

describe('validateReport', () => {
  it('accepts the default, consistent report', () => {
    expect(submit({})).toEqual([]);
  });

  describe('required fields', () => {
    it.each(['', '   \n'])('requires progress (%j)', (progress) => {
      expect(submit({ progress })).toEqual([{ code: 'REPORT.REQUIRED', field: 'progress' }]);
    });

    it('requires a forecast date', () => {
      expect(submit({ forecastCompletionDate: '' })).toEqual([
        { code: 'REPORT.REQUIRED', field: 'forecastCompletionDate' },
      ]);
    });

    it('does not require deviations, SDGs or an override reason when nothing is overridden', () => {
      expect(submit({ deviations: '', sdgs: [] })).toEqual([]);
    });
  });

  describe('forecast completion date', () => {
    it.each(['2027-02-30', '30.06.2027', '2027-6-30'])('rejects the malformed date %j', (date) => {
      expect(submit({ forecastCompletionDate: date })).toEqual([
        { code: 'REPORT.INVALID_DATE', field: 'forecastCompletionDate' },
      ]);
    });

    it("accepts the first day of the round's quarter", () => {
      expect(submit({ forecastCompletionDate: '2026-10-01' })).toEqual([]);
    });

    it("rejects the day before the round's quarter, naming the quarter start", () => {
      expect(submit({ forecastCompletionDate: '2026-09-30' })).toEqual([
        {
          code: 'REPORT.FORECAST_BEFORE_QUARTER',
          field: 'forecastCompletionDate',
          params: { quarterStart: '2026-10-01' },
        },
      ]);
    });

    it('reports a corrupt round id instead of skipping the rule', () => {
      expect(submit({}, context({ round: aRound({ id: 'Q4' }) }))).toEqual([
        { code: 'ROUND.INVALID_QUARTER', field: 'roundId', params: { quarter: 'Q4' } },
      ]);
    });
  });

  describe('forecast cost', () => {
    it('accepts zero', () => {
      const ctx = context({ initiative: anInitiative({ agreedCostNok: 0 }) });
      expect(submit({ forecastCostNok: 0 }, ctx)).toEqual([]);
    });

    it('rejects a negative cost', () => {
      expect(submit({ forecastCostNok: -1 })).toEqual([{ code: 'REPORT.NEGATIVE_COST', field: 'forecastCostNok' }]);
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects %p as not a number', (cost) => {
      expect(submit({ forecastCostNok: cost })).toEqual([{ code: 'REPORT.INVALID_NUMBER', field: 'forecastCostNok' }]);
    });
  });

  describe('text lengths', () => {
    it.each([
      ['progress', TEXT_LIMITS.progress],
      ['deviations', TEXT_LIMITS.deviations],
      ['correctiveActions', TEXT_LIMITS.correctiveActions],
    ] as const)('allows %s of exactly %i characters and rejects one more', (field, max) => {
      expect(submit({ [field]: 'a'.repeat(max) })).toEqual([]);
      expect(submit({ [field]: 'a'.repeat(max + 1) })).toEqual([{ code: 'REPORT.TOO_LONG', field, params: { max } }]);
    });

    it('counts characters, not UTF-16 units', () => {
      expect(submit({ progress: '🚦'.repeat(TEXT_LIMITS.progress) })).toEqual([]);
    });

    it('limits override reasons even when they are not needed', () => {
      expect(submit({ costOverrideReason: 'x'.repeat(TEXT_LIMITS.overrideReason + 1) })).toEqual([
        { code: 'REPORT.TOO_LONG', field: 'costOverrideReason', params: { max: TEXT_LIMITS.overrideReason } },
      ]);
    });

    it('limits the follow-up comment', () => {
      const comment = 'x'.repeat(TEXT_LIMITS.followUpComment + 1);
      expect(
        submit({ decisionFollowUp: [{ ...followUp, comment }] }, context({ openDecisions: [aDecision()] })),
      ).toEqual([
        {
          code: 'REPORT.TOO_LONG',
          field: 'decisionFollowUp.D-2026-Q3-T-2026-03.comment',
          params: { max: TEXT_LIMITS.followUpComment },
        },
      ]);
    });
  });

  describe('SDGs', () => {
    it('accepts the goals 1 to 17', () => {
      expect(submit({ sdgs: [1, 17] })).toEqual([]);
    });

    it.each([[[0]], [[18]], [[2.5]], [[3, 3]]])('rejects %j', (sdgs) => {
      expect(codesByField(submit({ sdgs }))).toEqual({ sdgs: 'REPORT.INVALID_SDG' });
    });
  });

  describe('corrective actions on a significant deviation', () => {
    it.each(['result', 'schedule', 'cost', 'overall'] as const)('are required when %s is red', (dimension) => {
      const errors = submit({ [dimension]: 'red', scheduleOverrideReason: 'x', costOverrideReason: 'x' });
      expect(errors).toEqual([{ code: 'REPORT.CORRECTIVE_ACTIONS_REQUIRED', field: 'correctiveActions' }]);
    });

    it('are satisfied by any non-blank text', () => {
      expect(submit({ result: 'red', correctiveActions: 'Nytt leveranseteam.' })).toEqual([]);
    });

    it('are not required for yellow lights', () => {
      expect(submit({ overall: 'yellow', result: 'yellow' })).toEqual([]);
    });
  });

  describe('the four lights', () => {
    it.each(['overall', 'result', 'schedule', 'cost'] as const)('requires %s on submission', (light) => {
      const errors = submit({ [light]: '' as unknown as 'green' });
      expect(errors).toContainEqual({ code: 'REPORT.REQUIRED', field: light });
    });

    it.each(['blue', 5, null])('refuses the light %p instead of storing it', (value) => {
      const errors = submit({ cost: value as unknown as 'green' });
      expect(errors).toContainEqual({ code: 'REPORT.INVALID_LIGHT', field: 'cost', params: { value: String(value) } });
      expect(codesByField(errors).cost).toBe('REPORT.INVALID_LIGHT');
    });
  });

  describe('the overall light against result, schedule and cost', () => {
    // A forecast 20 % over the agreed NOK 10 000 000 (tolerance 10 %): the cost light is red.
    const redCost = { forecastCostNok: 12_000_000, cost: 'red' as const, correctiveActions: 'Nytt anbud.' };

    it('may not be greener than the worst dimension without a justification, with the error on overall', () => {
      expect(submit({ ...redCost, overall: 'green' })).toEqual([
        { code: 'REPORT.OVERALL_REASON_REQUIRED', field: 'overall', params: { worst: 'red' } },
      ]);
      expect(codesByField(submit({ ...redCost, overall: 'yellow' }))).toEqual({
        overall: 'REPORT.OVERALL_REASON_REQUIRED',
      });
    });

    it('is accepted when as bad as the worst dimension, or worse', () => {
      expect(submit({ ...redCost, overall: 'red' })).toEqual([]);
      expect(submit({ result: 'yellow', overall: 'red', correctiveActions: 'Ny plan.' })).toEqual([]);
    });

    it('is accepted greener with a justification, and a blank one does not count', () => {
      expect(submit({ ...redCost, overall: 'yellow', overallOverrideReason: 'Merkostnaden dekkes av NAV.' })).toEqual(
        [],
      );
      expect(codesByField(submit({ ...redCost, overall: 'green', overallOverrideReason: '  ' }))).toEqual({
        overall: 'REPORT.OVERALL_REASON_REQUIRED',
      });
    });

    it('reads a report stored before the justification existed (no key) as having none', () => {
      const { overallOverrideReason: _, ...stored } = someReportFields({ ...redCost, overall: 'green' });
      expect(codesByField(validateReport(stored as ReportFields, context()))).toEqual({
        overall: 'REPORT.OVERALL_REASON_REQUIRED',
      });
    });

    it('limits the justification', () => {
      expect(submit({ overallOverrideReason: 'x'.repeat(TEXT_LIMITS.overrideReason + 1) })).toEqual([
        { code: 'REPORT.TOO_LONG', field: 'overallOverrideReason', params: { max: TEXT_LIMITS.overrideReason } },
      ]);
    });
  });

  describe("follow-up of Skate's open decisions", () => {
    const ctx = context({ openDecisions: [aDecision()] });
    const state = 'decisionFollowUp.D-2026-Q3-T-2026-03.state';
    const comment = 'decisionFollowUp.D-2026-Q3-T-2026-03.comment';
    const params = { decisionId: 'D-2026-Q3-T-2026-03' };

    it('is required when a decision is open: its state and its comment', () => {
      expect(submit({}, ctx)).toEqual([
        { code: 'REPORT.FOLLOW_UP_REQUIRED', field: state, params },
        { code: 'REPORT.FOLLOW_UP_REQUIRED', field: comment, params },
      ]);
    });

    it('must answer the open decision, not another one', () => {
      const errors = submit({ decisionFollowUp: [{ ...followUp, decisionId: 'D-old' }] }, ctx);
      expect(codesByField(errors)).toEqual({
        [state]: 'REPORT.FOLLOW_UP_REQUIRED',
        [comment]: 'REPORT.FOLLOW_UP_REQUIRED',
      });
    });

    it('needs a comment', () => {
      const errors = submit({ decisionFollowUp: [{ ...followUp, comment: ' ' }] }, ctx);
      expect(codesByField(errors)).toEqual({ [comment]: 'REPORT.FOLLOW_UP_REQUIRED' });
    });

    it('needs a state: none is answered in advance', () => {
      const decisionFollowUp = [{ ...followUp, state: '' as const }];
      expect(codesByField(submit({ decisionFollowUp }, ctx))).toEqual({ [state]: 'REPORT.FOLLOW_UP_REQUIRED' });
    });

    it('accepts a complete follow-up', () => {
      expect(submit({ decisionFollowUp: [followUp] }, ctx)).toEqual([]);
    });

    it('asks every open decision, each on its own', () => {
      const second = aDecision({ id: 'D-2026-Q3-2', decidedOn: '2026-09-17' });
      const both = context({ openDecisions: [aDecision(), second] });
      const errors = submit({ decisionFollowUp: [followUp] }, both);
      expect(codesByField(errors)).toEqual({
        'decisionFollowUp.D-2026-Q3-2.state': 'REPORT.FOLLOW_UP_REQUIRED',
        'decisionFollowUp.D-2026-Q3-2.comment': 'REPORT.FOLLOW_UP_REQUIRED',
      });
      const answered = [followUp, { decisionId: 'D-2026-Q3-2', state: 'followed' as const, comment: 'Gjort.' }];
      expect(submit({ decisionFollowUp: answered }, both)).toEqual([]);
    });

    it('is not required, and harmless, without an open decision', () => {
      expect(submit({ decisionFollowUp: [followUp] })).toEqual([]);
    });
  });

  describe('overridden lights', () => {
    // Default initiative: agreed 2027-06-30 with 30 days' tolerance, NOK 10 000 000 with 10 %.
    it('needs a reason when the schedule light differs from the suggestion', () => {
      expect(submit({ forecastCompletionDate: '2027-07-30', schedule: 'green' })).toEqual([
        { code: 'REPORT.OVERRIDE_REASON_REQUIRED', field: 'scheduleOverrideReason', params: { suggested: 'yellow' } },
      ]);
    });

    it('needs a reason for a more pessimistic light as well', () => {
      expect(codesByField(submit({ schedule: 'yellow' }))).toEqual({
        scheduleOverrideReason: 'REPORT.OVERRIDE_REASON_REQUIRED',
      });
    });

    it('needs a reason when the cost light differs from the suggestion', () => {
      expect(submit({ forecastCostNok: 11_000_001, cost: 'yellow' })).toEqual([
        { code: 'REPORT.OVERRIDE_REASON_REQUIRED', field: 'costOverrideReason', params: { suggested: 'red' } },
      ]);
    });

    it('accepts an override with a reason', () => {
      expect(
        submit({ forecastCostNok: 11_000_000, cost: 'green', costOverrideReason: 'Ekstern finansiering.' }),
      ).toEqual([]);
    });

    it('accepts the suggested light at the tolerance boundary without a reason', () => {
      expect(
        submit({
          forecastCompletionDate: '2027-07-30',
          schedule: 'yellow',
          forecastCostNok: 11_000_000,
          cost: 'yellow',
        }),
      ).toEqual([]);
    });

    it('treats a blank reason as missing', () => {
      expect(codesByField(submit({ schedule: 'yellow', scheduleOverrideReason: '  ' }))).toEqual({
        scheduleOverrideReason: 'REPORT.OVERRIDE_REASON_REQUIRED',
      });
    });

    it('skips the suggestion when the forecast itself is invalid', () => {
      expect(
        codesByField(submit({ forecastCompletionDate: 'snart', schedule: 'red', correctiveActions: 'x' })),
      ).toEqual({
        forecastCompletionDate: 'REPORT.INVALID_DATE',
      });
      expect(codesByField(submit({ forecastCostNok: Number.NaN, cost: 'red', correctiveActions: 'x' }))).toEqual({
        forecastCostNok: 'REPORT.INVALID_NUMBER',
      });
    });
  });

  it('returns one error per field, in form order', () => {
    const errors = submit(
      {
        progress: '',
        overall: 'green',
        result: 'red',
        schedule: 'yellow',
        forecastCostNok: -5,
        sdgs: [99],
      },
      context({ openDecisions: [aDecision()] }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'overall',
      'scheduleOverrideReason',
      'forecastCostNok',
      'progress',
      'correctiveActions',
      'decisionFollowUp.D-2026-Q3-T-2026-03.state',
      'decisionFollowUp.D-2026-Q3-T-2026-03.comment',
      'sdgs',
    ]);
  });
});
