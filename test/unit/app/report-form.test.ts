/**
 * The report form as the owner meets it (openReportForm / submitReportForm):
 * suggestions recomputed from what was entered, labels a screen reader can
 * tell apart, the overall light held to the worst dimension, lights required
 * on submission, and values the form never offers refused instead of blanked.
 */
import { type FormScreen, openReportForm, submitReportForm } from '../../../src/app/reports/report-form';
import { openRound } from '../../../src/app/rounds/open-round';
import type { DomainError } from '../../../src/domain/errors';
import { type Initiative, LOCALES, type Locale, type Person } from '../../../src/domain/model';
import { describeError, messagesFor } from '../../../src/i18n';
import { FORM_FIELDS, type ReportFormView } from '../../../src/views/report-form-view';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const OWNER = 'kristin.hovland@example.no';
const ID = 'T-2024-01';
const ROUND = '2026-Q4';
const nb = messagesFor('nb');

type Screen = FormScreen | { kind: 'refused'; error: DomainError };

function formOf(screen: Screen): ReportFormView {
  if (screen.kind !== 'form') throw new Error(`expected the form, got ${JSON.stringify(screen)}`);
  return screen.view;
}

describe('the report form', () => {
  let t: TestApp;
  let owner: Person;
  let initiative: Initiative;

  beforeEach(() => {
    t = testApp();
    openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    owner = t.person(OWNER);
    const found = t.app.uow.read((repos) => repos.initiatives.get(ID));
    if (!found) throw new Error(`no ${ID} in the demo`);
    initiative = found;
  });
  afterEach(() => t.close());

  const open = (person: Person = owner) =>
    formOf(openReportForm(t.app, { roundId: ROUND, initiativeId: ID }, person, DEMO_NOW));
  const stored = () => t.app.uow.read((repos) => repos.reports.get(ID, ROUND));

  /** Sends the open form with `changes` over what it shows. */
  function send(changes: Record<string, unknown>, submit: boolean, form = open()): Screen {
    return submitReportForm(
      t.app,
      {
        roundId: ROUND,
        initiativeId: ID,
        baseVersion: form.baseVersion,
        values: { ...form.values, ...changes },
        submit,
      },
      owner,
      DEMO_NOW,
    );
  }

  /** What the owner must fill in for a submission to pass, whatever the demo's last quarter said. */
  const complete = (form: ReportFormView) => ({
    progress: 'Søket er i produksjon.',
    ...(form.decision ? { followUpState: 'followed', followUpComment: 'Fulgt opp.' } : {}),
  });

  const overrun = (percent: number) => String(Math.round((initiative.agreedCostNok * (100 + percent)) / 100));

  describe('suggests from the forecast entered, not from last quarter', () => {
    const redHint = () => nb.form.suggestion(nb.lights.red);

    it('a draft saved with a 20 % cost overrun comes back suggesting red, with the tolerance stated', () => {
      const before = open();
      expect(before.hints.cost.startsWith(nb.form.suggestion(nb.lights.red))).toBe(false);
      const form = formOf(send({ forecastCostNok: overrun(20) }, false, before));
      expect(form.notice).toContain('lagret');
      expect(form.hints.cost.startsWith(redHint())).toBe(true);
      expect(form.hints.cost).toContain(
        `rød når prognosen er mer enn ${initiative.tolerancePercent}\u00a0% over avtalt kostnad`,
      );
      expect(form.hints.schedule).toContain(`gul inntil ${initiative.toleranceDays} dager etter`);
    });

    it('a submission refused for another error re-shows the form suggesting red', () => {
      const form = formOf(send({ forecastCostNok: overrun(20), progress: '' }, true));
      expect(form.errors.progress).toBe(describeError({ code: 'REPORT.REQUIRED' }, 'nb'));
      expect(form.hints.cost.startsWith(redHint())).toBe(true);
      expect(form.values.forecastCostNok).toBe(overrun(20));
      expect(stored()).toBeNull();
    });

    it('keeps a forecast typed in words next to its error, and states the rule without a suggestion', () => {
      const form = formOf(send({ forecastCostNok: '1 500 kroner' }, true));
      expect(form.values.forecastCostNok).toBe('1 500 kroner');
      expect(form.errors.forecastCostNok).toBe(describeError({ code: 'REPORT.INVALID_NUMBER' }, 'nb'));
      expect(form.hints.cost).toBe(nb.form.costRule(String(initiative.tolerancePercent)));
    });
  });

  it.each(LOCALES)('gives every input its own label in %s, the reasons naming their light', (locale: Locale) => {
    const form = open({ ...owner, locale });
    const labels = FORM_FIELDS.map((f) => form.labels[f]);
    expect(new Set(labels).size).toBe(labels.length);
    const t = messagesFor(locale);
    expect(form.labels.scheduleOverrideReason).toBe(t.form.reasons.schedule);
    expect(form.labels.costOverrideReason).toBe(t.form.reasons.cost);
    expect(form.labels.overallOverrideReason).toBe(t.form.reasons.overall);
  });

  describe('the overall light', () => {
    const redCost = (form: ReportFormView) => ({
      ...complete(form),
      forecastCostNok: overrun(20),
      cost: 'red',
      correctiveActions: 'Nytt anbud.',
    });

    it('green with a red cost light is refused without a justification, the error on overall', () => {
      const form = open();
      const shown = formOf(send({ ...redCost(form), overall: 'green' }, true, form));
      expect(shown.errors.overall).toBe(
        describeError({ code: 'REPORT.OVERALL_REASON_REQUIRED', params: { worst: 'red' } }, 'nb'),
      );
      expect(shown.errors.overall).toContain('(rød)');
      expect(shown.hints.overall).toContain(nb.form.worstNow(nb.lights.red));
      expect(stored()).toBeNull();
    });

    it('is accepted greener with a justification, which is stored', () => {
      const form = open();
      const reason = 'Merkostnaden dekkes av egne midler.';
      const screen = send({ ...redCost(form), overall: 'yellow', overallOverrideReason: reason }, true, form);
      expect(screen.kind).toBe('receipt');
      expect(stored()?.fields).toMatchObject({ overall: 'yellow', cost: 'red', overallOverrideReason: reason });
    });
  });

  describe('the four lights', () => {
    it.each(['overall', 'result', 'schedule', 'cost'])('%s is required on submission', (light) => {
      const form = open();
      const shown = formOf(send({ ...complete(form), [light]: '' }, true, form));
      expect(shown.errors[light as 'overall']).toBe(describeError({ code: 'REPORT.REQUIRED' }, 'nb'));
      expect(stored()).toBeNull();
    });

    it('may be left empty in a draft', () => {
      const form = formOf(send({ overall: '', result: '', schedule: '', cost: '' }, false));
      expect(form.errors).toEqual({});
      expect(stored()?.fields).toMatchObject({ overall: '', result: '', schedule: '', cost: '' });
      expect(stored()?.state).toBe('draft');
    });

    it.each([
      ['blue', true],
      [5, true],
      ['blue', false],
    ])('refuses %p (submit: %p) with an error on the field, storing nothing', (value, submit) => {
      const form = open();
      const shown = formOf(send({ ...complete(form), cost: value }, submit, form));
      expect(shown.errors.cost).toBe(
        describeError({ code: 'REPORT.INVALID_LIGHT', params: { value: String(value) } }, 'nb'),
      );
      // Shown unchosen for the owner to pick, never as the raw value.
      expect(shown.values.cost).toBe('');
      expect(stored()).toBeNull();
    });

    it('shows every light by name on the receipt', () => {
      const form = open();
      const screen = send({ ...complete(form) }, true, form);
      if (screen.kind !== 'receipt') throw new Error(`expected the receipt, got ${JSON.stringify(screen)}`);
      const lights = screen.view.facts.slice(0, 4).map((f) => f.value);
      for (const value of lights) expect(Object.values(nb.lights)).toContain(value);
    });
  });

  it('reads a report stored before the overall justification existed as having none', () => {
    const form = open();
    expect(send({ ...complete(form), progress: 'Utkast.' }, false, form).kind).toBe('form');
    const row = t.db.prepare('SELECT fields FROM reports WHERE initiative_id = ?').get(ID) as { fields: string };
    const { overallOverrideReason: _, ...old } = JSON.parse(row.fields) as Record<string, unknown>;
    t.db.prepare('UPDATE reports SET fields = ? WHERE initiative_id = ?').run(JSON.stringify(old), ID);
    expect(stored()?.fields.overallOverrideReason).toBeNull();
    expect(open().values.overallOverrideReason).toBe('');
  });
});
