import { ROUND_STATES } from '../../../src/domain/model';
import {
  acceptsRecommendations,
  acceptsReports,
  acceptsVotes,
  canTransition,
  transitionRound,
} from '../../../src/domain/round-state';
import { aRound } from '../../helpers/builders';

const NOW = new Date('2026-11-20T08:00:00.000Z');

describe('round state machine', () => {
  it('allows exactly the forward path and the two documented steps back', () => {
    const allowed = ROUND_STATES.flatMap((from) =>
      ROUND_STATES.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual([
      'planned>open',
      'open>in-review',
      'in-review>open',
      'in-review>compiled',
      'compiled>in-review',
      'compiled>closed',
    ]);
  });

  it('stamps opening and closing times, and refuses illegal moves with a coded error', () => {
    const opened = transitionRound(aRound({ state: 'planned', openedAt: null }), 'open', NOW);
    expect(opened).toEqual({
      ok: true,
      value: expect.objectContaining({ state: 'open', openedAt: NOW.toISOString() }),
    });
    const closed = transitionRound(aRound({ state: 'compiled' }), 'closed', NOW);
    expect(closed.ok && closed.value.closedAt).toBe(NOW.toISOString());
    expect(transitionRound(aRound({ state: 'closed' }), 'open', NOW)).toEqual({
      ok: false,
      error: { code: 'ROUND.INVALID_TRANSITION', params: { round: '2026-Q4', from: 'closed', to: 'open' } },
    });
  });

  it('accepts reports while open and in review until the lock, and votes only in review', () => {
    expect(acceptsReports(aRound(), NOW)).toBeNull();
    expect(acceptsReports(aRound({ state: 'in-review' }), NOW)).toBeNull();
    expect(acceptsReports(aRound(), new Date('2026-12-02T11:00:00.000Z'))?.code).toBe('REPORT.ROUND_LOCKED');
    expect(acceptsReports(aRound({ state: 'planned' }), NOW)?.code).toBe('REPORT.ROUND_NOT_OPEN');
    expect(acceptsReports(aRound({ state: 'compiled' }), NOW)?.code).toBe('REPORT.ROUND_LOCKED');
    expect(acceptsVotes(aRound({ state: 'in-review' }))).toBe(true);
    expect(acceptsVotes(aRound())).toBe(false);
  });
});

describe('acceptsRecommendations', () => {
  it('refuses a change once the round is closed (and before it opens), allows it while it runs', () => {
    const round = (state: 'planned' | 'open' | 'in-review' | 'compiled' | 'closed') => aRound({ id: '2026-Q4', state });
    expect(acceptsRecommendations(round('closed'))).toEqual({
      code: 'RECOMMENDATION.ROUND_CLOSED',
      params: { round: '2026-Q4' },
    });
    expect(acceptsRecommendations(round('planned'))?.code).toBe('RECOMMENDATION.ROUND_CLOSED');
    for (const state of ['open', 'in-review', 'compiled'] as const)
      expect(acceptsRecommendations(round(state))).toBeNull();
  });
});
