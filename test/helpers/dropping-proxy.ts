/**
 * A loopback proxy in front of the mock connector that drops chosen requests
 * the way a stale keep-alive connection fails: the socket is destroyed as the
 * request arrives, with no answer, and the client sees ECONNRESET («socket
 * hang up»). Everything else is passed through unchanged. Put its `serviceUrl`
 * in an activity to route the bot's replies through it.
 */
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy saw. */
export interface ProxiedRequest {
  method: string;
  path: string;
  dropped: boolean;
}

export interface DroppingProxy {
  /** `http://127.0.0.1:<port>/emea/`: the proxy's address with the connector's region prefix. */
  serviceUrl: string;
  seen: ProxiedRequest[];
  /** Drops the next `count` requests that `matches` accepts. */
  drop(count: number, matches: (req: IncomingMessage) => boolean): void;
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port, forwarding to `target` (an `http://host:port/...` URL). */
export async function startDroppingProxy(target: string): Promise<DroppingProxy> {
  const upstream = new URL(target);
  const seen: ProxiedRequest[] = [];
  let toDrop = 0;
  let matcher: (req: IncomingMessage) => boolean = () => false;
  const server: Server = createServer((req, res) => {
    const entry = { method: req.method ?? 'GET', path: req.url ?? '/', dropped: false };
    seen.push(entry);
    if (toDrop > 0 && matcher(req)) {
      toDrop -= 1;
      entry.dropped = true;
      req.socket.destroy();
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/emea/`,
    seen,
    drop(count, matches) {
      toDrop = count;
      matcher = matches;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
