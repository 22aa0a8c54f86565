import { ReplayGuard } from '../../../../src/channels/slack/replay-guard';
import { replayKeyOf, submissionId } from '../../../../src/channels/slack/slack-request';

describe('ReplayGuard', () => {
  it('runs the first request with a key and gives replays its answer, even while it still runs', async () => {
    let now = 0;
    const guard = new ReplayGuard(() => now);
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 20));
      return { status: 200, body: { n: runs } };
    };
    const [a, b] = await Promise.all([guard.once('k', work), guard.once('k', work)]);
    expect(runs).toBe(1);
    expect(b).toBe(a);
    now += 5 * 60_000;
    expect(await guard.once('k', work)).toBe(a);
    now += 2 * 60_000;
    await guard.once('k', work);
    expect(runs).toBe(2);
  });

  it('lets a failed first attempt be tried again, and never dedupes what has no key', async () => {
    const guard = new ReplayGuard(() => 0);
    await expect(guard.once('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 0));
    expect(await guard.once('k', async () => ({ status: 200, body: 'ok' }))).toEqual({ status: 200, body: 'ok' });
    let runs = 0;
    const count = async () => {
      runs += 1;
      return { status: 200, body: runs };
    };
    await guard.once(null, count);
    await guard.once(null, count);
    expect(runs).toBe(2);
  });
});

describe('replayKeyOf', () => {
  const view = { id: 'V1', hash: 'h1', state: { values: { a: { a: { type: 'plain_text_input', value: 'x' } } } } };

  it('keys events by event_id, buttons by trigger, user and action, modals by id, hash and what they hold', () => {
    expect(replayKeyOf({ type: 'event_callback', event_id: 'Ev1' })).toBe('event:Ev1');
    expect(
      replayKeyOf({
        type: 'block_actions',
        trigger_id: 't1',
        user: { id: 'U1' },
        actions: [{ action_id: 'review.vote' }],
      }),
    ).toBe('action:t1:U1:review.vote');
    expect(replayKeyOf({ type: 'view_submission', view })).toBe(`view:view_submission:${submissionId(view)}`);
    expect(replayKeyOf({ type: 'url_verification' })).toBeNull();
  });

  it('tells a corrected resubmission (same view id and hash) from a replay', () => {
    const corrected = { ...view, state: { values: { a: { a: { type: 'plain_text_input', value: 'y' } } } } };
    expect(submissionId(corrected)).not.toBe(submissionId(view));
    expect(submissionId(structuredClone(view))).toBe(submissionId(view));
  });
});
