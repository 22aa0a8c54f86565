import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  type Activity,
  ActivityEventNames,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type InvokeResponse,
  type SendActivitiesHandler,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../config';
import { respond as answer, readJsonBody } from '../../http/body';
import { isLoopbackUrl, localRequestRefusal, type Refusal } from '../../http/local-guard';
import type { Route } from '../../http/server';
import type { Logger } from '../../logger';
import { activityProblem } from './activity-schema';
import { ReusingBotFrameworkAuthentication } from './reusing-authentication';
import { setTurnLog } from './turn-log';

const MAX_BODY_BYTES = 1024 * 1024;

/** Who may talk to the bot: in local mode only this machine, otherwise authenticated Teams in allowed tenants. */
export interface InboundPolicy {
  local: boolean;
  /** Lower-case Entra ID tenant ids whose activities are let in (ignored in local mode). */
  allowedTenants: readonly string[];
}

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** What the route runs for each activity: the bot's `run`. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

/**
 * The CloudAdapter, plus the policy its route enforces. The route
 * authenticates before the turn (rather than through `process`) so that it can
 * check the tenant of an authenticated activity before anything runs, and
 * answer every authentication failure the same way.
 */
export class SkateCloudAdapter extends CloudAdapter {
  constructor(
    private readonly auth: ConfigurationBotFrameworkAuthentication,
    readonly policy: InboundPolicy,
    readonly log: Logger,
  ) {
    super(auth);
  }

  /** Validates the Authorization header for `activity`; throws as botbuilder does when it is not valid. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthResult> {
    return this.auth.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an activity already authenticated; returns the invoke response, if any. */
  runAuthenticated(
    result: AuthResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(result, activity, logic);
  }
}

/**
 * The CloudAdapter with Bot Framework authentication from the config. With no
 * app id (local mode) botbuilder accepts unauthenticated requests, which is why
 * the server then listens on loopback only and the route admits only this machine.
 */
