import type { Quarter } from '../../domain/model';
import type { CompiledAgenda } from '../../domain/ports';
import type { Actor, AppContext } from '../app-context';
import { requireAdministrator } from '../authorise-admin';
import { pickRound } from '../rounds/pick-round';
import { agendaLinks } from './compile-agenda';
import type { AgendaFormat } from './signed-links';

/** A compiled agenda item and a signed link to one of its documents. */
export interface AgendaExport {
  agenda: CompiledAgenda;
  format: Exclude<AgendaFormat, 'png'>;
  url: string;
}

/**
 * The link to a compiled agenda item's document (`eksport [docx|html|md] [runde]`): the latest
 * revision of the round named, or of the latest round with a compiled paper.
 */
export async function exportAgenda(
  app: AppContext,
  input: { roundId: Quarter | null; format: Exclude<AgendaFormat, 'png'> },
  actor: Actor,
  now: Date,
): Promise<AgendaExport> {
  requireAdministrator(actor);
  const round = await pickRound(app, input.roundId, 'paper', now);
  const agenda = await app.uow.read(async (repos) => await repos.compiledAgendas.latest(round.id));
  if (!agenda) throw new Error(`round ${round.id} was picked for its paper but has none`);
  const links = agendaLinks(app, agenda.roundId, agenda.revision, now);
  return { agenda, format: input.format, url: links[input.format] };
}
