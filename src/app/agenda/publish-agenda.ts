import { DomainFailure } from '../../domain/errors';
import type { Quarter } from '../../domain/model';
import type { MessageView } from '../../views/message-view';
import { type Actor, type AppContext, actorName } from '../app-context';
import { requireAdministrator } from '../authorise-admin';

/**
 * Posts a compiled agenda item to the Skate meeting channel (after the
 * secretariat's preview): its summary card with the heat map and the links to
 * the documents; and sends the same card to the strategy owner, who receives
 * the published paper (SPEC: read-only recipient). Publishing the same
 * revision twice posts once. A paper with a point AU did not adopt and the
 * secretariat has not decided on is refused: Skate must never get a point
 * whose origin nobody has settled.
 */
export async function publishAgenda(
  app: AppContext,
  input: { roundId: Quarter; revision: number },
  actor: Actor,
  now: Date,
): Promise<{ caseNumber: string; posted: boolean; channelBound: boolean; strategyOwners: number }> {
  requireAdministrator(actor);
  return await app.uow.write({ actor: actorName(actor), now }, async (repos) => {
    const agenda = await repos.compiledAgendas.get(input.roundId, input.revision);
    if (!agenda) throw DomainFailure.of('ROUND.NOT_FOUND', { round: input.roundId });
    if (agenda.undecidedPoints > 0) {
      // The summary names the initiatives whose points awaited a decision when it was compiled.
      const summary = JSON.parse(agenda.summary) as MessageView;
      const open = String(summary.data.undecided ?? '');
      throw DomainFailure.of('AGENDA.POINTS_UNDECIDED', { initiatives: open, count: agenda.undecidedPoints });
    }
    const view = JSON.parse(agenda.summary) as MessageView;
    const at = now.toISOString();
    const posted = await repos.outbox.enqueue(
      {
        dedupeKey: `round:${agenda.roundId}/agenda:r${agenda.revision}`,
        destination: { kind: 'channel', channel: 'skate' },
        view,
        notBefore: at,
      },
      now,
    );
    const owners = await repos.people.withRole('strategy-owner');
    for (const owner of owners) {
      await repos.outbox.enqueue(
        {
          dedupeKey: `round:${agenda.roundId}/agenda:r${agenda.revision}/to:${owner.email}`,
          destination: { kind: 'person', email: owner.email },
          view,
          notBefore: at,
        },
        now,
      );
    }
    if (posted) await repos.compiledAgendas.markPublished(agenda.roundId, agenda.revision, now);
    // Without Skate's channel the post waits in the outbox; the secretariat is told to bind it.
    return {
      caseNumber: agenda.caseNumber,
      posted,
      channelBound: (await repos.directory.channel('skate')) !== null,
      strategyOwners: owners.length,
    };
  });
}
