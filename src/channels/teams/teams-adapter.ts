import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Request as BotRequest,
  type Response as BotResponse,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../config';
import type { Route } from '../../http/server';
import type { Logger } from '../../logger';
import type { SkateTeamsBot } from './teams-bot';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The CloudAdapter with Bot Framework authentication from the config. With no
 * app id (local mode) botbuilder accepts unauthenticated requests, which is why
 * the server then listens on loopback only.
 */
export function createTeamsAdapter(config: Config, log: Logger): CloudAdapter {
  const m = config.microsoft;
  const credentials = new ConfigurationServiceClientCredentialFactory(
    m
      ? {
          MicrosoftAppId: m.appId,
          MicrosoftAppPassword: m.appPassword,
          MicrosoftAppType: m.appType,
          MicrosoftAppTenantId: m.tenantId,
        }
      : {},
  );
  const auth = new ConfigurationBotFrameworkAuthentication(
    m ? { MicrosoftAppId: m.appId, MicrosoftAppTenantId: m.tenantId } : {},
    credentials,
  );
  const adapter = new CloudAdapter(auth);
  adapter.use({
    onTurn: async (context, next) => {
      disableSdkRetries(context, adapter);
      await next();
    },
  });
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activity: context.activity.type }, 'unhandled Teams turn error');
  };
  return adapter;
}

/** The part of botframework-connector's client that holds its @azure/core-rest-pipeline pipeline. */
interface ConnectorWithPipeline {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown } };
}

/**
 * Removes botbuilder's hidden HTTP retries. Its connector client is built on
 * @azure/core-client, whose default pipeline retries 429s and 5xx up to three
 * times: a lost response would then become a duplicate post, and the retries
 * would ignore our rate limits. Only the dispatcher retries; this runs as
 * middleware, so it covers replies in a turn and proactive sends alike.
 */
export function disableSdkRetries(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as ConnectorWithPipeline | undefined;
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Node's response in the shape botbuilder expects from restify/express. */
function botResponse(res: ServerResponse): BotResponse {
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    status: (code: number) => {
      res.statusCode = code;
    },
    send: (body: unknown) => {
      if (body === undefined) return;
      if (typeof body === 'string') {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.write(body);
      } else {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      }
    },
    end: () => res.end(),
  };
}

function hasType(body: object): boolean {
  const type = (body as { type?: unknown }).type;
  return typeof type === 'string' && type !== '';
}

/** `POST /api/messages`: Teams (and the Agents Playground) deliver activities here. */
export function teamsRoute(adapter: CloudAdapter, bot: SkateTeamsBot): Route {
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/api/messages') return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      const status = error instanceof RangeError ? 413 : 400;
      // The rest of an oversized body is never read, so the connection cannot carry another request.
      const headers = { 'content-type': 'application/json', ...(status === 413 ? { connection: 'close' } : {}) };
      res.writeHead(status, headers).end(JSON.stringify({ error: 'invalid body' }));
      return true;
    }
    // CloudAdapter throws (a 500) on an activity without a type before it even authenticates: a bad request.
    if (typeof body !== 'object' || body === null || Array.isArray(body) || !hasType(body)) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid activity' }));
      return true;
    }
    const request: BotRequest = {
      body: body as Record<string, unknown>,
      headers: req.headers as Record<string, string | string[] | undefined>,
      method: req.method,
    };
    await adapter.process(request, botResponse(res), (context) => bot.run(context));
    return true;
  };
}
