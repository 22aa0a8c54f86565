import type { Person } from '../../domain/model';
import { messagesFor } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { MessageView } from '../../views/message-view';
import { notice } from '../../views/notice';
import { decidePoint, proposeAllPending } from '../agenda/decide-point';
import type { AppContext } from '../app-context';
import { confirmFinished, declineFinished } from '../final-treatment/request-final-treatment';

/** The card buttons of the samlesak and of final treatment (the secretariat's). */
export type AgendaActionId = 'agenda.point-propose' | 'agenda.point-withdraw' | 'final.confirm' | 'final.decline';

/**
 * Carries out one of the secretariat's buttons: a point AU did not adopt goes to Skate as the
 * secretariat's proposal or is withdrawn (the paper shows it once compiled again); an owner's
 * report that an initiative is finished is confirmed (Skate's members are asked for feedback)
 * or declined. Refusals are thrown as DomainFailure, as the other actions do.
 */
export async function handleAgendaAction(
  app: AppContext,
  verb: AgendaActionId,
  data: Readonly<Record<string, string>>,
  person: Person,
  now: Date,
): Promise<{ view: MessageView; wake: boolean }> {
  const c = messagesFor(person.locale).commands;
  const actor = { kind: 'person' as const, person };
  const initiativeId = data.initiativeId ?? '';
  switch (verb) {
    case 'agenda.point-propose':
    case 'agenda.point-withdraw': {
      if (verb === 'agenda.point-propose' && initiativeId === '') {
        const decided = await proposeAllPending(app, { roundId: data.roundId ?? null }, actor, now);
        return {
          view: notice(person.locale, `${c.pointsProposed(decided.join(', '))} ${c.compileAgain}`),
          wake: false,
        };
      }
      const disposition = verb === 'agenda.point-propose' ? 'secretariat-proposal' : 'withdrawn';
      await decidePoint(app, { roundId: data.roundId ?? null, initiativeId, disposition }, actor, now);
      const text = disposition === 'withdrawn' ? c.pointWithdrawn(initiativeId) : c.pointProposed(initiativeId);
      return { view: notice(person.locale, `${text} ${c.compileAgain}`), wake: false };
    }
    case 'final.confirm': {
      const done = await confirmFinished(app, { initiativeId, deadline: null }, actor, now);
      return {
        view: notice(
          person.locale,
          c.finalConfirmed(initiativeId, formatDate(done.deadline, person.locale), done.asked),
        ),
        wake: true,
      };
    }
    case 'final.decline':
      await declineFinished(app, { initiativeId }, actor, now);
      return { view: notice(person.locale, c.finalDeclined(initiativeId)), wake: true };
  }
}
