/**
 * `/readyz` says why it is not ready, and the readiness gate refuses new
 * activities (503) while the probe says no, without reading them.
 */
import type { Server } from 'node:http';
import { createHttpServer, type HealthProbe, healthRoutes, listen, readinessGate } from '../../../src/http/server';

let verdict: ReturnType<HealthProbe['ready']> = true;
let handled = 0;
let server: Server;
let url: string;

beforeAll(async () => {
  const probe: HealthProbe = { ready: () => verdict };
  server = createHttpServer(
    [
      healthRoutes(probe),
      readinessGate(probe, ['/api/messages']),
      (req, res) => {
        if (req.url !== '/api/messages') return false;
        handled += 1;
        res.writeHead(200).end();
        return true;
      },
    ],
    (error) => {
      throw error;
    },
  );
  url = `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  handled = 0;
});

const post = () =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

describe('readiness', () => {
  it('is 200 when ready, and lets activities through', async () => {
    verdict = { ready: true };
    const response = await fetch(`${url}/readyz`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ready' }]);
    expect((await post()).status).toBe(200);
    expect(handled).toBe(1);
  });

  it('is 503 with the reason when not ready, and refuses new activities with it', async () => {
    verdict = { ready: false, reason: 'file-replaced' };
    const response = await fetch(`${url}/readyz`);
    expect([response.status, await response.json()]).toEqual([503, { status: 'not-ready', reason: 'file-replaced' }]);
    const refused = await post();
    expect([refused.status, await refused.json()]).toEqual([503, { error: 'not-ready', reason: 'file-replaced' }]);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(handled).toBe(0);
  });

  it('treats a probe that throws as not ready', async () => {
    verdict = true;
    const throwing: HealthProbe = {
      ready: () => {
        throw new Error('database is locked');
      },
    };
    const gate = readinessGate(throwing, ['/api/messages']);
    const answered: number[] = [];
    const res = {
      writeHead: (status: number) => {
        answered.push(status);
        return { end: () => undefined };
      },
    };
    expect(await gate({ method: 'POST', url: '/api/messages' } as never, res as never)).toBe(true);
    expect(answered).toEqual([503]);
  });

  it('leaves GET and other paths alone', async () => {
    verdict = { ready: false, reason: 'busy' };
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/elsewhere`, { method: 'POST' })).status).toBe(404);
  });
});
