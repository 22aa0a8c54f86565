import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../config';

/** Why a request is refused, as an HTTP status and a fixed error word for the JSON body. */
export interface Refusal {
  status: number;
  error: string;
}

/** `[::1]` → `::1`: URLs and Host headers bracket IPv6 addresses; the loopback check wants the bare address. */
const unbracket = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** The host name of a Host header (`127.0.0.1:3978`, `localhost`, `[::1]:3978`), lower case; null if malformed. */
export function hostOfHostHeader(header: string): string | null {
  try {
    // The URL parser splits host and port exactly as a browser would when it built the header.
    const url = new URL(`http://${header.trim()}`);
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
    return unbracket(url.hostname.toLowerCase());
  } catch {
    return null;
  }
}

/** Whether a URL is http(s) on a loopback address: the only place a local-mode bot may send to or hear from. */
export function isLoopbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(unbracket(url.hostname));
  } catch {
    return false;
  }
}

/**
 * In local mode nothing authenticates a request, so only this machine's own
 * programs may talk to the bot. Listening on 127.0.0.1 keeps other machines
 * out, but not a web page in this machine's browser: it can POST `text/plain`
 * without a CORS preflight (a «simple request»), or reach 127.0.0.1 through a
 * DNS name it controls (DNS rebinding). So the request must be JSON (which a
 * page can only send after a preflight we never answer), name a loopback Host
 * (a rebound name is not one) and, if a browser sent it, come from a loopback
 * Origin. Returns the refusal, or null to let it in.
 */
export function localRequestRefusal(req: IncomingMessage): Refusal | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, error: 'unsupported-media-type' };
  const host = hostOfHostHeader(req.headers.host ?? '');
  if (host === null || !isLoopbackHost(host)) return { status: 421, error: 'misdirected-request' };
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackUrl(origin)) return { status: 403, error: 'forbidden-origin' };
  return null;
}
