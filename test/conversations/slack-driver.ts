/**
 * The conversation driver over the Slack harness: the real bot (Bolt behind our receiver, on
 * the one HTTP server) with correctly signed, real-shape Slack requests, and the Web API
 * double as Slack. A command in a personal chat is `/skate …` typed in the DM with the bot
 * (answered through its response_url; the «working on it» acknowledgement of a slow command is
 * not an answer); in a channel it is `@Skate-boten …` (an app_mention, answered in the
 * channel). A form is a modal: pressing «Fyll ut rapporten» opens it, and `report.submit`,
 * `report.save` and `review.vote` with values are what a person does in it.
 */
import { actionOf, decodeValue } from '../../src/channels/slack/blocks/payload';
import type { Repositories } from '../../src/domain/ports';
import type { FormValues } from '../../src/views/form';
import type { DoubleCall } from '../helpers/slack-api-double';
import type { Json } from '../helpers/slack-double-state';
import {
  appHomeOpened,
  appMention,
  type ButtonPlace,
  blockActions,
  eventCallback,
  slashCommand,
  viewSubmission,
} from '../helpers/slack-requests';
import { seenInBlocks, seenInModal } from '../helpers/slack-seen';
import { stateFor } from '../helpers/slack-view-state';
import { CHANNELS, SLACK_USERS, type SlackHarness, startSlackHarness } from '../integration/slack/harness';
import type { BoundChannel, ConversationDriver, Seen, Speaker } from './driver';

const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
/** How long after the last answer a command counts as answered in full. */
const QUIET_MS = 250;

function userOf(who: Speaker): { id: string; email: string } {
  const user = Object.values(SLACK_USERS).find((u) => u.email === who);
  if (!user) throw new Error(`no Slack user for ${who}`);
  return user;
}

const keyOf = (action: string, data: Record<string, string>) =>
  `${action}|${JSON.stringify(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)))}`;

export class SlackDriver implements ConversationDriver {
  readonly platform = 'slack' as const;
  /** Where each button a person saw is, with its real action_id. */
  private readonly places = new Map<string, { actionId: string; place: ButtonPlace }>();
  /** The modal each person has open, by Slack user id. */
  private readonly modals = new Map<string, string>();

  private constructor(readonly h: SlackHarness) {}

  static async start(env: Record<string, string> = {}, start?: Date): Promise<SlackDriver> {
    const h = await startSlackHarness(env, start ? { start } : {});
    // Each person has opened the app's Home: they are linked, and their DM with the bot is known.
    for (const user of Object.values(SLACK_USERS)) {
      if (user === SLACK_USERS.outsider) continue;
      const mark = h.double.calls.length;
      const event = appHomeOpened({ user: user.id, channel: h.double.state.dmOf(user.id) });
      await h.send(eventCallback(event, { eventId: h.id('Ev'), eventTime: h.nowSeconds() }));
      await h.double.waitFor(
        () => h.double.calls.slice(mark).some((c) => c.method === 'views.publish'),
        5_000,
        'the Home',
      );
    }
    return new SlackDriver(h);
  }

  async say(who: Speaker, text: string): Promise<Seen[]> {
    const user = userOf(who);
    const responseUrl = this.h.double.responseUrl(this.h.id('cmd'));
    const channel = this.h.double.state.dmOf(user.id);
    const mark = this.h.double.calls.length;
    await this.h.send(slashCommand({ user: user.id, text, channel, triggerId: this.h.id('trig'), responseUrl }));
    const posts = await this.settled(mark, (c) => c.method === 'response_url' && c.url === responseUrl);
    const place: ButtonPlace = { message: { channel, ts: this.h.id('eph'), ephemeral: true }, responseUrl };
    return posts.map((c) => this.seen(list(c.args.blocks), String(c.args.text ?? ''), place));
  }

