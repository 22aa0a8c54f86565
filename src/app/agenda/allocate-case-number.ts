import { formatCaseNumber, nextCaseSequence, parseCaseNumber } from '../../domain/case-number';
import { DomainFailure } from '../../domain/errors';
import type { AgendaItem, Quarter } from '../../domain/model';
import type { Repositories } from '../../domain/ports';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { pickRound } from '../rounds/pick-round';

/**
 * The case number of a round's agenda item: the one the secretariat set, else
 * the bot's proposal, made once in the year of its Skate meeting and kept
 * (recompiling never renumbers it). Skate numbers all its cases in one series,
 * so the proposal is the next after the highest number the bot knows that
 * year, never below the configured start of the series.
 */
export async function allocateCaseNumber(
  repos: Repositories,
  roundId: Quarter,
  meetingYear: number,
  start: number,
): Promise<AgendaItem> {
  const existing = await repos.agenda.get(roundId);
  if (existing) return existing;
  const seq = Math.max(start, nextCaseSequence(await repos.agenda.sequencesIn(meetingYear)));
  const item: AgendaItem = {
    roundId,
    year: meetingYear,
    seq,
    caseNumber: formatCaseNumber(seq, meetingYear),
    confirmed: false,
  };
  await repos.agenda.save(item);
  return item;
}

/**
 * The secretariat sets the case number of a round's agenda item (`saksnummer 24/2026`): the
 * number Skate's series gives it. A number already given to another round's paper is refused.
 */
export async function setCaseNumber(
  app: AppContext,
  input: { roundId: Quarter | null; caseNumber: string },
  actor: Actor,
  now: Date,
): Promise<AgendaItem> {
  requireAdministrator(actor);
  const parsed = parseCaseNumber(input.caseNumber);
  if (!parsed) throw DomainFailure.of('CASE.INVALID_NUMBER', { value: input.caseNumber });
  const round = await pickRound(app, input.roundId, 'compile', now);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const holder = await repos.agenda.findByNumber(parsed.year, parsed.seq);
    const caseNumber = formatCaseNumber(parsed.seq, parsed.year);
    if (holder && holder.roundId !== round.id)
      throw DomainFailure.of('CASE.NUMBER_TAKEN', { caseNumber, round: holder.roundId });
    const item: AgendaItem = { roundId: round.id, year: parsed.year, seq: parsed.seq, caseNumber, confirmed: true };
    await repos.agenda.save(item);
    return item;
  });
}
