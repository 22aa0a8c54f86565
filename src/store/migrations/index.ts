import { initial } from './001-initial';
import { delivery } from './002-delivery';
import { voteClosures } from './003-vote-closures';
import { compiledAgendas } from './004-compiled-agendas';
import { idempotencyPayloads } from './005-idempotency-payloads';
import { recommendationTyped } from './006-recommendation-typed';
import { identityLastSeen } from './007-identity-last-seen';
import { auOutcomeAndFinalTreatment } from './008-au-outcome-and-final-treatment';
import type { Migration } from './migration';

/** Every migration, in order. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  delivery,
  voteClosures,
  compiledAgendas,
  idempotencyPayloads,
  recommendationTyped,
  identityLastSeen,
  auOutcomeAndFinalTreatment,
];
