import { addDays, isQuarter, quarterStart } from '../../domain/calendar';
import type { Meeting, Quarter } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { findInOrder } from '../in-order';

/** How far before its Skate meeting an AU meeting may lie and still prepare it. */
const AU_WINDOW_DAYS = 21;

/**
 * The Skate meeting a new round for `quarter` reports to: the first Skate
 * meeting on or after the quarter's start that no other round uses.
 */
export async function findSkateMeetingFor(repos: Repositories, quarter: Quarter): Promise<Meeting | null> {
  if (!isQuarter(quarter)) return null;
  const start = quarterStart(quarter);
  const candidates = (await repos.meetings.list()).filter((m) => m.forum === 'skate' && m.date >= start);
  return (await findInOrder(candidates, async (m) => (await repos.rounds.findBySkateMeeting(m.id)) === null)) ?? null;
}

/** The AU meeting that prepares a Skate meeting: the last one in the three weeks before it. */
export async function findAuMeetingBefore(repos: Repositories, skateMeeting: Meeting): Promise<Meeting | null> {
  const earliest = addDays(skateMeeting.date, -AU_WINDOW_DAYS);
  const candidates = (await repos.meetings.list()).filter(
    (m) => m.forum === 'au' && m.date >= earliest && m.date < skateMeeting.date,
  );
  return candidates.at(-1) ?? null;
}
