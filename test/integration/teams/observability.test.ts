/**
 * What the running bot tells its operators: JSON log lines, each line of a turn carrying the
 * turn's request id (the `x-request-id` of the HTTP answer), and no personal data beyond ids (no
 * address, no name) even when a delivery fails for a named recipient; and `GET /metrics` in
 * Prometheus' text format with the counters and histograms the issue asks for.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createTeamsAdapter, teamsRoute } from '../../../src/channels/teams/teams-adapter';
import { turnLog } from '../../../src/channels/teams/turn-log';
import { loadConfig } from '../../../src/config';
import { createHttpServer, listen } from '../../../src/http/server';
import { personalMessage } from '../../helpers/teams-activities';
import { type Harness, startHarness, USERS } from './harness';

jest.setTimeout(60_000);

/** A pino logger that keeps its JSON lines. */
function capturingLogger(): { log: pino.Logger; lines: Record<string, unknown>[]; raw: string[] } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((l) => l !== ''),
      );
      done();
    },
  });
  const log = pino({ level: 'debug', base: { service: 'skate-bot' } }, stream);
  return {
    log,
    raw,
    get lines() {
      return raw.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}

const NAMES_AND_ADDRESSES = [...Object.values(USERS).flatMap((u) => [u.email, u.name]), /@example\.(no|com)/];

describe('the log of a working session', () => {
  const captured = capturingLogger();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { log: captured.log });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('has one JSON line per turn with its request id, and names nobody', async () => {
    await h.say(USERS.ingrid, 'runde åpne 2026-Q4');
    await h.say(USERS.kristin, 'mine');
    await h.say(USERS.outsider, 'status');
    await h.invoke(USERS.kristin, 'report.open', { roundId: '2026-Q4', initiativeId: 'T-2024-01' });
    // Owners without a stored chat cannot be reached: the failures are logged, by sequence number and code.
    await h.bot.engine.runDueWork();

    const turns = captured.lines.filter((l) => l.msg === 'turn done');
    expect(turns.length).toBeGreaterThanOrEqual(4);
    for (const line of turns) expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(turns.map((l) => l.requestId)).size).toBe(turns.length);
    expect(captured.lines.some((l) => l.msg === 'message not delivered')).toBe(true);

    const text = captured.raw.join('\n');
    for (const personal of NAMES_AND_ADDRESSES) expect(text).not.toMatch(personal);
  });

  it('answers GET /metrics in the Prometheus text format', async () => {
    await h.say(USERS.kristin, 'status');
    const response = await fetch(`${h.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const body = await response.text();
    expect(body).toMatch(/^# TYPE skate_command_duration_seconds histogram$/m);
    expect(body).toMatch(/^skate_command_duration_seconds_bucket\{le="0\.1",command="round-open",outcome="ok"\} \d+$/m);
    expect(body).toMatch(/^skate_command_duration_seconds_count\{command="status",outcome="refused"\} [1-9]\d*$/m);
    expect(body).toMatch(/^skate_card_action_duration_seconds_count\{action="report\.open",outcome="ok"\} 1$/m);
    expect(body).toMatch(
      /^skate_messages_total\{platform="(msteams|none)",outcome="failed",reason="[\w-]+"\} [1-9]\d*$/m,
    );
    expect(body).toMatch(/^skate_refusals_total\{operation="command:status"\} [1-9]\d*$/m);
    expect(body).toMatch(/^skate_outbox_depth \d+$/m);
    expect(body).toMatch(/^skate_job_lag_seconds \d+(\.\d+)?$/m);
    expect(body).toMatch(/^# TYPE skate_report_submissions_total counter$/m);
    expect(body).toMatch(/^# TYPE skate_votes_total counter$/m);
    expect(body).not.toMatch(/@/);
  });
});

it("carries the route's request id into every line the turn logs", async () => {
  const captured = capturingLogger();
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' });
  const adapter = createTeamsAdapter(config, captured.log);
  const route = teamsRoute(adapter, {
    run: async (context) => {
      turnLog(context, captured.log).warn({ step: 'inside the turn' }, 'something the turn says');
    },
  });
  const server = createHttpServer([route], () => undefined);
  try {
    const port = await listen(server, '127.0.0.1', 0);
    const activity = personalMessage({ serviceUrl: `http://127.0.0.1:${port}`, user: USERS.kristin, text: 'hei' });
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    const inside = captured.lines.find((l) => l.step === 'inside the turn');
    expect(inside).toMatchObject({ requestId, activity: 'message', level: 40 });
    expect(captured.lines.find((l) => l.msg === 'turn done')).toMatchObject({ requestId, status: 200 });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
