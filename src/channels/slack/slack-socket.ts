import { SocketModeClient } from '@slack/socket-mode';
import type { Logger } from '../../logger';
import { slackLogger } from './slack-log';
import type { SlackBody } from './slack-request';
import { answerFor, type SlackInbound } from './slack-route';

/** One envelope as the Socket Mode client emits it (only what we read). */
interface SocketEnvelope {
  ack(response?: unknown): Promise<void>;
  body?: unknown;
  retry_num?: number;
  retry_reason?: string;
}

/**
 * Socket Mode: the bot opens a WebSocket to Slack with the app-level token and receives the
 * same events, commands and interactions over it, so no public request URL is needed (behind
 * a firewall, on a laptop). The connection itself is the authentication, so there is no
 * signature to check; the replay guard and the receiver are the HTTP route's.
 */
export class SlackSocketTransport {
  private readonly client: SocketModeClient;

  constructor(
    appToken: string,
    apiUrl: string,
    private readonly inbound: Pick<SlackInbound, 'guard' | 'receiver'>,
    private readonly log: Logger,
  ) {
    this.client = new SocketModeClient({
      appToken,
      logger: slackLogger(log),
      clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
    });
    this.client.on('slack_event', (envelope: SocketEnvelope) => {
      void this.handle(envelope);
    });
  }

  /** Connects (and keeps reconnecting) to Slack. */
  async start(): Promise<void> {
    await this.client.start();
    this.log.info('Slack Socket Mode connected');
  }

  async stop(): Promise<void> {
    await this.client.disconnect();
  }

  private async handle(envelope: SocketEnvelope): Promise<void> {
    const body = envelope.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      await envelope.ack().catch(() => undefined);
      return;
    }
    try {
      const answer = await answerFor(this.inbound, body as SlackBody, {
        ...(envelope.retry_num ? { num: envelope.retry_num } : {}),
        ...(envelope.retry_reason ? { reason: envelope.retry_reason } : {}),
      });
      await envelope.ack(answer.body);
    } catch (error) {
      this.log.error({ err: error }, 'Slack Socket Mode envelope failed');
      await envelope.ack().catch(() => undefined);
    }
  }
}
