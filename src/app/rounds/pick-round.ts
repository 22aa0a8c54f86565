import { quarterOfInstant } from '../../domain/calendar';
import { DomainFailure } from '../../domain/errors';
import type { Quarter, Round } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import type { AppContext } from '../app-context';
import { filterInOrder } from '../in-order';
import { suggestOpening } from './open-round';

/**
 * What a command needs the round for: the active one to work in (`status`, `sjekk`), the one to
 * compile (in review or compiled), or the one whose compiled paper to use (`eksport`).
 */
export type RoundPurpose = 'active' | 'compile' | 'paper';

/**
 * The round a command means when none is named (see `obviousRound`). When there is none it fails with the rounds that
 * exist and the quarter that can be opened today, so the answer always says what to do next.
 */
export async function pickRound(
  app: AppContext,
  requested: Quarter | null | undefined,
  purpose: RoundPurpose,
  now: Date,
): Promise<Round> {
  const picked = await app.uow.read(async (repos) => {
    if (requested) {
      const round = await repos.rounds.get(requested);
      if (!round) throw DomainFailure.of('ROUND.NOT_FOUND', { round: requested });
      return round;
    }
    return await obviousRound(repos, purpose);
  });
  if (picked) return picked;
  const existing = await app.uow.read(async (repos) => (await repos.rounds.list()).map((r) => r.id));
  const suggestion = (await suggestOpening(app, now, quarterOfInstant(now)))?.quarter ?? '';
  throw DomainFailure.of('ROUND.NONE', { rounds: existing.join(', '), suggestion });
}

/** The round a purpose means when none is named; null when there is none. */
export async function obviousRound(repos: Repositories, purpose: RoundPurpose): Promise<Round | null> {
  const rounds = await repos.rounds.list();
  switch (purpose) {
    case 'active':
      return (await repos.rounds.listActive()).at(-1) ?? null;
    case 'compile':
      return rounds.filter((r) => r.state === 'in-review' || r.state === 'compiled').at(-1) ?? null;
    case 'paper':
      return (
        (await filterInOrder(rounds, async (r) => (await repos.compiledAgendas.latest(r.id)) !== null)).at(-1) ?? null
      );
  }
}
