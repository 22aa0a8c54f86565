/**
 * What happened in AU on a recommendation, in one plain sentence in the
 * reader's language: the note under a proposed decision point, the line of a
 * withdrawn point, and the preview card's list of points awaiting the
 * secretariat. Only an adopted recommendation is worded as AU's.
 */
import type { PointVote } from '../domain/agenda/agenda-points';
import type { Locale } from '../domain/model';
import { messagesFor } from './index';

/** AU's outcome on a recommendation, as a sentence. */
export function outcomeSentence(vote: PointVote, locale: Locale): string {
  const o = messagesFor(locale).agenda.decision.outcome;
  switch (vote.outcome) {
    case 'adopted':
      return o.adopted(vote.agree, vote.disagree);
    case 'rejected':
      return o.rejected(vote.agree, vote.disagree);
    case 'not-quorate':
      return o.notQuorate(vote.counted, vote.needed);
    case 'not-voted':
      return o.notVoted;
  }
}
