import type { AppContext } from '../../app/app-context';
import type { Messenger } from '../../app/ports';
import type { Config } from '../../config';
import type { Locale } from '../../domain/model';
import type { CompiledAgenda } from '../../domain/ports';
import { isLoopbackUrl } from '../../http/local-guard';
import type { Route } from '../../http/server';
import { messagesFor } from '../../i18n';
import type { Logger } from '../../logger';
import type { RenderOptions } from './blocks/payload';
import { ReplayGuard } from './replay-guard';
import { createSlackApp, createWebClient } from './slack-app';
import { type AgendaFile, SlackMessenger } from './slack-messenger';
import { SkateSlackReceiver } from './slack-receiver';
import { slackRoute } from './slack-route';
import { SlackSocketTransport } from './slack-socket';

export interface SlackChannelDeps {
  app: AppContext;
  log: Logger;
  now: () => Date;
  wake: () => void;
  defaultLocale: Locale;
  /** The bot's public address: pictures are shown by address only when Slack can fetch them. */
  publicBaseUrl: string;
  /** The Messenger `sjekk` asks: this channel's, or the local transport's when TRANSPORT=local. */
  preflightMessenger: (own: Messenger) => Messenger;
  /** A compiled agenda item, for attaching its Word file when it is published. */
  compiledAgenda(roundId: string, revision: number): Promise<CompiledAgenda | null>;
}

/** The Slack platform of one deployment: its route, its Messenger, and how to stop it. */
export interface SlackChannel {
  platform: 'slack';
  routes: Route[];
  messenger: SlackMessenger;
  /** Resolves when every request's work (also after its ack) is done; for shutdown and tests. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Slack beside Teams in one process: the Bolt app fed by our own route on the bot's one
 * HTTP server (`POST /slack/events`) and, when an app-level token is set, by Socket Mode too;
 * one replay guard for both; the Messenger the dispatcher sends through.
 */
export function createSlackChannel(slack: NonNullable<Config['slack']>, deps: SlackChannelDeps): SlackChannel {
  const { log } = deps;
  const render: RenderOptions = { images: publiclyReachable(deps.publicBaseUrl) };
  const messenger = new SlackMessenger(createWebClient(slack.botToken, slack.apiUrl, log), {
    render,
    agendaFile: async (roundId, revision) => agendaFile(await deps.compiledAgenda(roundId, revision)),
    log,
    // The dispatcher's clock: the tiers are kept on the same time line as its windows.
    nowMs: () => deps.now().getTime(),
  });
  const receiver = new SkateSlackReceiver(log);
  createSlackApp(receiver, slack, {
    app: deps.app,
    log,
    now: deps.now,
    wake: deps.wake,
    defaultLocale: deps.defaultLocale,
    messenger: deps.preflightMessenger(messenger),
    render,
  });
  const guard = new ReplayGuard(() => deps.now().getTime());
  const inbound = { signingSecret: slack.signingSecret, guard, receiver, log, now: deps.now };
  const socket = slack.appToken ? new SlackSocketTransport(slack.appToken, slack.apiUrl, inbound, log) : null;
  if (socket) {
    socket.start().catch((error: unknown) => log.error({ err: error }, 'Slack Socket Mode could not connect'));
  }
  return {
    platform: 'slack',
    routes: [slackRoute(inbound)],
    messenger,
    idle: () => receiver.idle(),
    async stop() {
      await socket?.stop().catch(() => undefined);
      await receiver.idle();
    },
  };
}

/** The Word file of a compiled agenda, named as the bot's own links name it. */
function agendaFile(agenda: CompiledAgenda | null): AgendaFile | null {
  if (!agenda) return null;
  const name = `sak-${agenda.caseNumber.replace('/', '-')}${agenda.revision > 0 ? `-rev${agenda.revision}` : ''}.docx`;
  const locale = agenda.locale === 'nn' || agenda.locale === 'en' ? agenda.locale : 'nb';
  return { filename: name, title: messagesFor(locale).slack.fileComment(agenda.caseNumber), bytes: agenda.docx };
}

/** Whether Slack's servers can fetch from this address: https, and not this machine. */
function publiclyReachable(baseUrl: string): boolean {
  return baseUrl.startsWith('https://') && !isLoopbackUrl(baseUrl);
}
