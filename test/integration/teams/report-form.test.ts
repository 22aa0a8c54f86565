/**
 * The report form as Teams drives it: `adaptiveCard/action` invokes posted to
 * the real server, answered in the HTTP response with the card that replaces
 * the one pressed. Teams sends the action's data merged with every input's
 * value as a string, which is what `submission` builds from the card.
 */
import type { Decision, Initiative } from '../../../src/domain/model';
import { describeError, messagesFor } from '../../../src/i18n';
import { periodLabel } from '../../../src/views/cycle-views';
import { adaptiveCardProblems } from '../../helpers/adaptive-cards';
import { refusalsSince } from '../../helpers/refusals';
import { nextActivityId } from '../../helpers/teams-activities';
import { type Card, cardTexts, elementById, type Harness, startHarness, USERS, verbsOf } from './harness';

jest.setTimeout(30_000);

const ROUND = '2026-Q4';
const ID = 'T-2024-01';
const nb = messagesFor('nb');
const KEY = { roundId: ROUND, initiativeId: ID };

let h: Harness;
let initiative: Initiative;
let decision: Decision | null;
let form: Card;

beforeAll(async () => {
  h = await startHarness();
  await h.say(USERS.ingrid, `runde åpne ${ROUND}`);
  await h.say(USERS.kristin, 'hjelp');
  await h.say(USERS.hanne, 'hjelp');
  const facts = await h.read(async (repos) => ({
    initiative: await repos.initiatives.get(ID),
    decision: await repos.decisions.findOpenFor(ID),
  }));
  if (!facts.initiative) throw new Error(`no ${ID} in the demo data`);
  initiative = facts.initiative;
  decision = facts.decision;
});
afterAll(async () => {
  await h.stop();
});

/** What Teams sends for a press of `verb` on `card`: the action's data and every input's current value. */
function submission(card: Card, verb: string, changes: Record<string, string>): Record<string, unknown> {
  const values: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Card;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string') {
      values[o.id] = typeof o.value === 'string' ? o.value : '';
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(card.body);
  const action = ((card.actions ?? []) as Card[]).find((a) => a.verb === verb);
  if (!action) throw new Error(`the card has no ${verb} button`);
  return { ...values, ...(action.data as Card), ...changes };
}

/**
 * A red cost light on a forecast at the agreed cost (suggested green), so the owner must say why; the overall
 * light red as well, as it may not be greener than the cost light without a justification.
 */
const redCost = (): Record<string, string> => ({
  overall: 'red',
  result: 'green',
  schedule: 'green',
  cost: 'red',
  costOverrideReason: 'Leverandøren har varslet en prisøkning som ikke er med i prognosen ennå.',
  forecastCompletionDate: initiative.agreedCompletionDate,
  forecastCostNok: String(initiative.agreedCostNok),
  progress: 'Søk på tvers av datasett og begreper er i produksjon.',
  deviations: 'Kostnaden ventes å øke.',
  correctiveActions: '',
  // The open decision to follow up, if the initiative has one (read from the store above).
  ...(decision ? { 'followUpState.1': 'followed', 'followUpComment.1': 'Fulgt opp som Skate ba om.' } : {}),
});

const versions = async () => (await h.read(async (repos) => await repos.reports.versions(ID, ROUND))).length;

