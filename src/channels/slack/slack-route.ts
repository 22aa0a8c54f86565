import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { respond } from '../../http/body';
import type { Route } from '../../http/server';
import type { Logger } from '../../logger';
import type { ReplayGuard, SlackAnswer } from './replay-guard';
import type { SkateSlackReceiver } from './slack-receiver';
import { isEvent, parseSlackBody, replayKeyOf, type SlackBody } from './slack-request';
import { verifySlackSignature } from './slack-signature';

/** Where Slack posts events, slash commands, interactions and options (one request URL for all). */
export const SLACK_EVENTS_PATH = '/slack/events';
const MAX_BODY_BYTES = 1024 * 1024;

export interface SlackInbound {
  signingSecret: string;
  guard: ReplayGuard;
  receiver: SkateSlackReceiver;
  log: Logger;
  now: () => Date;
}

/**
 * `POST /slack/events`: reads the raw body (the signature is over its exact bytes), refuses
 * with 401 and changes nothing unless it is signed with the signing secret within five minutes
 * of now either way, answers Slack's URL check, and runs everything else once: a replay or a
 * retried event delivery gets the first one's answer (see ReplayGuard).
 */
export function slackRoute(inbound: SlackInbound): Route {
  const { log } = inbound;
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== SLACK_EVENTS_PATH) return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    let raw: Buffer;
    try {
      raw = await readRaw(req);
    } catch {
      respond(res, 413, { error: 'too-large' }, { connection: 'close' });
      return true;
    }
    const verdict = verifySlackSignature(
      inbound.signingSecret,
      { signature: header(req, 'x-slack-signature'), timestamp: header(req, 'x-slack-request-timestamp') },
      raw,
      inbound.now().getTime(),
    );
    if (!verdict.ok) {
      log.warn({ requestId, reason: verdict.reason }, 'Slack request refused: not signed by Slack');
      respond(res, 401, { error: 'unauthorized' });
      return true;
    }
    const body = parseSlackBody(header(req, 'content-type'), raw);
    if (!body) {
      respond(res, 400, { error: 'invalid body' });
      return true;
    }
    const answer = await answerFor(inbound, body, retryOf(req));
    send(res, answer);
    return true;
  };
}

/** What Slack is answered for a verified body, whichever transport brought it. */
export function answerFor(
  inbound: Pick<SlackInbound, 'guard' | 'receiver'>,
  body: SlackBody,
  retry: { num?: number; reason?: string },
): Promise<SlackAnswer> {
  if (body.type === 'url_verification') {
    return Promise.resolve({
      status: 200,
      body: { challenge: typeof body.challenge === 'string' ? body.challenge : '' },
    });
  }
  // Slack's certificate check for slash commands: nothing to do.
  if (body.ssl_check === '1') return Promise.resolve({ status: 200, body: undefined });
  return inbound.guard.once(
    replayKeyOf(body),
    () => inbound.receiver.dispatch(body, retry),
    isEvent(body) ? 'event' : 'interaction',
  );
}

function send(res: ServerResponse, answer: SlackAnswer): void {
  respond(res, answer.status, answer.body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `X-Slack-Retry-Num` and `X-Slack-Retry-Reason` of a retried event delivery. */
function retryOf(req: IncomingMessage): { num?: number; reason?: string } {
  const num = Number(header(req, 'x-slack-retry-num'));
  const reason = header(req, 'x-slack-retry-reason');
  return { ...(Number.isInteger(num) && num > 0 ? { num } : {}), ...(reason ? { reason } : {}) };
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
