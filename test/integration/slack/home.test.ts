/**
 * The App Home shows each person what is due for them: an owner the reports to write (with the
 * button that opens the form as a modal from the Home), an AU member the recommendations not
 * yet voted on, the secretariat where the round stands; a stranger what to do. It is published
 * when they open it and again after they report or vote.
 */
import { messagesFor } from '../../../src/i18n';
import { blockKitBreaches } from '../../helpers/slack-block-kit-limits';
import type { Json } from '../../helpers/slack-double-state';
import { appHomeOpened, eventCallback } from '../../helpers/slack-requests';
import { CHANNELS, SLACK_USERS, type SlackHarness, type SlackPerson, startSlackHarness } from './harness';
import { buttonIn, command, mention, modalOpenedBy, press } from './talk';

jest.setTimeout(60_000);
const nb = messagesFor('nb');
let h: SlackHarness;

async function openHome(who: SlackPerson): Promise<Json> {
  const user = SLACK_USERS[who].id;
  const mark = h.double.calls.length;
  await h.send(
    eventCallback(appHomeOpened({ user, channel: h.double.state.dmOf(user) }), {
      eventId: h.id('Ev'),
      eventTime: h.nowSeconds(),
    }),
  );
  const call = await h.double.waitFor(() => h.double.calls.slice(mark).find((c) => c.method === 'views.publish'));
  expect(call.args.user_id).toBe(user);
  const view = call.args.view as Json;
  expect(blockKitBreaches(view, 'home')).toEqual([]);
  return view;
}

beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.stop());

describe('the App Home', () => {
  it('tells a stranger to ask the secretariat to register them', async () => {
    expect(JSON.stringify(await openHome('outsider'))).toContain(nb.commands.unknownUser.slice(0, 30));
  });

  it('shows an owner the report to write, whose button opens the form from the Home', async () => {
    await openHome('kristin');
    expect(JSON.stringify(await openHome('ingrid'))).toContain(nb.home.round);
    await command(h, 'ingrid', 'runde åpne 2026-Q4');
    const home = await openHome('kristin');
    expect(JSON.stringify(home)).toContain(nb.home.reports);
    const open = buttonIn(home.blocks as Json[], 'report.open');
    if (!open) throw new Error('no report button on the Home');
    const pressed = await press(
      h,
      'kristin',
      open,
      { home: true },
      { until: (c) => c.some((x) => x.method === 'views.open') },
    );
    const modal = modalOpenedBy(h, pressed.triggerId);
    expect(modal.view.callback_id).toBe('report.submit');
  });

  it('shows an AU member what they have not voted on, and the secretariat the round', async () => {
    await openHome('per');
    await mention(h, 'ingrid', 'kanal au', CHANNELS.au);
    await command(h, 'ingrid', 'runde gjennomgang 2026-Q4');
    const per = await openHome('per');
    expect(JSON.stringify(per)).toContain(nb.home.votes);
    expect(buttonIn(per.blocks as Json[], 'review.open')).not.toBeNull();
    const ingrid = await openHome('ingrid');
    expect(JSON.stringify(ingrid)).toContain(nb.roundStates['in-review']);
  });

  it('opening the Messages tab only teaches the bot the DM, and publishes nothing', async () => {
    const user = SLACK_USERS.hanne.id;
    const mark = h.double.calls.length;
    await h.send(
      eventCallback(appHomeOpened({ user, channel: 'D0HANNEDM', tab: 'messages' }), {
        eventId: h.id('Ev'),
        eventTime: h.nowSeconds(),
      }),
    );
    await h.double.waitFor(() => h.double.calls.slice(mark).some((c) => c.method === 'users.info'));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.double.calls.slice(mark).some((c) => c.method === 'views.publish')).toBe(false);
    expect(await h.read(async (repos) => await repos.directory.conversationOf('slack', `T0SKATE:${user}`))).toContain(
      'D0HANNEDM',
    );
  });
});