  async sayInChannel(who: Speaker, text: string, channel: BoundChannel): Promise<Seen[]> {
    const user = userOf(who);
    const id = CHANNELS[channel];
    const mark = this.h.double.calls.length;
    const ts = `${this.h.nowSeconds()}.000200`;
    const event = appMention({ user: user.id, channel: id, text: `<@UBOTSKATE> ${text}`, ts });
    await this.h.send(eventCallback(event, { eventId: this.h.id('Ev'), eventTime: this.h.nowSeconds() }));
    const answers = await this.settled(
      mark,
      (c) => (c.method === 'chat.postEphemeral' || c.method === 'chat.postMessage') && c.args.channel === id,
    );
    return answers.map((c) => this.seen(list(c.args.blocks), String(c.args.text ?? ''), this.placeOfPost(c)));
  }

  async press(who: Speaker, action: string, data: Record<string, string>, values: FormValues = {}): Promise<Seen> {
    const user = userOf(who).id;
    const modalId = this.modals.get(user);
    const modal = modalId ? this.h.double.state.views.get(modalId) : undefined;
    if (modal && action === modal.view.callback_id) return this.submit(user, modal.id, values);
    if (modal && action === 'report.save') {
      return this.pressIn(user, action, data, { view: this.viewPlace(modal.id, values) });
    }
    const known = this.places.get(keyOf(action, data));
    if (!known) throw new Error(`${who} has seen no ${action} button with ${JSON.stringify(data)}`);
    return this.pressIn(user, known.actionId, data, known.place);
  }