describe('the owner reports through the form card', () => {
  it('report.open returns the form, valid for the Adaptive Cards SDK', async () => {
    const { status, card } = await h.invoke(USERS.kristin, 'report.open', KEY);
    expect(status).toBe(200);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(elementById(card, 'correctiveActions')?.element).toMatchObject({ type: 'Input.Text' });
    expect(verbsOf(card)).toEqual(['report.save', 'report.submit']);
    expect(submission(card, 'report.submit', {})).toMatchObject({ ...KEY, baseVersion: 0 });
    if (decision) expect(cardTexts(card)).toContain(decision.text);
    form = card;
  });

  it('a 20 % cost overrun comes back suggesting red, from what was entered; overall green is refused', async () => {
    const before = h.snapshot();
    const overrun = String(Math.round(initiative.agreedCostNok * 1.2));
    const sent = submission(form, 'report.submit', {
      ...redCost(),
      overall: 'green',
      cost: 'green',
      costOverrideReason: '',
      forecastCostNok: overrun,
    });
    const { card } = await h.invoke(USERS.kristin, 'report.submit', sent);
    expect(adaptiveCardProblems(card)).toEqual([]);
    // The hint under the cost light is recomputed from the 20 % overrun, and states the tolerance.
    const hint = String(elementById(card, 'cost')?.next?.text);
    expect(hint.startsWith(nb.form.suggestion(nb.lights.red))).toBe(true);
    expect(hint).toContain(`${initiative.tolerancePercent}\u00a0% over avtalt kostnad`);
    // A green cost light against the red suggestion needs a reason, asked for next to the reason field.
    expect(elementById(card, 'costOverrideReason')?.next).toMatchObject({
      color: 'Attention',
      text: describeError({ code: 'REPORT.OVERRIDE_REASON_REQUIRED', params: { suggested: 'red' } }, 'nb'),
    });
    expect(h.changedSince(before)).toEqual([]);

    const overallGreen = submission(card, 'report.submit', {
      ...redCost(),
      overall: 'green',
      forecastCostNok: overrun,
    });
    const refused = await h.invoke(USERS.kristin, 'report.submit', overallGreen);
    expect(elementById(refused.card, 'overall')?.next).toMatchObject({
      color: 'Attention',
      text: describeError({ code: 'REPORT.OVERALL_REASON_REQUIRED', params: { worst: 'red' } }, 'nb'),
    });
    expect(h.changedSince(before)).toEqual([]);
  });

  it('two reasons, two labels: a screen reader tells the schedule and cost reasons apart', () => {
    const label = (id: string) => elementById(form, id)?.element.label;
    expect(label('scheduleOverrideReason')).toBe(nb.form.reasons.schedule);
    expect(label('costOverrideReason')).toBe(nb.form.reasons.cost);
    expect(label('scheduleOverrideReason')).not.toBe(label('costOverrideReason'));
  });

  it('a light the form never offers is refused next to its field, not stored blank', async () => {
    const before = h.snapshot();
    const { card } = await h.invoke(USERS.kristin, 'report.save', submission(form, 'report.save', { cost: 'blue' }));
    expect(elementById(card, 'cost')?.next).toMatchObject({
      color: 'Attention',
      text: describeError({ code: 'REPORT.INVALID_LIGHT', params: { value: 'blue' } }, 'nb'),
    });
    expect(h.changedSince(before)).toEqual([]);
  });

  it('a red light without corrective actions comes back with the error next to the field; nothing is saved', async () => {
    const before = h.snapshot();
    const { card } = await h.invoke(USERS.kristin, 'report.submit', submission(form, 'report.submit', redCost()));
    expect(adaptiveCardProblems(card)).toEqual([]);
    const field = elementById(card, 'correctiveActions');
    expect(field?.next).toMatchObject({
      type: 'TextBlock',
      color: 'Attention',
      text: describeError({ code: 'REPORT.CORRECTIVE_ACTIONS_REQUIRED' }, 'nb'),
    });
    // What the owner typed is kept; the other fields have no error.
    expect(elementById(card, 'costOverrideReason')?.element.value).toBe(redCost().costOverrideReason);
    expect(elementById(card, 'cost')?.next?.color).not.toBe('Attention');
    expect(h.changedSince(before)).toEqual([]);
    expect(await h.read(async (repos) => await repos.reports.get(ID, ROUND))).toBeNull();
    form = card;
  });

  const fixed = () => ({ ...redCost(), correctiveActions: 'Vi reforhandler avtalen og utsetter to delleveranser.' });
  const submitId = nextActivityId('event');

  it('with corrective actions it is submitted and the receipt comes back', async () => {
    const { card } = await h.invoke(USERS.kristin, 'report.submit', submission(form, 'report.submit', fixed()), {
      id: submitId,
    });
    expect(adaptiveCardProblems(card)).toEqual([]);
    const texts = cardTexts(card);
    expect(texts).toContain(nb.form.receiptTitle(ID, periodLabel(ROUND, 'nb')));
    expect(texts).toContain(`${nb.lightDimensions.cost}: ${nb.lights.red}`);
    expect(verbsOf(card)).toEqual(['report.edit']);
    expect(elementById(card, 'correctiveActions')).toBeNull();

    const report = await h.read(async (repos) => await repos.reports.get(ID, ROUND));
    expect(report).toMatchObject({ state: 'submitted', version: 1 });
    expect(report?.fields).toMatchObject({
      cost: 'red',
      costOverrideReason: redCost().costOverrideReason,
      correctiveActions: fixed().correctiveActions,
      forecastCostNok: initiative.agreedCostNok,
      decisionFollowUp: decision ? [{ decisionId: decision.id, state: 'followed' }] : [],
    });
    expect(await versions()).toBe(1);
  });

  it('the same invoke delivered twice (same activity id) is applied once', async () => {
    const before = h.snapshot();
    const { card } = await h.invoke(USERS.kristin, 'report.submit', submission(form, 'report.submit', fixed()), {
      id: submitId,
    });
    expect(cardTexts(card)).toContain(nb.form.receiptTitle(ID, periodLabel(ROUND, 'nb')));
    expect(await versions()).toBe(1);
    expect(h.changedSince(before)).toEqual([]);
  });

  it('a submission from a form older than the report is refused with the refresh message', async () => {
    const { card: edit } = await h.invoke(USERS.kristin, 'report.edit', KEY);
    expect(submission(edit, 'report.submit', {}).baseVersion).toBe(1);
    const before = h.snapshot();
    // `form` was opened before the report was submitted: its baseVersion is still 0.
    const stale = submission(form, 'report.submit', { ...fixed(), progress: 'Skrevet i et gammelt skjema.' });
    expect(stale.baseVersion).toBe(0);
    const { card } = await h.invoke(USERS.kristin, 'report.submit', stale);
    expect(cardTexts(card)).toContain(describeError({ code: 'REPORT.STALE_VERSION' }, 'nb'));
    // The form is refreshed with the stored report, on its version, to be checked and sent again.
    expect(submission(card, 'report.submit', {}).baseVersion).toBe(1);
    expect(elementById(card, 'progress')?.element.value).toBe(redCost().progress);
    expect(h.changedSince(before)).toEqual([]);
    expect(await versions()).toBe(1);
  });
});

