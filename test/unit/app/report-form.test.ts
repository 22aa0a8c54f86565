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
import { type FormValues, formInputs, formValues } from '../../../src/views/form';
import { FORM_FIELDS, type ReportFormView } from '../../../src/views/report-form-view';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';
import { itOnSqlite } from '../../helpers/test-store';

const OWNER = 'kristin.hovland@example.no';
const ID = 'T-2024-01';
const ROUND = '2026-Q4';
const nb = messagesFor('nb');

type Screen = FormScreen | { kind: 'refused'; error: DomainError };

/** The form's parts by input name, as a person reads them: values, hints, labels, errors. */
const values = (form: ReportFormView) => formValues(form.form);
const hints = (form: ReportFormView): Record<string, string> & { cost: string; schedule: string; overall: string } => ({
  cost: '',
  schedule: '',
  overall: '',
  ...Object.fromEntries(formInputs(form.form).map((i) => [i.name, i.hint ?? ''])),
});
const labels = (form: ReportFormView): Record<string, string> =>
  Object.fromEntries(formInputs(form.form).map((i) => [i.name, i.label]));
const errors = (form: ReportFormView): Record<string, string> =>
  Object.fromEntries(formInputs(form.form).flatMap((i) => (i.error ? [[i.name, i.error]] : [])));
const hasDecision = (form: ReportFormView) => form.form.sections.some((s) => s.id === 'decision');

function formOf(screen: Screen): ReportFormView {
  if (screen.kind !== 'form') throw new Error(`expected the form, got ${JSON.stringify(screen)}`);
  return screen.view;
}

