/**
 * A newcomer's first hour, as the start banner, `hjelp` and the README lead them: on the demo
 * data, on several days of the year (just after a deadline, in the Christmas week, mid-quarter),
 * the secretariat checks, binds the channels and opens the round the bot itself proposes. Every
 * command must work, each gets one answer, the secretariat gets at most one message of its own a
 * day (the summary of what could not be delivered), and nothing the secretariat reads carries an
 * internal id or an address where a name is known.
 */

import { filterInOrder, flatMapInOrder } from '../../src/app/in-order';
import type { ConversationDriver, Seen, Speaker } from './driver';

const INGRID: Speaker = 'ingrid.haugland@example.no';

/** Internal ids and template leftovers that must never reach a person. */
const INTERNAL = /channel:|person:|round:\d|msteams:|slack:|aad-|\bundefined\b|\bnull\b|\$\{|\[object/;

/** Addresses of people the registry has a name for: those must be shown by name. */
async function namedAddresses(d: ConversationDriver, text: string): Promise<string[]> {
  const addresses = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
  return filterInOrder(addresses, async (a) =>
    Boolean((await d.read(async (repos) => await repos.people.get(a.toLowerCase())))?.name),
  );
}

function problems(d: ConversationDriver, seen: Seen[]): Promise<string[]> {
  return flatMapInOrder(seen, async (s) => {
    const text = [...s.texts, ...s.inputs.map((i) => i.label), ...s.buttons.map((b) => b.label)].join('\n');
    const found: string[] = [];
    const internal = INTERNAL.exec(text);
    if (internal) found.push(`internal id «${internal[0]}» in: ${text.slice(0, 200)}`);
    for (const a of await namedAddresses(d, text)) found.push(`address ${a} where a name is known`);
    return found;
  });
}

/** The days the walk starts on, in Oslo mornings. */
export const FIRST_HOUR_DAYS = [
  { name: 'just after the Q4 deadline, before its lock', at: '2026-12-02T08:30:00.000Z' },
  { name: 'in the Christmas week', at: '2026-12-28T09:00:00.000Z' },
  { name: 'mid-quarter in spring', at: '2027-04-20T08:00:00.000Z' },
  { name: 'four business days before a deadline', at: '2026-11-22T10:00:00.000Z' },
] as const;

export function describeFirstHour(platform: string, start: (at: Date) => Promise<ConversationDriver>): void {
  describe.each(FIRST_HOUR_DAYS)(`${platform}: the secretariat's first hour, $name`, ({ at }) => {
    let d: ConversationDriver;
    beforeAll(async () => {
      d = await start(new Date(at));
    });
    afterAll(() => d.stop());

    it('every suggested command works, answers once, and says nothing internal', async () => {
      const replies: Seen[][] = [];
      replies.push(await d.say(INGRID, 'hjelp'));
      replies.push(await d.say(INGRID, 'sjekk'));
      const status = await d.say(INGRID, 'status');
      replies.push(status);
      replies.push(await d.sayInChannel(INGRID, 'kanal au', 'au'));
      replies.push(await d.sayInChannel(INGRID, 'kanal skate', 'skate'));
      // The round to open is the one the bot proposes: never one whose deadline has passed.
      const proposed = /runde åpne (\d{4}-Q[1-4])/.exec(status.flatMap((s) => s.texts).join('\n'))?.[1];
      expect(proposed).toBeDefined();
      const opened = await d.say(INGRID, `runde åpne ${proposed}`);
      replies.push(opened);
      const round = await d.read(async (repos) => await repos.rounds.get(proposed ?? ''));
      expect(round?.state).toBe('open');
      expect(Date.parse(round?.deadline ?? '')).toBeGreaterThan(new Date(at).getTime());
      replies.push(await d.say(INGRID, 'status'));
      await d.deliver();

      for (const r of replies) expect(r).toHaveLength(1);
      // Still open: opening never jumps to review.
      expect(await d.read(async (repos) => (await repos.rounds.get(proposed ?? ''))?.state)).toBe('open');
      const own = d.sentTo(INGRID);
      expect(own.length).toBeLessThanOrEqual(1);
      expect(await problems(d, [...replies.flat(), ...own])).toEqual([]);
    });
  });
}
