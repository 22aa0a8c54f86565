import { App, type AuthorizeResult } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from '../../logger';
import { registerActions } from './listeners/actions';
import { registerCommands } from './listeners/commands';
import { registerEvents } from './listeners/events';
import { registerViews } from './listeners/views';
import type { SlackDeps } from './slack-deps';
import { slackLogger } from './slack-log';
import type { SkateSlackReceiver } from './slack-receiver';

/** How long one Web API call may take before it counts as failed (and the dispatcher retries it). */
const WEB_API_TIMEOUT_MS = 10_000;

/**
 * The Web API client's options for every call the bot makes: the configured base URL, and no
 * retries of its own (the client would retry a lost response into a duplicate post, and wait
 * out a 429 outside our rate limits): a 429 is handed to the dispatcher with its Retry-After.
 */
export function webClientOptions(apiUrl: string, log: Logger): WebClientOptions {
  return {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: WEB_API_TIMEOUT_MS,
    logger: slackLogger(log),
  };
}

/** A Web API client with the bot token and the options above. */
export function createWebClient(botToken: string, apiUrl: string, log: Logger): WebClient {
  return new WebClient(botToken, webClientOptions(apiUrl, log));
}

/**
 * The Bolt app: our receiver, the bot token, and the listeners. Bolt's own `auth.test` on
 * every event is replaced by one call, remembered (and tried again if it failed): it tells
 * the app its own bot and user ids, so its own messages are ignored. Its failure never
 * drops a request.
 */
export function createSlackApp(
  receiver: SkateSlackReceiver,
  config: { botToken: string; apiUrl: string },
  deps: SlackDeps,
): App {
  const client = createWebClient(config.botToken, config.apiUrl, deps.log);
  let identity: Promise<AuthorizeResult> | null = null;
  const authorize = async (): Promise<AuthorizeResult> => {
    identity ??= client.auth.test().then((r) => ({
      botToken: config.botToken,
      ...(r.user_id ? { botUserId: r.user_id } : {}),
      ...(r.bot_id ? { botId: r.bot_id } : {}),
    }));
    try {
      // A copy each time: Bolt writes the request's team into the result it is given.
      return { ...(await identity) };
    } catch (error) {
      // Slack unreachable for a moment: answer the request anyway (the listeners skip bots'
      // messages themselves) and ask again next time, rather than drop what a person asked.
      identity = null;
      deps.log.warn({ err: error }, 'auth.test failed; the bot does not know its own ids yet');
      return { botToken: config.botToken };
    }
  };
  const bolt = new App({
    receiver,
    authorize,
    clientOptions: webClientOptions(config.apiUrl, deps.log),
    logger: slackLogger(deps.log),
    ignoreSelf: true,
    convoStore: false,
  });
  registerCommands(bolt, deps);
  registerActions(bolt, deps);
  registerViews(bolt, deps);
  registerEvents(bolt, deps);
  bolt.options(/.*/, async ({ ack }) => {
    // No external selects: any options request gets an empty list rather than a timeout.
    await ack({ options: [] });
  });
  bolt.error(async (error) => {
    deps.log.error({ err: error }, 'Slack listener error');
  });
  return bolt;
}
