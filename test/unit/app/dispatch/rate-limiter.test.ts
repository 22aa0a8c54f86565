import { RateLimiter, type RateLimitPolicy } from '../../../../src/app/dispatch/rate-limiter';
import { SLACK_LIMITS } from '../../../../src/channels/slack/slack-limits';
import { TEAMS_LIMITS, teamsLimits } from '../../../../src/channels/teams/teams-limits';

interface Sent {
  key: string;
  at: number;
  cost: number;
}

/** Sends each request at the earliest time the limiter allows, in order, as the dispatcher would. */
function sendGreedily(limiter: RateLimiter, requests: { key: string; cost?: number }[], start = 0): Sent[] {
  let now = start;
  return requests.map(({ key, cost = 1 }) => {
    now += limiter.delayFor(key, now, cost);
    limiter.record(key, now, cost);
    return { key, at: now, cost };
  });
}

function times(sent: Sent[]): number[] {
  return sent.map((s) => s.at);
}

function oneConversation(count: number, key = 'thread-1'): { key: string }[] {
  return Array.from({ length: count }, () => ({ key }));
}

/** Most requests in any window of `windowMs` ending at a request, optionally within one conversation. */
function busiestWindow(sent: Sent[], windowMs: number, key?: string): number {
  const relevant = sent.filter((s) => key === undefined || s.key === key);
  return Math.max(
    0,
    ...relevant.map((end) =>
      relevant.filter((s) => s.at > end.at - windowMs && s.at <= end.at).reduce((sum, s) => sum + s.cost, 0),
    ),
  );
}

function violates(policy: RateLimitPolicy, sent: Sent[]): boolean {
  if (policy.global.some((w) => busiestWindow(sent, w.windowMs) > w.limit)) return true;
  const keys = new Set(sent.map((s) => s.key));
  return [...keys].some((key) => policy.perConversation.some((w) => busiestWindow(sent, w.windowMs, key) > w.limit));
}

