/**
 * The fan-out benchmark's Slack variant: opens a round for 500 owners and drains the report
 * requests through the real Dispatcher and the real SlackMessenger (Web API client, Block Kit
 * rendering), on the real clock, to the loopback Web API double enforcing Slack's limits itself:
 * chat.postMessage 1 per second per channel and 300 per minute in the workspace, and
 * conversations.open's Tier 3 of 50 per minute. One owner in five has never written to the bot,
 * so their DM must be opened first. Measures how close the delivery comes to the fastest those
 * limits allow, and whether it ever drew a 429. Loopback only, bounded by a time budget.
 */

import { WebClient } from '@slack/web-api';
import pino from 'pino';
import { systemClock } from '../src/app/cycle/engine';
import { Dispatcher } from '../src/app/dispatch/dispatcher';
import type { RateWindow } from '../src/app/dispatch/rate-limiter';
import { openRound } from '../src/app/rounds/open-round';
import { webClientOptions } from '../src/channels/slack/slack-app';
import { conversationReference } from '../src/channels/slack/slack-identity';
import { SLACK_LIMITS, SLACK_METHOD_TIERS } from '../src/channels/slack/slack-limits';
import { SlackMessenger } from '../src/channels/slack/slack-messenger';
import { BOT_TOKEN, type EnforcedLimits, SlackApiDouble } from '../test/helpers/slack-api-double';
import { benchQuarter, buildRegistry } from './fanout-registry';

const TEAM = 'T0BENCH';

export interface SlackFanoutResult {
  owners: number;
  /** Owners without a DM yet: conversations.open first. */
  opened: number;
  sent: number;
  failed: number;
  elapsedMs: number;
  lowerBoundMs: number;
  ratio: number;
  throttled: number;
  duplicates: number;
}

/** Slack's limits as the double enforces them: the same numbers the Messenger keeps to. */
export const ENFORCED: EnforcedLimits = {
  postPerChannel: SLACK_LIMITS.perConversation[0] as RateWindow,
  postWorkspace: SLACK_LIMITS.global[0] as RateWindow,
  tiers: { 'conversations.open': SLACK_METHOD_TIERS['conversations.open'] },
};

/**
 * The earliest the last request can go, from the first at 0: in a sliding window of `limit`
 * per `windowMs`, request k + limit goes no sooner than `windowMs` after request k (see
 * fanout.bench.ts), so n requests need floor((n − 1) / limit) windows. Each owner's message is
 * one chat.postMessage (to a channel of its own, so the 1 per second adds nothing), and a DM
 * opened first is a conversations.open on top; both limits hold at once, so the bound is the
 * larger. The Messenger counts an open against the workspace window too (as a request of the
 * delivery, the conservative reading), which gives floor((posts + opens − 1) / 300) windows:
 * for 500 posts and 100 opens that is the same 60 s as each alone.
 */
export function slackLowerBoundMs(posts: number, opens: number): number {
  const bound = (n: number, w: RateWindow) => (n <= 0 ? 0 : Math.floor((n - 1) / w.limit) * w.windowMs);
  return Math.max(
    bound(posts, ENFORCED.postWorkspace),
    bound(opens, ENFORCED.tiers['conversations.open'] as RateWindow),
    bound(posts + opens, ENFORCED.postWorkspace),
  );
}

/** Runs the Slack fan-out once; throws if it has not finished within `budgetMs`. */
export async function runSlackFanoutBench(owners = 500, budgetMs = 180_000): Promise<SlackFanoutResult> {
  const startedAt = new Date();
  const { app, db } = await buildRegistry(owners, startedAt);
  const people = await app.uow.read(async (repos) => await repos.people.withRole('owner'));
  const slackId = (i: number) => `U${String(i).padStart(6, '0')}`;
  let opened = 0;
  await app.uow.write({ actor: 'bench', now: startedAt }, async (repos) => {
    for (const [i, p] of people.entries()) {
      const key = `${TEAM}:${slackId(i)}`;
      await repos.people.linkIdentity(p.email, { platform: 'slack', userId: key });
      // One in five has never written to the bot: no DM yet.
      if (i % 5 === 4) opened += 1;
      else
        await repos.directory.saveConversation(
          'slack',
          key,
          conversationReference(TEAM, `D${slackId(i).slice(1)}`),
          startedAt,
        );
    }
  });
  const double = await SlackApiDouble.start(
    people.map((p, i) => ({ id: slackId(i), teamId: TEAM, email: p.email, name: p.name })),
    ENFORCED,
  );
  try {
    const opening = await openRound(
      app,
      { quarter: benchQuarter(startedAt) },
      { kind: 'operator', name: 'bench' },
      startedAt,
    );
    if (opening.requests !== owners) throw new Error(`expected ${owners} report requests, got ${opening.requests}`);
    const log = pino({ level: 'silent' });
    const messenger = new SlackMessenger(new WebClient(BOT_TOKEN, webClientOptions(double.apiUrl, log)), {
      render: { images: false },
      agendaFile: async () => null,
      log,
      nowMs: () => Date.now(),
    });
    const dispatcher = new Dispatcher(app.uow, messenger, { owner: 'bench' });
    const started = performance.now();
    for (;;) {
      await dispatcher.drain(systemClock);
      const next = await app.uow.read(async (repos) => await repos.outbox.nextDueAt());
      if (next === null) break;
      if (performance.now() - started > budgetMs) throw new Error(`not done after ${budgetMs} ms`);
      await systemClock.sleep(Math.max(0, Date.parse(next) - Date.now()));
    }
    const elapsedMs = performance.now() - started;
    const counts = await app.uow.read(async (repos) => await repos.outbox.countByState());
    const posts = double.callsTo('chat.postMessage');
    const perChannel = new Map<string, number>();
    for (const c of posts) perChannel.set(String(c.args.channel), (perChannel.get(String(c.args.channel)) ?? 0) + 1);
    const lowerBound = slackLowerBoundMs(owners, opened);
    return {
      owners,
      opened,
      sent: counts.sent,
      failed: counts.failed,
      elapsedMs,
      lowerBoundMs: lowerBound,
      ratio: elapsedMs / lowerBound,
      throttled: double.throttled,
      duplicates: [...perChannel.values()].filter((n) => n > 1).length,
    };
  } finally {
    db.close();
    await double.close();
  }
}
