/**
 * Talking to the bot as Slack does, for the Slack integration tests: a slash command and its
 * response_url answers, a mention, a button press on a message or in a modal, a modal's
 * submission, each as a signed real-shape request, and what the Web API double saw because of it.
 */
import type { FormValues } from '../../../src/views/form';
import type { DoubleCall } from '../../helpers/slack-api-double';
import type { Json, OpenedView } from '../../helpers/slack-double-state';
import {
  appMention,
  type ButtonPlace,
  blockActions,
  eventCallback,
  slashCommand,
  viewClosed,
  viewSubmission,
} from '../../helpers/slack-requests';
import { stateFor } from '../../helpers/slack-view-state';
import { type HttpAnswer, SLACK_USERS, type SlackHarness, type SlackPerson } from './harness';

const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** `/skate <text>` from `channel` (the person's DM by default); waits for `answers` response_url posts. */
export async function command(
  h: SlackHarness,
  who: SlackPerson,
  text: string,
  options: { channel?: string; answers?: number } = {},
): Promise<{ ack: HttpAnswer; answers: Json[]; responseUrl: string }> {
  const user = SLACK_USERS[who].id;
  const responseUrl = h.double.responseUrl(h.id('cmd'));
  const channel = options.channel ?? h.double.state.dmOf(user);
  const ack = await h.send(slashCommand({ user, text, channel, triggerId: h.id('trig'), responseUrl }));
  const posts = () => h.double.callsTo('response_url').filter((c) => c.url === responseUrl);
  await h.double.waitFor(() => posts().length >= (options.answers ?? 1), 20_000, `the answer to «${text}»`);
  return { ack, answers: posts().map((c) => c.args), responseUrl };
}

/** `@Skate-boten <text>` in a channel; waits for the bot's answer there. */
export async function mention(h: SlackHarness, who: SlackPerson, text: string, channel: string): Promise<DoubleCall> {
  const mark = h.double.calls.length;
  const event = appMention({
    user: SLACK_USERS[who].id,
    channel,
    text: `<@UBOTSKATE> ${text}`,
    ts: `${h.nowSeconds()}.000300`,
  });
  await h.send(eventCallback(event, { eventId: h.id('Ev'), eventTime: h.nowSeconds() }));
  return h.double.waitFor(
    () =>
      h.double.calls
        .slice(mark)
        .find(
          (c) => (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') && c.args.channel === channel,
        ),
    10_000,
    `the answer to «${text}»`,
  );
}

/** The button with this product action (and data matching `where`) in some blocks: its action_id and data. */
export function buttonIn(blocks: Json[], action: string, where: Record<string, string> = {}) {
  for (const block of blocks) {
    for (const e of list(block.elements)) {
      const id = String(e.action_id ?? '');
      if (id.split('#')[0] !== action) continue;
      const data = JSON.parse(String(e.value ?? '{}')) as Record<string, string>;
      if (Object.entries(where).every(([k, v]) => data[k] === v)) return { actionId: id, value: String(e.value), data };
    }
  }
  return null;
}

/** Presses a button; returns the HTTP answer and the calls made since (after `settleMs`). */
export async function press(
  h: SlackHarness,
  who: SlackPerson,
  button: { actionId: string; value?: string },
  place: ButtonPlace,
  options: { triggerId?: string; actionTs?: string; until?: (calls: DoubleCall[]) => boolean } = {},
): Promise<{ answer: HttpAnswer; calls: DoubleCall[]; triggerId: string }> {
  const mark = h.double.calls.length;
  const triggerId = options.triggerId ?? h.id('trig');
  const answer = await h.send(
    blockActions({
      user: SLACK_USERS[who].id,
      actionId: button.actionId,
      ...(button.value !== undefined ? { value: button.value } : {}),
      triggerId,
      actionTs: options.actionTs ?? `${h.nowSeconds()}.${h.id('').slice(-6)}`,
      place,
    }),
  );
  const since = () => h.double.calls.slice(mark);
  await h.double.waitFor(
    () => (options.until ?? ((c) => c.length > 0))(since()),
    10_000,
    `what ${button.actionId} does`,
  );
  return { answer, calls: since(), triggerId };
}

/** The modal the bot opened for a trigger. */
export function modalOpenedBy(h: SlackHarness, triggerId: string): OpenedView {
  const view = [...h.double.state.views.values()].find((v) => v.triggerId === triggerId);
  if (!view) throw new Error(`no modal opened for ${triggerId}`);
  return view;
}

/** The modal as Slack sends it with a submission or a press inside it: ids, metadata and state with `values`. */
export function modalState(view: OpenedView, values: FormValues = {}) {
  return {
    id: view.id,
    hash: view.hash,
    callbackId: String(view.view.callback_id ?? ''),
    privateMetadata: String(view.view.private_metadata ?? ''),
    state: stateFor(view.view, values),
  };
}

/** Submits a modal; returns Slack's HTTP answer (the `response_action`, if any). */
export function submit(
  h: SlackHarness,
  who: SlackPerson,
  view: OpenedView,
  values: FormValues,
  sent?: ReturnType<typeof modalState>,
): Promise<HttpAnswer> {
  return h.send(
    viewSubmission({ user: SLACK_USERS[who].id, view: sent ?? modalState(view, values), triggerId: h.id('trig') }),
  );
}

/** Closes a modal with its Cancel button. */
export function close(h: SlackHarness, who: SlackPerson, view: OpenedView): Promise<HttpAnswer> {
  return h.send(viewClosed({ user: SLACK_USERS[who].id, view: modalState(view) }));
}