describe('the report form', () => {
  let t: TestApp;
  let owner: Person;
  let initiative: Initiative;

  beforeEach(async () => {
    t = await testApp();
    await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
    owner = await t.person(OWNER);
    const found = await t.app.uow.read(async (repos) => await repos.initiatives.get(ID));
    if (!found) throw new Error(`no ${ID} in the demo`);
    initiative = found;
  });
  afterEach(async () => await t.close());

  const open = async (person: Person = owner) =>
    formOf(await openReportForm(t.app, { roundId: ROUND, initiativeId: ID }, person, DEMO_NOW));
  const stored = async () => await t.app.uow.read(async (repos) => await repos.reports.get(ID, ROUND));

  /** Sends the open form with `changes` over what it shows. */
  async function send(changes: FormValues, submit: boolean, given?: ReportFormView): Promise<Screen> {
    const form = given ?? (await open());
    return await submitReportForm(
      t.app,
      {
        roundId: ROUND,
        initiativeId: ID,
        baseVersion: form.baseVersion,
        values: { ...values(form), ...changes },
        submit,
      },
      owner,
      DEMO_NOW,
    );
  }

  /** What the owner must fill in for a submission to pass, whatever the demo's last quarter said. */
  const complete = (form: ReportFormView) => ({
    progress: 'Søket er i produksjon.',
    ...(hasDecision(form) ? { followUpState: 'followed', followUpComment: 'Fulgt opp.' } : {}),
  });

  const overrun = (percent: number) => Math.round((initiative.agreedCostNok * (100 + percent)) / 100);

  describe('suggests from the forecast entered, not from last quarter', () => {
    const redHint = () => nb.form.suggestion(nb.lights.red);

    it('a draft saved with a 20 % cost overrun comes back suggesting red, with the tolerance stated', async () => {
      const before = await open();
      expect(hints(before).cost.startsWith(nb.form.suggestion(nb.lights.red))).toBe(false);
      const form = formOf(await send({ forecastCostNok: overrun(20) }, false, before));
      expect(form.notice).toContain('lagret');
      expect(hints(form).cost.startsWith(redHint())).toBe(true);
      expect(hints(form).cost).toContain(
        `rød når prognosen er mer enn ${initiative.tolerancePercent}\u00a0% over avtalt kostnad`,
      );
      expect(hints(form).schedule).toContain(`gul inntil ${initiative.toleranceDays} dager etter`);
    });

    it('a submission refused for another error re-shows the form suggesting red', async () => {
      const form = formOf(await send({ forecastCostNok: overrun(20), progress: '' }, true));
      expect(errors(form).progress).toBe(describeError({ code: 'REPORT.REQUIRED' }, 'nb'));
      expect(hints(form).cost.startsWith(redHint())).toBe(true);
      expect(values(form).forecastCostNok).toBe(overrun(20));
      expect(await stored()).toBeNull();
    });

    it('refuses a forecast that is not a number, and states the rule without a suggestion', async () => {
      // What a channel sends for a number it could not read (Teams' number input never sends words).
      const form = formOf(await send({ forecastCostNok: Number.NaN }, true));
      expect(values(form).forecastCostNok).toBeNull();
      expect(errors(form).forecastCostNok).toBe(describeError({ code: 'REPORT.INVALID_NUMBER' }, 'nb'));
      expect(hints(form).cost).toBe(nb.form.costRule(String(initiative.tolerancePercent)));
    });
  });

  it.each(LOCALES)('gives every input its own label in %s, the reasons naming their light', async (locale: Locale) => {
    const form = await open({ ...owner, locale });
    const all = formInputs(form.form).map((i) => i.label);
    expect(all.length).toBeGreaterThanOrEqual(FORM_FIELDS.length - 2);
    expect(new Set(all).size).toBe(all.length);
    const t = messagesFor(locale);
    expect(labels(form).scheduleOverrideReason).toBe(t.form.reasons.schedule);
    expect(labels(form).costOverrideReason).toBe(t.form.reasons.cost);
    expect(labels(form).overallOverrideReason).toBe(t.form.reasons.overall);
  });

  describe('the overall light', () => {
    const redCost = (form: ReportFormView) => ({
      ...complete(form),
      forecastCostNok: overrun(20),
      cost: 'red',
      correctiveActions: 'Nytt anbud.',
    });

    it('green with a red cost light is refused without a justification, the error on overall', async () => {
      const form = await open();
      const shown = formOf(await send({ ...redCost(form), overall: 'green' }, true, form));
      expect(errors(shown).overall).toBe(
        describeError({ code: 'REPORT.OVERALL_REASON_REQUIRED', params: { worst: 'red' } }, 'nb'),
      );
      expect(errors(shown).overall).toContain('(rød)');
      expect(hints(shown).overall).toContain(nb.form.worstNow(nb.lights.red));
      expect(await stored()).toBeNull();
    });

    it('is accepted greener with a justification, which is stored', async () => {
      const form = await open();
      const reason = 'Merkostnaden dekkes av egne midler.';
      const screen = await send({ ...redCost(form), overall: 'yellow', overallOverrideReason: reason }, true, form);
      expect(screen.kind).toBe('receipt');
      expect((await stored())?.fields).toMatchObject({ overall: 'yellow', cost: 'red', overallOverrideReason: reason });
    });
  });

  describe('the four lights', () => {
    it.each(['overall', 'result', 'schedule', 'cost'])('%s is required on submission', async (light) => {
      const form = await open();
      const shown = formOf(await send({ ...complete(form), [light]: '' }, true, form));
      expect(errors(shown)[light as 'overall']).toBe(describeError({ code: 'REPORT.REQUIRED' }, 'nb'));
      expect(await stored()).toBeNull();
    });

    it('may be left empty in a draft', async () => {
      const form = formOf(await send({ overall: '', result: '', schedule: '', cost: '' }, false));
      expect(errors(form)).toEqual({});
      expect((await stored())?.fields).toMatchObject({ overall: '', result: '', schedule: '', cost: '' });
      expect((await stored())?.state).toBe('draft');
    });

    it.each([
      ['blue', true],
      [5, true],
      ['blue', false],
    ])('refuses %p (submit: %p) with an error on the field, storing nothing', async (value, submit) => {
      const form = await open();
      const shown = formOf(await send({ ...complete(form), cost: value }, submit, form));
      expect(errors(shown).cost).toBe(
        describeError({ code: 'REPORT.INVALID_LIGHT', params: { value: String(value) } }, 'nb'),
      );
      // Shown unchosen for the owner to pick, never as the raw value.
      expect(values(shown).cost).toBeNull();
      expect(await stored()).toBeNull();
    });

    it('shows every light by name on the receipt', async () => {
      const form = await open();
      const screen = await send({ ...complete(form) }, true, form);
      if (screen.kind !== 'receipt') throw new Error(`expected the receipt, got ${JSON.stringify(screen)}`);
      const lights = screen.view.facts.slice(0, 4).map((f) => f.value);
      for (const value of lights) expect(Object.values(nb.lights)).toContain(value);
    });
  });

  itOnSqlite('reads a report stored before the overall justification existed as having none', async () => {
    const form = await open();
    expect((await send({ ...complete(form), progress: 'Utkast.' }, false, form)).kind).toBe('form');
    const row = t.db.prepare('SELECT fields FROM reports WHERE initiative_id = ?').get(ID) as { fields: string };
    const { overallOverrideReason: _, ...old } = JSON.parse(row.fields) as Record<string, unknown>;
    t.db.prepare('UPDATE reports SET fields = ? WHERE initiative_id = ?').run(JSON.stringify(old), ID);
    expect((await stored())?.fields.overallOverrideReason).toBeNull();
    expect(values(await open()).overallOverrideReason).toBe('');
  });
});
