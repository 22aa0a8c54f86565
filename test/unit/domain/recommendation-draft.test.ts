import { draftRecommendation } from '../../../src/domain/recommendation-draft';
import { anInitiative, aStatusReport, someReportFields } from '../../helpers/builders';

describe('draftRecommendation', () => {
  const initiative = anInitiative();

  it('notes a missing report when there is none', () => {
    expect(draftRecommendation(initiative, null)).toEqual({ kind: 'missing-report' });
  });

  it('treats a report still in draft as missing', () => {
    expect(draftRecommendation(initiative, aStatusReport({ state: 'draft', submittedAt: null }))).toEqual({
      kind: 'missing-report',
    });
  });

  it('proposes to take note of a report without deviations', () => {
    expect(draftRecommendation(initiative, aStatusReport())).toEqual({ kind: 'take-note' });
  });

  it('proposes to take note of yellow lights, which are not significant', () => {
    const fields = someReportFields({ overall: 'red', result: 'yellow', schedule: 'yellow', cost: 'yellow' });
    expect(draftRecommendation(initiative, aStatusReport({ fields }))).toEqual({ kind: 'take-note' });
  });

  it('notes a significant deviation with the red dimensions, in a fixed order', () => {
    const fields = someReportFields({ cost: 'red', result: 'red', correctiveActions: 'Reduserer omfanget.' });
    expect(draftRecommendation(initiative, aStatusReport({ fields }))).toEqual({
      kind: 'note-deviation',
      lights: ['result', 'cost'],
      hasCorrectiveActions: true,
    });
  });

  it('says when a deviation comes without corrective actions', () => {
    const fields = someReportFields({ schedule: 'red', correctiveActions: '  ' });
    expect(draftRecommendation(initiative, aStatusReport({ fields }))).toEqual({
      kind: 'note-deviation',
      lights: ['schedule'],
      hasCorrectiveActions: false,
    });
  });

  it("flags the owner's request for Skate's attention", () => {
    const fields = someReportFields({ asksSkateAttention: true });
    expect(draftRecommendation(initiative, aStatusReport({ fields }))).toEqual({ kind: 'skate-attention' });
  });

  it('puts a significant deviation before a request for attention', () => {
    const fields = someReportFields({ asksSkateAttention: true, result: 'red', correctiveActions: 'x' });
    expect(draftRecommendation(initiative, aStatusReport({ fields })).kind).toBe('note-deviation');
  });

  it('proposes final treatment of a finished initiative, even with a deviation', () => {
    const finished = anInitiative({ phase: 'finished' });
    const fields = someReportFields({ cost: 'red', asksSkateAttention: true });
    expect(draftRecommendation(finished, aStatusReport({ fields }))).toEqual({ kind: 'final-treatment' });
  });

  it('proposes final treatment of a finished initiative without a report: it is asked for none, so never «missing»', () => {
    expect(draftRecommendation(anInitiative({ phase: 'finished' }), null)).toEqual({ kind: 'final-treatment' });
  });
});
