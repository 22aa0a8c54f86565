import type { DomainError } from '../../domain/errors';
import { AU_REQUESTS, type AuRequest, VOTE_CHOICES, type VoteChoice } from '../../domain/model';
import { type FormValues, read } from '../../views/form';
import { NO_REQUEST } from '../../views/vote-view';

/** A vote as the member's form sent it, decoded; or the errors that stop it before the use case. */
export type DecodedVote =
  | {
      ok: true;
      choice: VoteChoice;
      comment: string;
      request: AuRequest | null;
      requestReason: string;
      recused: boolean;
    }
  | { ok: false; errors: DomainError[] };

/**
 * Decodes the vote form: the position is required unless the member declares themselves
 * disqualified (then it is not counted, so any position will do); a request the form never
 * offers is no request.
 */
export function decodeVote(values: FormValues): DecodedVote {
  const choice = read.choice(values, 'choice') ?? '';
  const recused = read.toggle(values, 'recused');
  const requested = read.choice(values, 'request') ?? NO_REQUEST;
  const request = (AU_REQUESTS as readonly string[]).includes(requested) ? (requested as AuRequest) : null;
  const known = (VOTE_CHOICES as readonly string[]).includes(choice);
  if (!recused && !known) return { ok: false, errors: [{ code: 'REPORT.REQUIRED', field: 'choice' }] };
  return {
    ok: true,
    choice: known ? (choice as VoteChoice) : 'agree',
    comment: read.text(values, 'comment'),
    request,
    requestReason: read.text(values, 'requestReason'),
    recused,
  };
}
