/**
 * An owner reports in Slack: the DM with the report request, «Fyll ut rapporten» opening the
 * modal pre-filled, a draft saved from inside it, the domain's errors on their fields
 * (`response_action: errors`), the DM turned into the receipt with «Endre», a replayed
 * submission applied once, a closed modal changing nothing, and the largest report the domain
 * allows opening in the modal within Slack's limits.
 */
import { TEXT_LIMITS } from '../../../src/domain/report-validation';
import { describeError, messagesFor } from '../../../src/i18n';
import { blockKitBreaches } from '../../helpers/slack-block-kit-limits';
import type { Json, PostedMessage } from '../../helpers/slack-double-state';
import { appHomeOpened, eventCallback } from '../../helpers/slack-requests';
import { modalInputs } from '../../helpers/slack-view-state';
import { SLACK_USERS, type SlackHarness, startSlackHarness } from './harness';
import { buttonIn, close, command, modalOpenedBy, modalState, press, submit } from './talk';

jest.setTimeout(60_000);
const nb = messagesFor('nb');
const ROUND = '2026-Q4';
let h: SlackHarness;
let initiativeId: string;
let request: PostedMessage;

async function homeOpened(who: keyof typeof SLACK_USERS): Promise<void> {
  const user = SLACK_USERS[who].id;
  const mark = h.double.calls.length;
  await h.send(
    eventCallback(appHomeOpened({ user, channel: h.double.state.dmOf(user) }), {
      eventId: h.id('Ev'),
      eventTime: h.nowSeconds(),
    }),
  );
  await h.double.waitFor(() => h.double.calls.slice(mark).some((c) => c.method === 'views.publish'));
}

const reportState = async () => await h.read(async (repos) => await repos.reports.get(initiativeId, ROUND));

async function openForm(message: PostedMessage, action = 'report.open') {
  const button = buttonIn(message.blocks, action);
  if (!button) throw new Error(`no ${action} button`);
  const pressed = await press(
    h,
    'kristin',
    button,
    { message: { channel: message.channel, ts: message.ts } },
    {
      until: (calls) => calls.some((c) => c.method === 'views.open'),
    },
  );
  return modalOpenedBy(h, pressed.triggerId);
}

beforeAll(async () => {
  h = await startSlackHarness();
  await homeOpened('ingrid');
  await homeOpened('kristin');
  await command(h, 'ingrid', `runde åpne ${ROUND}`);
  await h.deliver();
  const dm = h.double.state.dmOf(SLACK_USERS.kristin.id);
  const found = h.double.state.messages.find((m) => m.channel === dm && buttonIn(m.blocks, 'report.open'));
  if (!found) throw new Error('Kristin got no report request');
  request = found;
  initiativeId = buttonIn(request.blocks, 'report.open')?.data.initiativeId ?? '';
});
afterAll(() => h.stop());

describe('the report request', () => {
  it('comes as a DM with a text fallback and the button that opens the form, within Slack’s limits', async () => {
    const title = (await h.read(async (repos) => (await repos.initiatives.get(initiativeId))?.title)) ?? '';
    expect(request.text).toContain(title);
    expect(blockKitBreaches({ text: request.text, blocks: request.blocks }, 'message')).toEqual([]);
  });
});

