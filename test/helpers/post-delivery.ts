/**
 * One delivery POSTed as JSON to a loopback server, with failures classified
 * as a real transport would (status, Retry-After, platform error code, socket
 * error): shared by the HTTP messengers of the tests and the benchmark.
 */
import { classifyHttpFailure } from '../../src/app/dispatch/retry-policy';
import { DeliveryError } from '../../src/app/ports';

/** The socket error code (ECONNREFUSED…) behind a failed fetch, if any. */
function networkCode(error: unknown): string | null {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  if (typeof cause === 'object' && cause !== null) {
    const code = (cause as Record<string, unknown>).code;
    if (typeof code === 'string') return code;
  }
  if (error instanceof Error && error.name === 'TimeoutError') return 'ETIMEDOUT';
  return null;
}

/** The platform's error code in a body such as `{"error":"channel_not_found"}` or `{"error":{"code":"…"}}`. */
function errorCode(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const error = (body as Record<string, unknown>).error;
  if (typeof error === 'string') return error;
  const code = typeof error === 'object' && error !== null ? (error as Record<string, unknown>).code : undefined;
  return typeof code === 'string' ? code : null;
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * POSTs `body` and returns the answer's JSON object; throws a classified
 * DeliveryError otherwise. `readCode: false` classifies by status and
 * Retry-After alone.
 */
export async function postDelivery(
  url: string,
  body: unknown,
  options: { timeoutMs: number; readCode?: boolean },
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError(classifyHttpFailure(null, null, networkCode(error), Date.now()));
  }
  const answer = await jsonOf(response);
  if (!response.ok) {
    const code = options.readCode === false ? null : errorCode(answer);
    throw new DeliveryError(
      classifyHttpFailure(response.status, response.headers.get('retry-after'), code, Date.now()),
    );
  }
  return typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
}
