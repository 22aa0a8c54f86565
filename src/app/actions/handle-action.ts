import type { CardActionName } from '../../domain/authorisation-matrix';
import { type DomainError, DomainFailure } from '../../domain/errors';
import type { Person } from '../../domain/model';
import { describeError, messagesFor } from '../../i18n';
import type { CardView } from '../../views/card-view';
import type { FormValues } from '../../views/form';
import { formInputs } from '../../views/form';
import { ACTION_IDS, type ActionId } from '../../views/message-view';
import { notice } from '../../views/notice';
import { publishAgenda } from '../agenda/publish-agenda';
import type { AppContext } from '../app-context';
import { gate, isAuthorisationError, type Requester, recordRefusal } from '../gate';
import type { RequestRef } from '../idempotent';
import { answerAcceptance } from '../registry/owner-actions';
import { type FormScreen, openReportForm, submitReportForm } from '../reports/report-form';
import { castVote } from '../review/cast-vote';
import { voteCardFor } from '../review/vote-card';
import { decodeVote } from '../review/vote-input';
import { checkButtonData, checkFormValues, cleanValues } from './action-input';
import { handleAgendaAction } from './agenda-actions';

export interface CardAction {
  /** The action id: a Teams `Action.Execute` verb or a Slack `action_id`; anything else is refused. */
  verb: string;
  /** What the button carries (which round, initiative, version): strings, as every platform sends them. */
  data: Readonly<Record<string, string>>;
  /** The form's answers, decoded by the channel into the neutral shape (see views/form.ts). */
  values: FormValues;
  /** The platform and its id for this delivery (null: none given): a retried invoke is applied once. */
  idempotencyKey: RequestRef;
  /** Inputs whose wire value had the wrong type for their kind (found by the channel's decoder): refused on the field. */
  invalid?: readonly string[];
}

export interface CardActionContext {
  app: AppContext;
  person: Person | null;
  now: Date;
  defaultLocale: Person['locale'];
  /** The platform user when `person` is null (`msteams:<id>`): the audit log names who was refused. */
  platformUser?: string | null;
}

/** Every action id is a row of the authorisation matrix: a button without one does not compile. */
const inMatrix = (verb: ActionId): CardActionName => verb;

/** The card that replaces the one pressed; `refused`: the action was not carried out (nothing was written). */
type Answer = { view: CardView; wake: boolean; refused?: boolean };

const isActionId = (verb: string): verb is ActionId => (ACTION_IDS as readonly string[]).includes(verb);

/**
 * Carries out a button press on a card and returns the card that replaces it:
 * the report form (with errors next to their fields), the receipt, the vote
 * card with the member's own vote and the live tally, or a notice.
 *
 * Before any use case runs, the action is checked at the door: the authorisation matrix decides
 * who may press it (a refusal is audited), its data and answers are checked against the action's
 * schema (action-input.ts), and its texts are cleaned of characters no document may hold.
 */
export async function handleCardAction(action: CardAction, ctx: CardActionContext): Promise<Answer> {
  const { app, person, now } = ctx;
  const locale = person?.locale ?? ctx.defaultLocale;
  const say = (text: string): Answer => ({ view: notice(locale, text), wake: false, refused: true });
  if (!isActionId(action.verb)) return say(messagesFor(locale).commands.unknownAction);
  const verb = inMatrix(action.verb);
  const stop = app.metrics?.cardActionTimer(verb);
  const done = (answer: Answer): Answer => {
    stop?.(answer.refused ? 'refused' : 'ok');
    return { ...answer, refused: answer.refused === true };
  };
  const requester: Requester = { person, platformUser: ctx.platformUser ?? null };
  const target = { initiativeId: action.data.initiativeId ?? null, roundId: action.data.roundId ?? null };
  const refused = await gate(app, requester, { kind: 'action', name: verb }, target, now);
  if (refused || !person) {
    const text = person ? describeError(refused ?? { code: 'AUTH.UNKNOWN_PERSON' }, locale) : null;
    return done(say(text ?? messagesFor(locale).commands.unknownUser));
  }
  const badData = checkButtonData(action.verb, action.data);
  if (badData) return done(say(describeError(badData, locale)));
  const values = cleanValues(action.values);
  const inputErrors = checkFormValues(action.verb, values, action.invalid);
  try {
    return done(await runCardAction({ ...action, verb: action.verb, values }, inputErrors, { ...ctx, person }));
  } catch (error) {
    stop?.('error');
    throw error;
  }
}

