import { instantToOsloDate } from '../../domain/calendar';
import type { Initiative, IsoDate, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import type { VoteTally } from '../../domain/vote-tally';
import { briefingRequestView, briefingWithdrawnView } from '../../views/au-notice-views';
import { mapInOrder, present } from '../in-order';

/** The AU meeting a briefing asked for now is given at: the round's, or the next one planned from today. */
async function briefingMeeting(repos: Repositories, round: Round, now: Date): Promise<IsoDate | null> {
  const today = instantToOsloDate(now.toISOString());
  const own = round.auMeetingId ? await repos.meetings.get(round.auMeetingId) : null;
  if (own && own.date >= today) return own.date;
  const next = (await repos.meetings.list())
    .filter((m) => m.forum === 'au' && m.date >= today)
    .map((m) => m.date)
    .sort();
  return next[0] ?? null;
}

const key = (round: Round, initiative: Initiative) => `round:${round.id}/briefing:${initiative.id}`;

/**
 * Tells the initiative's contacts and the secretariat at once when a vote makes AU ask for an
 * oral briefing (seed 004, 5.4), with the AU meeting it is for; and, if a later vote means AU
 * no longer asks, tells the same people that. Every change is its own message (keyed by the
 * vote's time), so a request withdrawn and made again is announced again.
 */
export async function announceBriefingChange(
  repos: Repositories,
  round: Round,
  initiative: Initiative,
  before: VoteTally,
  after: VoteTally,
  now: Date,
): Promise<void> {
  const was = before.requests['oral-briefing'].asked;
  const is = after.requests['oral-briefing'].asked;
  if (was === is) return;
  const at = now.toISOString();
  const owners = present(await mapInOrder(initiative.contacts, async (email) => await repos.people.get(email)));
  const secretariat = await repos.people.withRole('secretariat');
  const notice = {
    roundId: round.id,
    initiative,
    request: after.requests['oral-briefing'],
    counted: after.counted,
    meetingDate: await briefingMeeting(repos, round, now),
  };
  for (const [people, audience] of [
    [owners, 'owner'],
    [secretariat, 'secretariat'],
  ] as const) {
    for (const person of people) {
      const view = is
        ? briefingRequestView(notice, audience, person.locale)
        : briefingWithdrawnView(round.id, initiative, person.locale);
      await repos.outbox.enqueue(
        {
          dedupeKey: `${key(round, initiative)}/${is ? 'asked' : 'withdrawn'}@${at}/to:${person.email}`,
          destination: { kind: 'person', email: person.email },
          view,
          notBefore: at,
        },
        now,
      );
    }
  }
}
