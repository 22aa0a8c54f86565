import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A route handler; returns false when it does not handle the request. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface HealthProbe {
  /** Throws or returns false when the service cannot serve requests (e.g. the database is not ready). */
  ready(): boolean;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** `GET /healthz` (the process is up) and `GET /readyz` (the database is open and migrated). */
export function healthRoutes(probe: HealthProbe): Route {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || (path !== '/healthz' && path !== '/readyz')) return false;
    if (path === '/healthz') {
      json(res, 200, { status: 'ok' });
      return true;
    }
    let ready = false;
    try {
      ready = probe.ready();
    } catch {
      ready = false;
    }
    json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready' });
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