describe('someone who may not report on the initiative', () => {
  it('another owner is refused, localised, and nothing changes', async () => {
    const before = h.snapshot();
    const refusal = describeError({ code: 'AUTH.NOT_OWNER' }, 'nb');
    const open = await h.invoke(USERS.hanne, 'report.open', KEY);
    expect(cardTexts(open.card)).toContain(refusal);
    const submit = await h.invoke(USERS.hanne, 'report.submit', {
      ...submission(form, 'report.submit', { ...redCost(), correctiveActions: 'Overtar.' }),
      baseVersion: 1,
    });
    expect(cardTexts(submit.card)).toContain(refusal);
    expect(elementById(submit.card, 'correctiveActions')).toBeNull();
    expect(await refusalsSince(h, before)).toEqual([
      `action:report.open ${USERS.hanne.email} AUTH.NOT_OWNER`,
      `action:report.submit ${USERS.hanne.email} AUTH.NOT_OWNER`,
    ]);
    expect((await h.read(async (repos) => await repos.reports.get(ID, ROUND)))?.updatedBy).toBe(
      'kristin.hovland@example.no',
    );
  });

  it('a stranger gets the unknown-user answer and nothing changes', async () => {
    const before = h.snapshot();
    const { card } = await h.invoke(USERS.stranger, 'report.submit', submission(form, 'report.submit', redCost()));
    expect(cardTexts(card)).toContain(nb.commands.unknownUser);
    expect(await refusalsSince(h, before)).toEqual([
      `action:report.submit unknown:msteams:${USERS.stranger.aadObjectId} AUTH.UNKNOWN_PERSON`,
    ]);
  });
});
