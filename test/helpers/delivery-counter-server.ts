/**
 * A loopback HTTP "platform" that counts deliveries: every complete POST is
 * recorded, by dedupe key and sender, the moment its body has arrived (that is
 * when a real platform would have accepted the message), and answered 200 with
 * a message id after an optional small random delay, so that a kill can land
 * while the sender waits for the answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the HTTP test messenger posts. */
export interface DeliveryRequest {
  dedupeKey: string;
  destination: string;
  title: string;
  /** The lease owner of the engine that sent it. */
  sender: string;
}

export interface RecordedDelivery extends DeliveryRequest {
  /** Order of arrival, from 1. */
  seq: number;
  at: number;
}

export interface DeliveryCounterOptions {
  /** Answers wait a random 0…maxDelayMs milliseconds. */
  maxDelayMs?: number;
}

function isDeliveryRequest(value: unknown): value is DeliveryRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['dedupeKey', 'destination', 'title', 'sender'].every((k) => typeof v[k] === 'string');
}

export class DeliveryCounterServer {
  readonly deliveries: RecordedDelivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** Listens on 127.0.0.1 on a free port. */
  static async start(options: DeliveryCounterOptions = {}): Promise<DeliveryCounterServer> {
    const maxDelayMs = options.maxDelayMs ?? 0;
    let self: DeliveryCounterServer | null = null;
    const server = createServer((req, res) => self?.handle(req, res, maxDelayMs));
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    self = new DeliveryCounterServer(server, `http://127.0.0.1:${port}/deliveries`);
    return self;
  }

  /** How many times each dedupe key was delivered. */
  countsByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of this.deliveries) counts.set(d.dedupeKey, (counts.get(d.dedupeKey) ?? 0) + 1);
    return counts;
  }

  /** The deliveries of one key, in order of arrival. */
  deliveriesOf(dedupeKey: string): RecordedDelivery[] {
    return this.deliveries.filter((d) => d.dedupeKey === dedupeKey);
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, maxDelayMs: number): void {
    if (req.method !== 'POST' || req.url !== '/deliveries') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not_found' }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // An aborted request (its sender killed mid-body) never reaches 'end' and is not counted.
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      if (!isDeliveryRequest(body)) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'bad_request' }));
        return;
      }
      const seq = this.deliveries.length + 1;
      this.deliveries.push({ ...body, seq, at: Date.now() });
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId: `m-${seq}` }));
      };
      const delay = Math.floor(Math.random() * (maxDelayMs + 1));
      if (delay === 0) return answer();
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        answer();
      }, delay);
      this.timers.add(timer);
    });
  }
}