  async deliver(): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await this.h.deliver();
      const pending = await this.h.read(
        async (repos) => (await repos.outbox.listSendable(this.h.clock.now(), 1)).length,
      );
      if (pending === 0) return;
    }
  }

  sentTo(who: Speaker): Seen[] {
    return this.postedTo(this.h.double.state.dmOf(userOf(who).id));
  }

  postedIn(channel: BoundChannel): Seen[] {
    return this.postedTo(CHANNELS[channel]);
  }

  async read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return await this.h.read(work);
  }

  stop(): Promise<void> {
    return this.h.stop();
  }

  /** Messages as they stand now (after updates), oldest first. */
  private postedTo(channel: string): Seen[] {
    return this.h.double.state.messages
      .filter((m) => m.channel === channel)
      .map((m) =>
        this.seen(m.blocks, m.text, {
          message: { channel, ts: m.ts, ...(m.threadTs ? { threadTs: m.threadTs } : {}) },
          responseUrl: this.h.double.responseUrl(this.h.id('msg')),
        }),
      );
  }

  /** Presses a button where it is, and returns the first thing the bot shows for it. */
  private async pressIn(
    user: string,
    actionId: string,
    data: Record<string, string>,
    place: ButtonPlace,
  ): Promise<Seen> {
    const triggerId = this.h.id('trig');
    const mark = this.h.double.calls.length;
    const actionTs = `${this.h.nowSeconds()}.000100`;
    await this.h.send(blockActions({ user, actionId, value: JSON.stringify(data), triggerId, actionTs, place }));
    const responseUrl = 'responseUrl' in place ? place.responseUrl : undefined;
    const viewId = 'view' in place ? place.view.id : undefined;
    const shown = await this.h.double.waitFor(
      () =>
        this.h.double.calls
          .slice(mark)
          .find(
            (c) =>
              (c.method === 'views.open' && c.args.trigger_id === triggerId) ||
              (c.method === 'views.update' && c.args.view_id === viewId) ||
              (c.method === 'response_url' && responseUrl !== undefined && c.url === responseUrl) ||
              (c.method === 'chat.postEphemeral' && c.args.user === user) ||
              c.method === 'chat.update',
          ),
      5_000,
      `what ${actionId} shows`,
    );
    if (shown.method === 'views.open' || shown.method === 'views.update') {
      await this.h.double.waitFor(() => this.modalFor(triggerId, viewId), 2_000, 'the modal');
      const opened = this.modalFor(triggerId, viewId);
      if (opened) this.modals.set(user, opened);
      const view = rec(shown.args.view);
      const seen = seenInModal(view);
      this.rememberButtons(list(view.blocks), { view: this.viewPlace(opened ?? '', {}) });
      return seen;
    }
    const next: ButtonPlace = shown.method === 'response_url' ? place : this.placeOfPost(shown);
    return this.seen(list(shown.args.blocks), String(shown.args.text ?? ''), next);
  }

  private modalFor(triggerId: string, viewId: string | undefined): string | undefined {
    return [...this.h.double.state.views.values()].find((v) => v.triggerId === triggerId || v.id === viewId)?.id;
  }

  /** Submits the person's open modal with `values` laid over what it holds. */
  private async submit(user: string, viewId: string, values: FormValues): Promise<Seen> {
    const mark = this.h.double.calls.length;
    const view = this.viewPlace(viewId, values);
    const answer = await this.h.send(viewSubmission({ user, view, triggerId: this.h.id('trig') }));
    const opened = this.h.double.state.views.get(viewId);
    const response = rec(answer.json);
    if (response.response_action === 'errors') {
      return seenInModal(opened?.view ?? {}, rec(response.errors) as Record<string, string>);
    }
    if (response.response_action === 'update') {
      if (opened) {
        opened.history.push(opened.view);
        opened.view = rec(response.view);
        opened.hash = this.h.id('h');
      }
      return seenInModal(rec(response.view));
    }
    this.modals.delete(user);
    const shown = await this.h.double.waitFor(
      () =>
        this.h.double.calls
          .slice(mark)
          .find((c) => c.method === 'chat.update' || c.method === 'response_url' || c.method === 'chat.postEphemeral'),
      5_000,
      'what the submission shows',
    );
    const meta = decodeValue(view.privateMetadata);
    const place: ButtonPlace =
      shown.method === 'response_url' && meta.responseUrl
        ? {
            message: { channel: meta.channel ?? 'D', ts: this.h.id('eph'), ephemeral: true },
            responseUrl: meta.responseUrl,
          }
        : this.placeOfPost(shown);
    return this.seen(list(shown.args.blocks), String(shown.args.text ?? ''), place);
  }

  /** The modal as a button inside it sends it: its ids and the state with `values` filled in. */
  private viewPlace(viewId: string, values: FormValues) {
    const opened = this.h.double.state.views.get(viewId);
    const view = opened?.view ?? {};
    return {
      id: viewId,
      hash: opened?.hash ?? '',
      callbackId: String(view.callback_id ?? ''),
      privateMetadata: String(view.private_metadata ?? ''),
      state: stateFor(view, values),
    };
  }

  /** Where the buttons of a posted, updated or ephemeral message are. */
  private placeOfPost(call: DoubleCall): ButtonPlace {
    const channel = String(call.args.channel ?? '');
    const threadTs = typeof call.args.thread_ts === 'string' ? call.args.thread_ts : undefined;
    const ephemeral = call.method === 'chat.postEphemeral';
    const ts = typeof call.args.ts === 'string' ? call.args.ts : this.h.id('ts');
    return {
      message: { channel, ts, ephemeral, ...(threadTs ? { threadTs } : {}) },
      responseUrl: this.h.double.responseUrl(this.h.id('msg')),
    };
  }

  private seen(blocks: Json[], text: string, place: ButtonPlace): Seen {
    this.rememberButtons(blocks, place);
    return seenInBlocks(blocks, text);
  }

  /** Remembers where each button is, with the action_id Slack would send back. */
  private rememberButtons(blocks: Json[], place: ButtonPlace): void {
    for (const block of blocks) {
      if (block.type !== 'actions') continue;
      for (const e of list(block.elements)) {
        if (typeof e.url === 'string') continue;
        const actionId = String(e.action_id);
        this.places.set(keyOf(actionOf(actionId), decodeValue(e.value)), { actionId, place });
      }
    }
  }

  /** The matching calls since `mark`, once at least one has come and then nothing more for a moment. */
  private async settled(mark: number, match: (c: DoubleCall) => boolean): Promise<DoubleCall[]> {
    const found = () => this.h.double.calls.slice(mark).filter(match);
    await this.h.double.waitFor(() => found().length > 0, 15_000, 'an answer');
    for (let count = found().length; ; ) {
      await new Promise((r) => setTimeout(r, QUIET_MS));
      const now = found().length;
      if (now === count) return found();
      count = now;
    }
  }
}