describe('RateLimiter', () => {
  describe('Teams per-conversation windows', () => {
    it('lets 7 sends go at once and holds the 8th until the first is 1000 ms old', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 7; i++) {
        expect(limiter.delayFor('thread-1', 0)).toBe(0);
        limiter.record('thread-1', 0);
      }
      expect(limiter.delayFor('thread-1', 0)).toBe(1_000);
      expect(limiter.delayFor('thread-1', 400)).toBe(600);
      expect(limiter.delayFor('thread-1', 1_000)).toBe(0);
    });

    it('holds the 9th send in 2 s back by the 8-per-2-s window', () => {
      const sent = sendGreedily(new RateLimiter(TEAMS_LIMITS), oneConversation(9));
      // 7 at 0 (7/1 s full), the 8th at 1000 (8/2 s now full), the 9th when the first 7 are 2 s old.
      expect(times(sent)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 2_000]);
    });

    it('holds the 61st send in 30 s back until the first is 30 s old', () => {
      const sent = sendGreedily(new RateLimiter(TEAMS_LIMITS), oneConversation(61));
      // 8 per 2 s: 7 at each even second and 1 at each odd one, so the 60th goes at 14 s.
      expect(sent[59]?.at).toBe(14_000);
      expect(sent[60]?.at).toBe(30_000);
    });

    it('counts a send spread over the last 30 s exactly at the window edge', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 60; i++) limiter.record('thread-1', i * 500);
      expect(limiter.delayFor('thread-1', 29_999)).toBe(1);
      expect(limiter.delayFor('thread-1', 30_000)).toBe(0);
    });

    it('applies the 1800-per-hour window after the short windows have cleared', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 1_800; i++) limiter.record('thread-1', i * 2_000);
      expect(limiter.delayFor('thread-1', 3_599_000)).toBe(1_000);
      expect(limiter.delayFor('thread-1', 3_600_000)).toBe(0);
    });

    it('keeps conversations apart', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 7; i++) limiter.record('thread-1', 0);
      expect(limiter.delayFor('thread-1', 0)).toBe(1_000);
      expect(limiter.delayFor('thread-2', 0)).toBe(0);
    });
  });

  describe('global limit', () => {
    it('spreads 1000 conversations at 30 per second over 33 s', () => {
      const requests = Array.from({ length: 1_000 }, (_, i) => ({ key: `conversation-${i}` }));
      const sent = sendGreedily(new RateLimiter(TEAMS_LIMITS), requests);
      // Not 1000 / 30 = 33.3 s: the first 30 go at once at t = 0, so the k-th batch of 30
      // goes at k s and the 1000th request (batch 34, 33 × 30 + 10) at exactly 33 s.
      expect(sent[999]?.at).toBe(33_000);
      expect(sent[999]?.at).toBeLessThan(34_000);
      expect(sent.filter((s) => s.at === 33_000)).toHaveLength(10);
      expect(busiestWindow(sent, 1_000)).toBe(30);
    });

    it('takes the global number from teamsLimits', () => {
      const sent = sendGreedily(
        new RateLimiter(teamsLimits(50)),
        Array.from({ length: 101 }, (_, i) => ({ key: `conversation-${i}` })),
      );
      expect(times(sent).slice(49, 52)).toEqual([0, 1_000, 1_000]);
      expect(sent[100]?.at).toBe(2_000);
    });

    it('applies Slack’s workspace-wide 300 per minute and 1 per second per channel', () => {
      const limiter = new RateLimiter(SLACK_LIMITS);
      const sent = sendGreedily(limiter, [
        ...Array.from({ length: 300 }, (_, i) => ({ key: `C${i}` })),
        { key: 'C-late' },
      ]);
      expect(sent[299]?.at).toBe(0);
      expect(sent[300]?.at).toBe(60_000);
      expect(limiter.delayFor('C0', 60_000)).toBe(0);
      limiter.record('C0', 60_000);
      expect(limiter.delayFor('C0', 60_000)).toBe(1_000);
    });
  });

  describe('cost', () => {
    it('counts creating a conversation and sending to it as 2 requests', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 6; i++) limiter.record('thread-1', 0);
      expect(limiter.delayFor('thread-1', 0, 1)).toBe(0);
      expect(limiter.delayFor('thread-1', 0, 2)).toBe(1_000);
    });

    it('records cost 2 against the global and the conversation windows', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 3; i++) limiter.record('thread-1', 0, 2);
      expect(limiter.delayFor('thread-1', 0)).toBe(0);
      limiter.record('thread-1', 0);
      expect(limiter.delayFor('thread-1', 0)).toBe(1_000);

      for (let i = 0; i < 11; i++) limiter.record(`new-${i}`, 0, 2);
      // 7 + 22 = 29 of 30 used: one more single request fits, a create + send does not.
      expect(limiter.delayFor('another', 0, 1)).toBe(0);
      expect(limiter.delayFor('another', 0, 2)).toBe(1_000);
    });

    it('lets a cost above a window’s limit go once the window is empty instead of never', () => {
      const limiter = new RateLimiter(SLACK_LIMITS);
      expect(limiter.delayFor('C1', 0, 2)).toBe(0);
      limiter.record('C1', 0, 2);
      expect(limiter.delayFor('C1', 0, 2)).toBe(1_000);
      expect(limiter.delayFor('C1', 1_000, 2)).toBe(0);
    });

    it('treats cost 0 as free and rejects negative or fractional costs', () => {
      const limiter = new RateLimiter(SLACK_LIMITS);
      limiter.record('C1', 0);
      expect(limiter.delayFor('C1', 0, 0)).toBe(0);
      expect(() => limiter.delayFor('C1', 0, -1)).toThrow(RangeError);
      expect(() => limiter.record('C1', 0, 1.5)).toThrow(RangeError);
    });
  });

  describe('pauseUntil', () => {
    it('holds back only the paused conversation', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      limiter.pauseUntil(5_000, 'thread-1');
      expect(limiter.delayFor('thread-1', 1_000)).toBe(4_000);
      expect(limiter.delayFor('thread-2', 1_000)).toBe(0);
      expect(limiter.delayFor('thread-1', 5_000)).toBe(0);
    });

    it('holds back every conversation when global', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      limiter.pauseUntil(5_000);
      expect(limiter.delayFor('thread-1', 1_000)).toBe(4_000);
      expect(limiter.delayFor('thread-2', 2_000)).toBe(3_000);
      expect(limiter.delayFor('thread-2', 6_000)).toBe(0);
    });

    it('never shortens a pause', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      limiter.pauseUntil(10_000, 'thread-1');
      limiter.pauseUntil(3_000, 'thread-1');
      limiter.pauseUntil(8_000);
      limiter.pauseUntil(2_000);
      expect(limiter.delayFor('thread-1', 0)).toBe(10_000);
      expect(limiter.delayFor('thread-2', 0)).toBe(8_000);
    });

    it('takes the later of a pause and the windows', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 7; i++) limiter.record('thread-1', 0);
      limiter.pauseUntil(500, 'thread-1');
      expect(limiter.delayFor('thread-1', 0)).toBe(1_000);
      limiter.pauseUntil(1_500, 'thread-1');
      expect(limiter.delayFor('thread-1', 0)).toBe(1_500);
    });
  });

  describe('memory', () => {
    it('forgets 10,000 conversations once they have been idle for an hour', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      for (let i = 0; i < 10_000; i++) limiter.record(`conversation-${i}`, i * 10);
      expect(limiter.size()).toBe(10_000);
      limiter.record('late', 100_000 + 3_600_000);
      expect(limiter.size()).toBe(1);
      expect(limiter.delayFor('conversation-0', 100_000 + 3_600_000)).toBe(0);
    });

    it('keeps a conversation while it is paused, however idle', () => {
      const limiter = new RateLimiter(SLACK_LIMITS);
      limiter.pauseUntil(10_000, 'C-paused');
      limiter.record('C1', 0);
      limiter.record('C2', 5_000);
      // C1 has left Slack's 1 s window and is forgotten; the paused one is kept.
      expect(limiter.size()).toBe(2);
      expect(limiter.delayFor('C-paused', 5_000)).toBe(5_000);
      limiter.record('C3', 12_000);
      expect(limiter.size()).toBe(1);
    });

    it('does not track a conversation that was only asked about', () => {
      const limiter = new RateLimiter(TEAMS_LIMITS);
      limiter.delayFor('thread-1', 0);
      expect(limiter.size()).toBe(0);
    });
  });

  it('schedules a mixed workload at the earliest times that break no window', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const policy = teamsLimits(10);
    const requests = Array.from({ length: 200 }, () => ({
      key: `thread-${Math.floor(random() * 4)}`,
      cost: random() < 0.2 ? 2 : 1,
    }));
    const sent = sendGreedily(new RateLimiter(policy), requests);
    expect(violates(policy, sent)).toBe(false);
    // At least 200 units at 10 per second: the global window really was in play.
    expect(sent[199]?.at).toBeGreaterThanOrEqual(19_000);
    // Each request is as early as it can be: one millisecond sooner (yet not before the
    // one ahead of it) would break some window.
    sent.forEach((request, i) => {
      const earlier = request.at - 1;
      if (i === 0 || earlier < (sent[i - 1]?.at ?? 0)) return;
      const moved = [...sent.slice(0, i), { ...request, at: earlier }];
      expect(violates(policy, moved)).toBe(true);
    });
  });

  it('rejects windows that could never let a request through', () => {
    expect(() => new RateLimiter({ global: [{ limit: 0, windowMs: 1_000 }], perConversation: [] })).toThrow(RangeError);
    expect(() => new RateLimiter({ global: [], perConversation: [{ limit: 1, windowMs: 0 }] })).toThrow(RangeError);
  });
});
