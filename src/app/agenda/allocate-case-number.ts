import { formatCaseNumber, nextCaseSequence } from '../../domain/case-number';
import type { AgendaItem, Quarter } from '../../domain/model';
import type { Repositories } from '../../domain/ports';

/**
 * The case number of a round's agenda item: allocated once, in the year of its
 * Skate meeting, and kept thereafter (recompiling never renumbers it).
 */
export function allocateCaseNumber(repos: Repositories, roundId: Quarter, meetingYear: number): AgendaItem {
  const existing = repos.agenda.get(roundId);
  if (existing) return existing;
  const seq = nextCaseSequence(repos.agenda.sequencesIn(meetingYear));
  const item: AgendaItem = { roundId, year: meetingYear, seq, caseNumber: formatCaseNumber(seq, meetingYear) };
  repos.agenda.save(item);
  return item;
}
