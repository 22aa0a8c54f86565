import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../logger';
import type { SlackAnswer } from './replay-guard';
import type { SlackBody } from './slack-request';

/**
 * How long a request may wait for its listener's `ack` before Slack is answered anyway: Slack
 * gives up after 3 seconds (and, for an event, retries), so the answer must leave well before.
 */
export const ACK_DEADLINE_MS = 2_500;

/**
 * Bolt's receiver for the bot's own transports: the HTTP route on the bot's one server and,
 * with an app-level token, Socket Mode. Both verify and deduplicate a request first, then hand
 * it here; this runs it through Bolt's listeners and answers with whatever the listener acks,
 * as soon as it acks. What a listener does after its ack (compiling the agenda, calling the
 * Web API) goes on without holding up the answer, tracked so shutdown and tests can wait for it.
 */
export class SkateSlackReceiver implements Receiver {
  private app: App | null = null;
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly log: Logger) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    // Nothing to listen on: the HTTP server and the Socket Mode client feed `dispatch`.
  }

  async stop(): Promise<void> {
    await this.idle();
  }

  /** Runs one request through Bolt; resolves with its answer as soon as a listener acks. */
  dispatch(body: SlackBody, retry: { num?: number; reason?: string } = {}): Promise<SlackAnswer> {
    const app = this.app;
    if (!app) return Promise.resolve({ status: 503, body: { error: 'not-ready' } });
    return new Promise<SlackAnswer>((resolve) => {
      let answered = false;
      const answer = (a: SlackAnswer) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve(a);
      };
      const timer = setTimeout(() => {
        this.log.warn({ type: body.type }, 'Slack request not acknowledged in time; answered empty');
        answer({ status: 200, body: undefined });
      }, ACK_DEADLINE_MS);
      const event: ReceiverEvent = {
        body,
        ...(retry.num !== undefined ? { retryNum: retry.num } : {}),
        ...(retry.reason !== undefined ? { retryReason: retry.reason } : {}),
        ack: async (response?: unknown) => {
          answer({ status: 200, body: response === '' ? undefined : response });
        },
      };
      const work = app
        .processEvent(event)
        .catch((error: unknown) => this.log.error({ err: error, type: body.type }, 'Slack listener failed'))
        .finally(() => {
          // No listener matched, or one finished without acking: Slack still gets its 200.
          answer({ status: 200, body: undefined });
          this.running.delete(work);
        });
      this.running.add(work);
    });
  }

  /** Resolves when every request's work, including what listeners do after their ack, has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