export function createTeamsAdapter(config: Config, log: Logger): SkateCloudAdapter {
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
  const auth = new ReusingBotFrameworkAuthentication(
    m ? { MicrosoftAppId: m.appId, MicrosoftAppTenantId: m.tenantId } : {},
    credentials,
  );
  const adapter = new SkateCloudAdapter(auth, { local: m === null, allowedTenants: m?.allowedTenants ?? [] }, log);
  const retryOnce = retryOnceOnDroppedConnection(log);
  adapter.use({
    onTurn: async (context, next) => {
      disableSdkRetries(context, adapter);
      // Proactive sends (ContinueConversation) are the dispatcher's, which retries them itself, within rate limits.
      const proactive =
        context.activity.type === 'event' && context.activity.name === ActivityEventNames.ContinueConversation;
      if (!proactive) context.onSendActivities(retryOnce);
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
 * would ignore our rate limits. Only the dispatcher retries proactive sends;
 * this runs as middleware, so it covers replies in a turn and proactive sends alike.
 */
export function disableSdkRetries(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as ConnectorWithPipeline | undefined;
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED']);

/** Whether an error (or one it wraps) is a connection dropped or timed out under the request. */
export function isTransientNetworkError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Object && depth < 5; depth += 1) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (typeof message === 'string' && /socket hang up|ECONNRESET|ETIMEDOUT/.test(message)) return true;
    e = cause;
  }
  return false;
}

/**
 * Retries a reply once when its connection was dropped (typically a pooled
 * keep-alive connection the connector had already closed), so the user gets
 * the answer instead of «Beklager, noe gikk galt». Only a single activity is
 * retried: of a batch, the ones before the failure may have been delivered.
 */
function retryOnceOnDroppedConnection(log: Logger): SendActivitiesHandler {
  return async (context, activities, next) => {
    try {
      return await next();
    } catch (error) {
      if (activities.length !== 1 || !isTransientNetworkError(error)) throw error;
      log.warn(
        { activity: context.activity.type, err: String(error) },
        'reply hit a dropped connection; retrying once',
      );
      return await next();
    }
  };
}

/** Refuses before the body is read; the unread body cannot be skipped, so the connection is closed. */
const refuseUnread = (res: ServerResponse, r: Refusal) =>
  answer(res, r.status, { error: r.error }, { connection: 'close' });

/** The tenant an activity names; null when it names none or two that differ. */
export function tenantOf(activity: Record<string, unknown>): string | null {
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const named = [conversation?.tenantId, channelData?.tenant?.id]
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .map((t) => t.toLowerCase());
  const unique = [...new Set(named)];
  return unique.length === 1 ? (unique[0] ?? null) : null;
}

/** A missing or unreachable OpenID metadata endpoint is our outage, not the caller's fault: worth a retry. */
function isAuthOutage(error: unknown): boolean {
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return (typeof statusCode === 'number' && statusCode >= 500) || (error as { name?: unknown }).name === 'FetchError';
}

/** botbuilder's `validateAndFixActivity` (not exported): timestamps arrive as strings, the SDK expects Dates. */
function fixTimestamps(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/**
 * `POST /api/messages`: Teams (and the Agents Playground) deliver activities
 * here. In local mode it admits only this machine (JSON, loopback Host and
 * Origin, loopback serviceUrl); with credentials only a valid Bot Framework
 * token (401 otherwise, with a fixed body) for an allowed tenant (403).
 */
export function teamsRoute(adapter: SkateCloudAdapter, bot: TurnHandler): Route {
  const { policy, log } = adapter;
  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/api/messages') return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const local = policy.local ? localRequestRefusal(req) : null;
    if (local) {
      log.warn({ requestId, status: local.status, reason: local.error }, 'local-mode request refused');
      refuseUnread(res, local);
      return true;
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, MAX_BODY_BYTES);
    } catch (error) {
      const status = error instanceof RangeError ? 413 : 400;
      // The rest of an oversized body is never read, so the connection cannot carry another request.
      answer(res, status, { error: 'invalid body' }, status === 413 ? { connection: 'close' } : {});
      return true;
    }
    // CloudAdapter throws (a 500) on an activity without a type or serviceUrl, and the bot reads
    // ids, text and card data: anything not of the schema's shape is the sender's mistake, a 400.
    const problem = activityProblem(body);
    const activity =
      typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    if (!activity || problem !== null || typeof activity.serviceUrl !== 'string') {
      log.warn({ requestId, problem }, 'request refused: not a valid activity');
      answer(res, 400, { error: 'invalid activity' });
      return true;
    }
    if (policy.local && !isLoopbackUrl(activity.serviceUrl)) {
      // Replies go to the serviceUrl: in local mode the bot must not post to another machine on anyone's say-so.
      log.warn({ requestId, serviceUrl: activity.serviceUrl }, 'local-mode activity with a foreign serviceUrl refused');
      answer(res, 400, { error: 'invalid service url' });
      return true;
    }
    const fixed = fixTimestamps(activity);
    let auth: AuthResult;
    try {
      const header = req.headers.authorization;
      auth = await adapter.authenticate(fixed, typeof header === 'string' ? header : '');
    } catch (error) {
      const outage = isAuthOutage(error);
      // One line, no stack: the reason is botbuilder's message, which names no secret.
      log.warn(
        { requestId, reason: error instanceof Error ? error.message : String(error) },
        outage ? 'request not authenticated: token validation unavailable' : 'request refused: not authenticated',
      );
      answer(res, outage ? 503 : 401, { error: outage ? 'unavailable' : 'unauthorized' });
      return true;
    }
    if (!policy.local) {
      const tenant = tenantOf(activity);
      if (tenant === null || !policy.allowedTenants.includes(tenant)) {
        log.warn({ requestId, tenant }, 'request refused: tenant not allowed');
        answer(res, 403, { error: 'forbidden-tenant' });
        return true;
      }
    }
    // Every line the turn logs carries the request id (and only ids: no names, no addresses).
    const turn = log.child({ requestId, activity: activity.type });
    const started = process.hrtime.bigint();
    const invoke = await adapter.runAuthenticated(auth, fixed, (context) => {
      setTurnLog(context, turn);
      return bot.run(context);
    });
    const status = invoke?.status ?? 200;
    answer(res, status, invoke?.body);
    turn.info({ status, ms: Number((process.hrtime.bigint() - started) / 1_000_000n) }, 'turn done');
    return true;
  };
}
