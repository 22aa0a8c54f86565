import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A route handler; returns false when it does not handle the request. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** A readiness verdict: a bare boolean, or a verdict with the reason it is not ready (e.g. `file-replaced`). */
export type ReadyVerdict = boolean | { ready: boolean; reason?: string };

export interface HealthProbe {
  /** Throws or returns a negative verdict when the service cannot serve requests (e.g. the database is not ready). */
  ready(): ReadyVerdict;
}

/** Asks the probe; a probe that throws says «not ready», never crashes the request. */
function ask(probe: HealthProbe): { ready: boolean; reason?: string } {
  try {
    const verdict = probe.ready();
    return typeof verdict === 'boolean' ? { ready: verdict } : verdict;
  } catch {
    return { ready: false, reason: 'probe-failed' };
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * `GET /healthz` (the process is up) and `GET /readyz` (the database can take
 * writes); a 503 from `/readyz` says why in `reason`.
 */
export function healthRoutes(probe: HealthProbe): Route {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || (path !== '/healthz' && path !== '/readyz')) return false;
    if (path === '/healthz') {
      json(res, 200, { status: 'ok' });
      return true;
    }
    const verdict = ask(probe);
    if (verdict.ready) json(res, 200, { status: 'ready' });
    else json(res, 503, { status: 'not-ready', ...(verdict.reason ? { reason: verdict.reason } : {}) });
    return true;
  };
}

/**
 * Refuses new work on `paths` (POST) with a 503 while the probe says not
 * ready, before a handler reads the request: a bot that cannot write must not
 * acknowledge a report or a vote it would then lose. Put it before the routes
 * it guards; it answers nothing itself when ready.
 */
export function readinessGate(probe: HealthProbe, paths: readonly string[]): Route {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method !== 'POST' || !paths.includes(path)) return false;
    const verdict = ask(probe);
    if (verdict.ready) return false;
    // The body is left unread, so the connection cannot carry another request.
    res
      .writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', connection: 'close' })
      .end(JSON.stringify({ error: 'not-ready', ...(verdict.reason ? { reason: verdict.reason } : {}) }));
    return true;
  };
}

/** An HTTP server that tries each route in turn and answers 404 when none matches, 500 on a crash. */
export function createHttpServer(routes: Route[], onError: (error: unknown) => void): Server {
  return createServer((req, res) => {
    void (async () => {
      try {
        for (const route of routes) {
          if (await route(req, res)) return;
        }
        json(res, 404, { error: 'not-found' });
      } catch (error) {
        onError(error);
        if (!res.headersSent) json(res, 500, { error: 'internal' });
      }
    })();
  });
}

/** Starts listening; resolves with the bound port (useful with port 0 in tests). */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
