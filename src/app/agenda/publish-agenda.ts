import { DomainFailure } from '../../domain/errors';
import type { Quarter } from '../../domain/model';
import type { MessageView } from '../../views/message-view';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';

/**
 * Posts a compiled agenda item to the Skate meeting channel (after the
 * secretariat's preview): its summary card with the heat map and the links to
 * the documents. Publishing the same revision twice posts once.
 */
export function publishAgenda(
  app: AppContext,
  input: { roundId: Quarter; revision: number },
  actor: Actor,
  now: Date,
): { caseNumber: string; posted: boolean; channelBound: boolean } {
  requireAdministrator(actor);
  return app.uow.write({ actor: actorName(actor), now }, (repos) => {
    const agenda = repos.compiledAgendas.get(input.roundId, input.revision);
    if (!agenda) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    const posted = repos.outbox.enqueue(
      {
        dedupeKey: `round:${agenda.roundId}/agenda:r${agenda.revision}`,
        destination: { kind: 'channel', channel: 'skate' },
        view: JSON.parse(agenda.summary) as MessageView,
        notBefore: now.toISOString(),
      },
      now,
    );
    if (posted) repos.compiledAgendas.markPublished(agenda.roundId, agenda.revision, now);
    // Without Skate's channel the post waits in the outbox; the secretariat is told to bind it.
    return { caseNumber: agenda.caseNumber, posted, channelBound: repos.directory.channel('skate') !== null };
  });
}