/** Whether an answer shows the submission refused: a notice, or the form with errors on it. */
function refusedScreen(view: CardView): boolean {
  if (view.kind !== 'report-form') return view.kind !== 'report-receipt';
  return view.formError !== null || formInputs(view.form).some((i) => i.error !== null);
}

/** The action itself, once it passed the door; `inputErrors` are what the schema found in the answers. */
async function runCardAction(
  action: CardAction & { verb: ActionId },
  inputErrors: DomainError[],
  ctx: CardActionContext & { person: Person },
): Promise<Answer> {
  const { app, person, now } = ctx;
  const { locale } = person;
  const refusal = async (error: DomainError): Promise<Answer> => {
    // The use cases check again behind the door; should one refuse, the audit log hears of it too.
    if (isAuthorisationError(error)) {
      const operation = { kind: 'action', name: action.verb } as const;
      await recordRefusal(app, { person }, operation, error, action.data.initiativeId ?? null, now);
    }
    return { view: notice(locale, describeError(error, locale)), wake: false, refused: true };
  };
  const screen = async (s: FormScreen | { kind: 'refused'; error: DomainError }, wake = false) =>
    s.kind === 'refused' ? await refusal(s.error) : { view: s.view, wake };
  const roundId = action.data.roundId ?? '';
  const initiativeId = action.data.initiativeId ?? '';
  const vote = async (error: string | null) => await voteCardFor(app, person, { roundId, initiativeId, error });
  const votedCard = async (errors: DomainError[]) => await voteCardFor(app, person, { roundId, initiativeId, errors });
  try {
    switch (action.verb) {
      case 'report.open':
      case 'report.edit':
        return await screen(
          await openReportForm(app, { roundId, initiativeId, edit: action.verb === 'report.edit' }, person, now),
        );
      case 'report.save':
      case 'report.submit': {
        const submitted = await screen(
          await submitReportForm(
            app,
            {
              roundId,
              initiativeId,
              baseVersion: Number(action.data.baseVersion ?? '0') || 0,
              values: action.values,
              inputErrors,
              submit: action.verb === 'report.submit',
              idempotencyKey: action.idempotencyKey,
            },
            person,
            now,
          ),
          true,
        );
        const kind = action.verb === 'report.submit' ? 'submit' : 'save';
        const refused = submitted.refused === true || refusedScreen(submitted.view);
        app.metrics?.submission(kind, refused ? 'refused' : 'accepted');
        return { ...submitted, refused };
      }
      case 'initiative.accept':
      case 'initiative.decline': {
        const accept = action.verb === 'initiative.accept';
        const answer = await answerAcceptance(app, { initiativeId, accept }, person, now);
        if (!answer.ok) return await refusal(answer.error);
        const c = messagesFor(locale).commands;
        return {
          view: notice(locale, accept ? c.accepted(answer.initiative.title) : c.declined(answer.initiative.title)),
          wake: true,
        };
      }
      case 'review.open':
        return { view: await vote(null), wake: false };
      case 'review.vote': {
        // Position and request are separate inputs; errors go next to the input they concern.
        if (inputErrors.length > 0) {
          app.metrics?.vote('refused');
          return { view: await votedCard(inputErrors), wake: false, refused: true };
        }
        const decoded = decodeVote(action.values);
        if (!decoded.ok) return { view: await votedCard(decoded.errors), wake: false, refused: true };
        const { ok: _ok, ...given } = decoded;
        const outcome = await castVote(
          app,
          { roundId, initiativeId, ...given, idempotencyKey: action.idempotencyKey },
          person,
          now,
        );
        app.metrics?.vote(outcome.ok ? 'accepted' : 'refused');
        return { view: await votedCard(outcome.ok ? [] : outcome.errors), wake: outcome.ok, refused: !outcome.ok };
      }
      case 'agenda.publish': {
        const published = await publishAgenda(
          app,
          { roundId, revision: Number(action.data.revision ?? '0') || 0 },
          { kind: 'person', person },
          now,
        );
        const a = messagesFor(locale).agendaCard;
        const text = published.channelBound ? a.published(published.caseNumber) : a.noChannel;
        return { view: notice(locale, text), wake: true };
      }
      case 'agenda.point-propose':
      case 'agenda.point-withdraw':
      case 'final.confirm':
      case 'final.decline':
        return await handleAgendaAction(app, action.verb, action.data, person, now);
    }
  } catch (error) {
    if (error instanceof DomainFailure && error.errors[0]) return await refusal(error.errors[0]);
    throw error;
  }
}
