import type { AppContext } from './app/app-context';
import type { ChannelAdapter, Messenger } from './app/ports';
import type * as SlackChannelModule from './channels/slack/slack-channel';
import type * as TeamsAdapterModule from './channels/teams/teams-adapter';
import type * as TeamsBotModule from './channels/teams/teams-bot';
import type * as TeamsMessengerModule from './channels/teams/teams-messenger';
import { type Config, isLocalMode } from './config';
import type { Route } from './http/server';
import type { Logger } from './logger';

/**
 * A platform as the HTTP server sees it: its routes, the Messenger the dispatcher sends through,
 * and what to stop at shutdown (Slack's Socket Mode connection and its work after each ack).
 */
export type HttpChannelAdapter = ChannelAdapter<Route> & { stop?(): Promise<void> };

/** What every platform's inbound side runs on. */
export interface ChannelDeps {
  app: AppContext;
  log: Logger;
  now: () => Date;
  /** Wakes the cycle engine: a command enqueued messages. */
  wake: () => void;
  /** The local transport, delivering instead of the platforms when TRANSPORT=local. */
  local: Messenger;
}

/**
 * Teams is served when the Bot Framework credentials are set, or, in local mode
 * with TRANSPORT=teams (the default), unauthenticated on loopback for the Agents
 * Playground. Never unauthenticated beside another platform's credentials: those
 * mean the server may face the internet.
 */
export function wantsTeams(config: Config): boolean {
  return config.microsoft !== null || (config.transport === 'teams' && isLocalMode(config));
}

/**
 * One adapter per configured platform, all on one database and one dispatcher.
 * Adding a platform is one line here.
 */
export function channelAdapters(config: Config, deps: ChannelDeps): HttpChannelAdapter[] {
  const adapters: HttpChannelAdapter[] = [];
  if (wantsTeams(config)) adapters.push(teamsChannel(config, deps));
  if (config.slack) adapters.push(slackChannel(config.slack, config, deps));
  return adapters;
}

/**
 * The Messengers the dispatcher sends through, the default first: every
 * platform's, or the local transport alone when TRANSPORT=local or when no
 * platform is served (Slack keys set before the Slack adapter exists), so that
 * nothing enqueued is ever without a way out.
 */
export function deliveryMessengers(
  config: Config,
  adapters: readonly HttpChannelAdapter[],
  local: Messenger,
): Messenger[] {
  if (config.transport === 'local' || adapters.length === 0) return [local];
  return adapters.map((a) => a.messenger);
}

function teamsChannel(config: Config, deps: ChannelDeps): HttpChannelAdapter {
  const { app, log, now, wake } = deps;
  // Loaded only when Teams is served: botbuilder is ~40 MB of a bot that runs TRANSPORT=local or Slack only.
  const { createTeamsAdapter, teamsRoute } = require('./channels/teams/teams-adapter') as typeof TeamsAdapterModule;
  const { SkateTeamsBot } = require('./channels/teams/teams-bot') as typeof TeamsBotModule;
  const { TeamsMessenger } = require('./channels/teams/teams-messenger') as typeof TeamsMessengerModule;
  const adapter = createTeamsAdapter(config, log);
  const auMembers = async () =>
    (await app.uow.read(async (repos) => await repos.people.withRole('au'))).flatMap((p) =>
      p.identities.filter((i) => i.platform === 'msteams').map((i) => i.userId),
    );
  const messenger = new TeamsMessenger(adapter, config.microsoft?.appId ?? '', config.teamsGlobalRps, auMembers);
  const bot = new SkateTeamsBot({
    app,
    // The pre-flight check (`sjekk`) asks the Messenger that delivers.
    messenger: config.transport === 'local' ? deps.local : messenger,
    now,
    log,
    wake,
    defaultLocale: config.defaultLocale,
  });
  return { platform: 'msteams', routes: [teamsRoute(adapter, bot)], messenger };
}

function slackChannel(slack: NonNullable<Config['slack']>, config: Config, deps: ChannelDeps): HttpChannelAdapter {
  const { app } = deps;
  // Loaded only when Slack is configured: Bolt and the Web API client are ~30 MB of a Teams-only bot's memory.
  const { createSlackChannel } = require('./channels/slack/slack-channel') as typeof SlackChannelModule;
  return createSlackChannel(slack, {
    ...deps,
    defaultLocale: config.defaultLocale,
    publicBaseUrl: config.links.baseUrl,
    // The pre-flight check (`sjekk`) asks the Messenger that delivers.
    preflightMessenger: (own) => (config.transport === 'local' ? deps.local : own),
    compiledAgenda: async (roundId, revision) =>
      await app.uow.read(async (repos) => await repos.compiledAgendas.get(roundId, revision)),
  });
}
