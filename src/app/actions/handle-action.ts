import { type DomainError, DomainFailure } from '../../domain/errors';
import { type Person, VOTE_CHOICES, type VoteChoice } from '../../domain/model';
import { describeError, messagesFor } from '../../i18n';
import type { CardView } from '../../views/card-view';
import { ACTION_IDS, type ActionId } from '../../views/message-view';
import { notice } from '../../views/notice';
import { publishAgenda } from '../agenda/publish-agenda';
import type { AppContext } from '../app-context';
import type { RequestRef } from '../idempotent';
import { answerAcceptance } from '../registry/owner-actions';
import { type FormScreen, openReportForm, submitReportForm } from '../reports/report-form';
import { castVote } from '../review/cast-vote';
import { voteCardFor } from '../review/vote-card';

export interface CardAction {
  /** The action id: a Teams `Action.Execute` verb or a Slack `action_id`; anything else is refused. */
  verb: string;
  /** The action's data merged with the card's inputs. */
  data: Record<string, unknown>;
  /** The platform and its id for this delivery (null: none given): a retried invoke is applied once. */
  idempotencyKey: RequestRef;
}

export interface CardActionContext {
  app: AppContext;
  person: Person | null;
  now: Date;
  defaultLocale: Person['locale'];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const isActionId = (verb: string): verb is ActionId => (ACTION_IDS as readonly string[]).includes(verb);

/**
 * Carries out a button press on a card and returns the card that replaces it:
 * the report form (with errors next to their fields), the receipt, the vote
 * card with the member's own vote and the live tally, or a notice.
 */
export function handleCardAction(action: CardAction, ctx: CardActionContext): { view: CardView; wake: boolean } {
  const { app, person, now } = ctx;
  if (!person) {
    return { view: notice(ctx.defaultLocale, messagesFor(ctx.defaultLocale).commands.unknownUser), wake: false };
  }
  const { locale } = person;
  const refusal = (error: DomainError) => ({ view: notice(locale, describeError(error, locale)), wake: false });
  const screen = (s: FormScreen | { kind: 'refused'; error: DomainError }, wake = false) =>
    s.kind === 'refused' ? refusal(s.error) : { view: s.view, wake };
  const roundId = str(action.data.roundId);
  const initiativeId = str(action.data.initiativeId);
  if (!isActionId(action.verb))
    return { view: notice(locale, messagesFor(locale).commands.unknownAction), wake: false };
  const vote = (error: string | null) => voteCardFor(app, person, { roundId, initiativeId, error });
  try {
    switch (action.verb) {
      case 'report.open':
      case 'report.edit':
        return screen(openReportForm(app, { roundId, initiativeId, edit: action.verb === 'report.edit' }, person, now));
      case 'report.save':
      case 'report.submit':
        return screen(
          submitReportForm(
            app,
            {
              roundId,
              initiativeId,
              baseVersion: Number(str(action.data.baseVersion) || '0'),
              values: action.data,
              submit: action.verb === 'report.submit',
              idempotencyKey: action.idempotencyKey,
            },
            person,
            now,
          ),
          true,
        );
      case 'initiative.accept':
      case 'initiative.decline': {
        const accept = action.verb === 'initiative.accept';
        const answer = answerAcceptance(app, { initiativeId, accept }, person, now);
        if (!answer.ok) return refusal(answer.error);
        const c = messagesFor(locale).commands;
        return {
          view: notice(locale, accept ? c.accepted(answer.initiative.title) : c.declined(answer.initiative.title)),
          wake: true,
        };
      }
      case 'review.open':
        return { view: vote(null), wake: false };
      case 'review.vote': {
        const choice = str(action.data.choice);
        const recused = str(action.data.recused) === 'true';
        if (!recused && !(VOTE_CHOICES as readonly string[]).includes(choice)) {
          return { view: vote(describeError({ code: 'REPORT.REQUIRED' }, locale)), wake: false };
        }
        const outcome = castVote(
          app,
          {
            roundId,
            initiativeId,
            choice: (recused && choice === '' ? 'agree' : choice) as VoteChoice,
            comment: str(action.data.comment),
            recused,
            idempotencyKey: action.idempotencyKey,
          },
          person,
          now,
        );
        const error = outcome.ok ? null : outcome.errors.map((e) => describeError(e, locale)).join(' ');
        return { view: vote(error), wake: outcome.ok };
      }
      case 'agenda.publish': {
        const published = publishAgenda(
          app,
          { roundId, revision: Number(str(action.data.revision) || '0') },
          { kind: 'person', person },
          now,
        );
        const a = messagesFor(locale).agendaCard;
        const text = published.channelBound ? a.published(published.caseNumber) : a.noChannel;
        return { view: notice(locale, text), wake: true };
      }
    }
  } catch (error) {
    if (error instanceof DomainFailure && error.errors[0]) return refusal(error.errors[0]);
    throw error;
  }
}
