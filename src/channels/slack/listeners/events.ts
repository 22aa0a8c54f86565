import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { CardView } from '../../../views/card-view';
import { strangerHome } from '../blocks/render-home';
import { renderView } from '../blocks/render-view';
import { guarded, publishHome, type SlackDeps, type Turn } from '../slack-deps';
import { recogniseSlackUser, type SlackUser } from '../slack-identity';
import { eventUser, typedText } from '../slack-payload';
import { runTypedCommand } from './run-text';

/** The Events API subscriptions the bot uses (the manifest lists exactly these). */
export const BOT_EVENTS = ['app_home_opened', 'app_mention', 'message.im'] as const;

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Events: a mention in a channel and a direct message run the typed command (the mention's
 * answer is ephemeral to its writer, except `kanal …`, which the channel sees); opening the App
 * Home shows what waits for the person. Bolt acknowledges events before the listener runs, so
 * nothing here holds up Slack; Slack's retries of the same event are dropped by the replay guard.
 */
export function registerEvents(bolt: App, deps: SlackDeps): void {
  bolt.event('app_mention', async ({ event, body, client }) => {
    const e = event as unknown as Json;
    const user = eventUser(body, e);
    const channel = str(e.channel);
    const threadTs = str(e.thread_ts) || undefined;
    const turn: Turn = { person: null };
    const reply = (view: CardView, visible: boolean) => {
      const message = renderView(view, deps.render);
      return visible
        ? client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...message })
        : client.chat.postEphemeral({
            channel,
            user: user.userId,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            ...message,
          });
    };
    await guarded(
      deps,
      'app_mention',
      turn,
      async () => {
        const answer = await runTypedCommand(deps, client, { user, channel, text: typedText(str(e.text)) }, turn);
        for (const [i, view] of answer.replies.entries()) await reply(view, answer.public && i === 0);
      },
      (view) => reply(view, false),
    );
  });

  bolt.message(async ({ message, body, client }) => {
    const m = message as unknown as Json;
    // Only what a person writes to the bot directly: no edits, joins, or bots (the bot's own posts included).
    if (m.channel_type !== 'im' || m.subtype !== undefined || m.bot_id !== undefined) return;
    const user = eventUser(body, m);
    const channel = str(m.channel);
    const turn: Turn = { person: null };
    const reply = (view: CardView) => client.chat.postMessage({ channel, ...renderView(view, deps.render) });
    await guarded(
      deps,
      'message.im',
      turn,
      async () => {
        const answer = await runTypedCommand(deps, client, { user, channel, text: typedText(str(m.text)) }, turn);
        for (const view of answer.replies) await reply(view);
      },
      reply,
    );
  });

  bolt.event('app_home_opened', async ({ event, body, client }) => {
    const e = event as unknown as Json;
    const user = eventUser(body, e);
    const turn: Turn = { person: null };
    await guarded(
      deps,
      'app_home_opened',
      turn,
      () => openHome(deps, client, user, str(e.channel), str(e.tab), turn),
      () => Promise.resolve(),
    );
  });
}

/** The Home tab as it stands; opening the Messages tab only teaches the bot where the person's DM is. */
async function openHome(deps: SlackDeps, client: WebClient, user: SlackUser, dm: string, tab: string, turn: Turn) {
  const person = await recogniseSlackUser(deps.app, client, { ...user, dmChannel: dm || null }, deps.now());
  turn.person = person;
  if (tab !== 'home') return;
  if (!person) {
    await client.views.publish({ user_id: user.userId, view: strangerHome(deps.defaultLocale) });
    return;
  }
  await publishHome(deps, client, user, person);
}
