/**
 * Validation at the use cases' door (handleCardAction): wrong types, unknown choices, numbers and
 * dates out of range, over-long text and forged button data are refused with a localised error on
 * the input concerned (or one refusal for what only a forged button carries), and nothing is
 * written; characters no document may hold are dropped from what is stored.
 */
import { type CardAction, handleCardAction } from '../../../src/app/actions/handle-action';
import { moveRound } from '../../../src/app/rounds/move-round';
import { openRound } from '../../../src/app/rounds/open-round';
import type { DomainError } from '../../../src/domain/errors';
import type { Person } from '../../../src/domain/model';
import { describeError } from '../../../src/i18n';
import type { CardView } from '../../../src/views/card-view';
import { type FormValues, formInputs } from '../../../src/views/form';
import { DEMO_NOW, OPERATOR, type TestApp, testApp } from '../../helpers/test-app';

const ROUND = '2026-Q4';
const ID = 'T-2024-01';
const OWNER = 'kristin.hovland@example.no';
const AU = 'per.lunde@example.no';

let t: TestApp;
let seq = 0;
beforeEach(async () => {
  t = await testApp();
  await openRound(t.app, { quarter: ROUND }, OPERATOR, DEMO_NOW);
});
afterEach(async () => await t.close());

async function press(
  person: Person,
  verb: string,
  data: Record<string, string>,
  values: FormValues,
  invalid?: string[],
) {
  seq += 1;
  const action: CardAction = { verb, data, values, idempotencyKey: { platform: 'msteams', id: `input-${seq}` } };
  if (invalid) action.invalid = invalid;
  return (await handleCardAction(action, { app: t.app, person, now: DEMO_NOW, defaultLocale: 'nb' })).view;
}

const save = async (values: FormValues, invalid?: string[]) =>
  await press(
    await t.person(OWNER),
    'report.save',
    { roundId: ROUND, initiativeId: ID, baseVersion: '0' },
    values,
    invalid,
  );

/** The error shown on each input of a form view. */
function fieldErrors(view: CardView): Record<string, string> {
  if (view.kind !== 'report-form' && view.kind !== 'review-item' && !('form' in view)) return {};
  const form = (view as { form?: Parameters<typeof formInputs>[0] }).form;
  return form ? Object.fromEntries(formInputs(form).flatMap((i) => (i.error ? [[i.name, i.error]] : []))) : {};
}

const said = (error: DomainError) => describeError(error, 'nb');
const stored = async () => await t.app.uow.read(async (repos) => await repos.reports.get(ID, ROUND));

describe('the report form', () => {
  it('refuses a forecast cost beyond the range, on its input', async () => {
    const view = await save({ forecastCostNok: 5e15 });
    expect(fieldErrors(view).forecastCostNok).toBe(said({ code: 'INPUT.OUT_OF_RANGE', params: { min: 0, max: 1e12 } }));
    expect(await stored()).toBeNull();
  });

  it('refuses an impossible date and a date outside the years it takes', async () => {
    expect(fieldErrors(await save({ forecastCompletionDate: '2026-02-31' })).forecastCompletionDate).toBe(
      said({ code: 'REPORT.INVALID_DATE' }),
    );
    expect(fieldErrors(await save({ forecastCompletionDate: '9999-12-31' })).forecastCompletionDate).toBe(
      said({ code: 'INPUT.OUT_OF_RANGE', params: { min: '2000-01-01', max: '2100-12-31' } }),
    );
    expect(await stored()).toBeNull();
  });

  it('refuses a value of the wrong type on the input the channel names', async () => {
    const view = await save({ progress: '' }, ['progress']);
    expect(fieldErrors(view).progress).toBe(said({ code: 'INPUT.INVALID' }));
    expect(await stored()).toBeNull();
  });

  it('refuses an unknown light and text over its limit, each on its input', async () => {
    const view = await save({ overall: 'blue', progress: 'x'.repeat(2001) });
    expect(fieldErrors(view).overall).toBe(said({ code: 'REPORT.INVALID_LIGHT', params: { value: 'blue' } }));
    expect(fieldErrors(view).progress).toBe(said({ code: 'REPORT.TOO_LONG', params: { max: 2000 } }));
    expect(await stored()).toBeNull();
  });

  it('stores text without the characters no document may hold', async () => {
    const view = await save({
      forecastCostNok: 1_000_000,
      progress: 'God\u0000 fremdrift\u000B i \uD800kvartalet\uFFFF.\tFerdig.',
    });
    expect(fieldErrors(view)).toEqual({});
    expect((await stored())?.fields.progress).toBe('God fremdrift i kvartalet.\tFerdig.');
  });

  it('refuses forged button data with one localised refusal, and writes nothing', async () => {
    const before = await t.app.uow.read(async (repos) => (await repos.audit.list()).length);
    for (const data of [
      { roundId: "2026-Q4'; DROP TABLE reports; --", initiativeId: ID, baseVersion: '0' },
      { roundId: ROUND, initiativeId: ID, baseVersion: '-1' },
      { roundId: ROUND, initiativeId: ID, baseVersion: '1'.repeat(80) },
    ]) {
      const view = await press(await t.person(OWNER), 'report.save', data, { progress: 'x' });
      expect(view.kind).toBe('notice');
      expect(JSON.stringify(view)).toContain(said({ code: 'INPUT.INVALID' }));
    }
    expect(await stored()).toBeNull();
    expect(await t.app.uow.read(async (repos) => (await repos.audit.list()).length)).toBe(before);
  });
});

describe('the vote form', () => {
  beforeEach(async () => {
    await t.bindChannels(['au']);
    await moveRound(t.app, ROUND, 'in-review', OPERATOR, DEMO_NOW);
  });
  const vote = async (values: FormValues) =>
    await press(await t.person(AU), 'review.vote', { roundId: ROUND, initiativeId: ID }, values);
  const votes = async () => await t.app.uow.read(async (repos) => (await repos.votes.listForRound(ROUND)).length);

  it('refuses a position the form never offers, on its input', async () => {
    const view = await vote({ choice: 'maybe', comment: '', request: 'none', requestReason: '', recused: false });
    expect(JSON.stringify(view)).toContain(said({ code: 'INPUT.INVALID_CHOICE', params: { value: 'maybe' } }));
    expect(await votes()).toBe(0);
  });

  it('refuses an over-long comment also from a member who declares themselves disqualified', async () => {
    const view = await vote({
      choice: 'agree',
      comment: 'x'.repeat(1001),
      request: 'none',
      requestReason: '',
      recused: true,
    });
    expect(JSON.stringify(view)).toContain(said({ code: 'VOTE.TOO_LONG', params: { max: 1000 } }));
    expect(await votes()).toBe(0);
  });

  it('refuses a vote from the secretariat with a message (it used to get the post back, silently)', async () => {
    const view = await press(
      await t.person('ingrid.haugland@example.no'),
      'review.vote',
      { roundId: ROUND, initiativeId: ID },
      {
        choice: 'agree',
      },
    );
    expect(view.kind).toBe('notice');
    expect(JSON.stringify(view)).toContain(said({ code: 'AUTH.NOT_AU' }));
    expect(await votes()).toBe(0);
  });
});
