/**
 * Which platforms one process serves: without any credentials (local mode) Teams for the
 * Agents Playground and no Slack; with Slack's and none of Microsoft's, Slack alone. With an
 * app-level token the bot also takes Slack's traffic over Socket Mode (no public URL): an
 * event envelope is acknowledged on the socket and answered like one over HTTP.
 */

import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { startBot } from '../../../src/server';
import { appMention, eventCallback } from '../../helpers/slack-requests';
import { SLACK_USERS, startSlackHarness } from './harness';

jest.setTimeout(60_000);

describe('the platforms one process serves', () => {
  it('serves no Slack in local mode without credentials', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skate-local-'));
    const config = loadConfig({
      DATABASE_PATH: path.join(dir, 'db.sqlite'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'off',
    });
    const bot = await startBot(config, createLogger(config), { schedule: false });
    try {
      expect(bot.platforms).toEqual(['msteams']);
      const slack = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, { method: 'POST', body: '{}' });
      expect(slack.status).toBe(404);
    } finally {
      await bot.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves Slack alone with Slack’s credentials and none of Microsoft’s', async () => {
    const h = await startSlackHarness();
    try {
      expect(h.bot.platforms).toEqual(['slack']);
      const teams = await fetch(`${h.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(teams.status).toBe(404);
      expect((await fetch(`${h.url}/readyz`)).status).toBe(200);
    } finally {
      await h.stop();
    }
  });
});

describe('Socket Mode', () => {
  it('acknowledges an event envelope on the socket and answers it as over HTTP', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const acks: unknown[] = [];
    const connected = new Promise<import('ws').WebSocket>((resolve) => {
      wss.on('connection', (socket) => {
        socket.on('message', (data) => acks.push(JSON.parse(String(data))));
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'test' } }));
        resolve(socket);
      });
    });
    const socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    const h = await startSlackHarness({ SLACK_APP_TOKEN: 'xapp-1-A0SKATE-1-socket' }, { socketUrl });
    try {
      const socket = await connected;
      expect(h.double.callsTo('apps.connections.open')).toHaveLength(1);
      const event = appMention({
        user: SLACK_USERS.ingrid.id,
        channel: 'C0GENERAL',
        text: '<@UBOTSKATE> hjelp',
        ts: '1700000100.000100',
      });
      const payload = JSON.parse(eventCallback(event, { eventId: 'EvSOCKET1', eventTime: h.nowSeconds() }).body);
      socket.send(
        JSON.stringify({
          envelope_id: 'env-1',
          type: 'events_api',
          payload,
          accepts_response_payload: false,
          retry_attempt: 0,
        }),
      );
      await h.double.waitFor(
        () => acks.some((a) => (a as { envelope_id?: string }).envelope_id === 'env-1'),
        10_000,
        'the ack',
      );
      const answer = await h.double.waitFor(() =>
        h.double.callsTo('chat.postEphemeral').find((c) => c.args.channel === 'C0GENERAL'),
      );
      expect(answer.args.user).toBe(SLACK_USERS.ingrid.id);
    } finally {
      await h.stop();
      wss.close();
    }
  });
});