describe('the report modal', () => {
  let modal: ReturnType<typeof modalOpenedBy>;

  it('opens pre-filled, with the Teams form’s inputs as Block Kit elements', async () => {
    modal = await openForm(request);
    expect(blockKitBreaches(modal.view, 'modal')).toEqual([]);
    const inputs = modalInputs(modal.view);
    const types = Object.fromEntries(inputs.map((i) => [i.name, i.type]));
    expect(['radio_buttons', 'static_select']).toContain(types.overall);
    expect(types).toMatchObject({
      forecastCompletionDate: 'datepicker',
      forecastCostNok: 'number_input',
      progress: 'plain_text_input',
      sdgs: 'multi_static_select',
      asksSkateAttention: 'checkboxes',
    });
    expect(modal.view.callback_id).toBe('report.submit');
    expect(JSON.parse(String(modal.view.private_metadata))).toMatchObject({
      initiativeId,
      channel: request.channel,
      ts: request.ts,
    });
  });

  it('saves a draft from inside the modal and says so in it', async () => {
    const save = buttonIn(modal.view.blocks as Json[], 'report.save');
    if (!save) throw new Error('no save button');
    const before = modal.view;
    await press(
      h,
      'kristin',
      save,
      { view: modalState(modal, { progress: 'Halvveis.' }) },
      {
        until: (calls) => calls.some((c) => c.method === 'views.update'),
      },
    );
    expect((await reportState())?.state).toBe('draft');
    expect(modal.history).toContain(before);
    expect(JSON.stringify(modal.view)).toContain(nb.form.draftSaved('').slice(0, 12));
    expect(JSON.parse(String(modal.view.private_metadata)).baseVersion).toBe(String((await reportState())?.version));
  });

  const values = {
    overall: 'red',
    result: 'green',
    schedule: 'green',
    cost: 'red',
    forecastCompletionDate: '2027-06-30',
    forecastCostNok: 99_000_000,
    progress: 'Arbeidet går etter planen, men kostnadene har økt.',
    deviations: 'Lisenskostnadene ble høyere enn avtalt.',
    correctiveActions: '',
  };

  it('puts the domain’s errors on their fields, and a replay gets the same answer', async () => {
    const sent = modalState(modal, values);
    const answer = await submit(h, 'kristin', modal, values, sent);
    expect(answer.status).toBe(200);
    expect(answer.json?.response_action).toBe('errors');
    expect((answer.json?.errors as Record<string, string> | undefined)?.correctiveActions).toBe(
      describeError({ code: 'REPORT.CORRECTIVE_ACTIONS_REQUIRED' }, 'nb'),
    );
    expect((await reportState())?.state).toBe('draft');
    expect((await submit(h, 'kristin', modal, values, sent)).json).toEqual(answer.json);
  });

  it('submits the corrected report, closes the modal and turns the DM into the receipt with «Endre»', async () => {
    const fixed = { ...values, correctiveActions: 'Vi forhandler ny lisensavtale.' };
    const sent = modalState(modal, fixed);
    const answer = await submit(h, 'kristin', modal, fixed, sent);
    expect(answer.json).toEqual({ response_action: 'clear' });
    await h.double.waitFor(() => request.history.length > 0, 5_000, 'the DM updated in place');
    expect((await reportState())?.state).toBe('submitted');
    expect(JSON.stringify(request.blocks)).toContain(nb.form.edit);
    expect(buttonIn(request.blocks, 'report.edit')).not.toBeNull();
    expect(blockKitBreaches({ text: request.text, blocks: request.blocks }, 'message')).toEqual([]);

    const version = (await reportState())?.version;
    const updates = h.double.callsTo('chat.update').length;
    expect((await submit(h, 'kristin', modal, fixed, sent)).json).toEqual({ response_action: 'clear' });
    await new Promise((r) => setTimeout(r, 300));
    expect((await reportState())?.version).toBe(version);
    expect(h.double.callsTo('chat.update').length).toBe(updates);
  });

  it('closing a modal unsent changes nothing', async () => {
    const edit = await openForm(request, 'report.edit');
    const before = h.snapshot();
    expect((await close(h, 'kristin', edit)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.changedSince(before)).toEqual([]);
  });
});

describe('the largest report the domain allows', () => {
  it('is saved, and opens again in the modal within Slack’s limits, its text intact', async () => {
    // As many characters as allowed, the worst ones for Slack: escapes lengthen, the emoji is two UTF-16 units.
    const unit = Array.from('<!channel> & <@U0PER> 😀 ');
    const long = (n: number) => Array.from({ length: n }, (_, i) => unit[i % unit.length]).join('');
    const modal = await openForm(request, 'report.edit');
    const texts = {
      progress: long(TEXT_LIMITS.progress),
      deviations: long(TEXT_LIMITS.deviations),
      correctiveActions: long(TEXT_LIMITS.correctiveActions),
      overallOverrideReason: long(TEXT_LIMITS.overrideReason),
    };
    const save = buttonIn(modal.view.blocks as Json[], 'report.save');
    if (!save) throw new Error('no save button');
    await press(
      h,
      'kristin',
      save,
      { view: modalState(modal, texts) },
      {
        until: (calls) => calls.some((c) => c.method === 'views.update'),
      },
    );
    expect((await reportState())?.fields.progress).toBe(texts.progress.trim());
    const again = await openForm(request, 'report.edit');
    expect(blockKitBreaches(again.view, 'modal')).toEqual([]);
    const progress = (again.view.blocks as Json[]).find((b) => b.block_id === 'progress');
    expect((progress?.element as Json | undefined)?.initial_value).toBe(texts.progress.trim());
  });
});
