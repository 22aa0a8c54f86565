import { createHash } from 'node:crypto';

/** A request body from Slack, parsed: events are JSON, commands and interactions form-encoded. */
export type SlackBody = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Parses what Slack posts to the one request URL: Events API callbacks (JSON), slash commands
 * (form fields) and interactions and options requests (a form field `payload` holding JSON).
 * Null when the body is none of these.
 */
export function parseSlackBody(contentType: string | undefined, raw: Buffer): SlackBody | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  try {
    if (type === 'application/json') {
      const parsed: unknown = JSON.parse(raw.toString('utf8'));
      return isRecord(parsed) ? parsed : null;
    }
    if (type === 'application/x-www-form-urlencoded') {
      const form = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
      if (typeof form.payload === 'string') {
        const parsed: unknown = JSON.parse(form.payload);
        return isRecord(parsed) ? parsed : null;
      }
      return form;
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * The key a replay or a retry of this request shares with its first delivery (see
 * ReplayGuard), or null for requests that change nothing (the URL check, options).
 */
export function replayKeyOf(body: SlackBody): string | null {
  if (body.type === 'event_callback') return body.event_id ? `event:${str(body.event_id)}` : null;
  if (body.type === 'view_submission' || body.type === 'view_closed') {
    const view = isRecord(body.view) ? body.view : {};
    return `view:${str(body.type)}:${submissionId(view)}`;
  }
  const user = isRecord(body.user) ? str(body.user.id) : str(body.user_id);
  if (body.type === 'block_actions') {
    const action = Array.isArray(body.actions) && isRecord(body.actions[0]) ? body.actions[0] : {};
    const delivery = str(body.trigger_id) || str(action.action_ts);
    return `action:${delivery}:${user}:${str(action.action_id)}`;
  }
  if (typeof body.command === 'string' && body.trigger_id) return `command:${str(body.trigger_id)}:${user}`;
  return null;
}

/** Whether a request is one of Slack's events (answered at once; its retries are then dropped). */
export function isEvent(body: SlackBody): boolean {
  return body.type === 'event_callback';
}

/**
 * What identifies one submission of a modal: `view.id` + `view.hash`, and what it held. The
 * hash changes only when the bot updates the view, so after `response_action: errors` the
 * corrected resubmission has the same id and hash as the refused one; its state tells them
 * apart, while a replay of the same request has all three the same.
 */
export function submissionId(view: Record<string, unknown>): string {
  const state = isRecord(view.state) ? view.state.values : undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify(state ?? null))
    .digest('hex')
    .slice(0, 16);
  return `${str(view.id)}:${str(view.hash)}:${digest}`;
}
