import { publishAgenda } from '../app/agenda/publish-agenda';
import type { AppContext } from '../app/app-context';
import { answerAcceptance } from '../app/registry/owner-actions';
import { type FormScreen, openReportForm, submitReportForm } from '../app/reports/report-form';
import { castVote } from '../app/review/cast-vote';
import { buildReviewItem, tallyFor } from '../app/review/review-item';
import { canVote } from '../domain/authorisation';
import { type DomainError, DomainFailure } from '../domain/errors';
import { type Person, VOTE_CHOICES, type VoteChoice } from '../domain/model';
import { needsRecusalQuestion } from '../domain/vote-tally';
import { describeError, messagesFor } from '../i18n';
import type { MessageView } from '../views/message-view';
import type { ReceiptView, ReportFormView } from '../views/report-form-view';
import { type VoteCardView, voteCardView } from '../views/vote-view';
import { notice } from './command-handler';

export type CardView = MessageView | ReportFormView | ReceiptView | VoteCardView;

export interface CardAction {
  /** The action id: a Teams `Action.Execute` verb or a Slack `action_id`. */
  verb: string;
  /** The action's data merged with the card's inputs. */
  data: Record<string, unknown>;
  /** The platform's id of this delivery: a retried invoke is applied once. */
  idempotencyKey: string;
}

export interface CardActionContext {
  app: AppContext;
  person: Person | null;
  now: Date;
  defaultLocale: Person['locale'];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

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
      case 'review.refresh':
        return { view: voteCard(app, person, roundId, initiativeId, null), wake: false };
      case 'review.vote': {
        const choice = str(action.data.choice);
        const recused = str(action.data.recused) === 'true';
        if (!recused && !(VOTE_CHOICES as readonly string[]).includes(choice)) {
          return {
            view: voteCard(app, person, roundId, initiativeId, describeError({ code: 'REPORT.REQUIRED' }, locale)),
            wake: false,
          };
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
        return { view: voteCard(app, person, roundId, initiativeId, error), wake: outcome.ok };
      }
      case 'agenda.publish': {
        const published = publishAgenda(
          app,
          { roundId, revision: Number(str(action.data.revision) || '0') },
          { kind: 'person', person },
          now,
        );
        const bound = app.uow.read((repos) => repos.directory.channel('skate')) !== null;
        const a = messagesFor(locale).agendaCard;
        return { view: notice(locale, bound ? a.published(published.caseNumber) : a.noChannel), wake: true };
      }
      default:
        return { view: notice(locale, messagesFor(locale).commands.error), wake: false };
    }
  } catch (error) {
    if (error instanceof DomainFailure && error.errors[0]) return refusal(error.errors[0]);
    throw error;
  }
}

/** The review post as this person sees it: AU members get their vote and the inputs, others the post. */
function voteCard(
  app: AppContext,
  person: Person,
  roundId: string,
  initiativeId: string,
  error: string | null,
): CardView {
  return app.uow.read((repos) => {
    const round = repos.rounds.get(roundId);
    const initiative = repos.initiatives.get(initiativeId);
    if (!round || !initiative) {
      return notice(
        person.locale,
        describeError({ code: 'INITIATIVE.NOT_FOUND', params: { initiative: initiativeId } }, person.locale),
      );
    }
    const item = buildReviewItem(repos, app.settings, round, initiative, person.locale);
    if (!canVote(person)) return item;
    const mine =
      repos.votes
        .listForRound(round.id)
        .filter((v) => v.initiativeId === initiative.id && v.voter === person.email)
        .at(-1) ?? null;
    const { closed } = tallyFor(repos, app.settings, round, initiative.id);
    return voteCardView(item, mine, needsRecusalQuestion(person, initiative), closed, error);
  });
}
