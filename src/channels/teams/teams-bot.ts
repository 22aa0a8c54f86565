import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import { handleCardAction } from '../../app/actions/handle-action';
import type { AppContext } from '../../app/app-context';
import { parseCommand } from '../../app/commands/parse-command';
import { runChatCommand, unexpectedErrorView } from '../../app/commands/run-command';
import {
  type PlatformContact,
  recognisePerson,
  rememberPersonalConversation,
} from '../../app/identity/recognise-person';
import type { Messenger } from '../../app/ports';
import { canAdminister } from '../../domain/authorisation';
import type { Person } from '../../domain/model';
import { messagesFor } from '../../i18n';
import type { Logger } from '../../logger';
import { agendaRenderers } from '../../render';
import { type CardView, viewSummary } from '../../views/card-view';
import { notice } from '../../views/notice';
import { decodeInvoke } from './cards/decode-invoke';
import { cardAttachment, renderCard } from './cards/render-card';
import { channelReference, referenceOf } from './conversation-reference';
import { turnLog } from './turn-log';

export interface TeamsBotDeps {
  app: AppContext;
  messenger: Messenger;
  now: () => Date;
  log: Logger;
  /** Wake the dispatcher: a command enqueued messages. */
  wake: () => void;
  defaultLocale: Person['locale'];
}

/** The Teams user id we key identities and conversations by: the AAD object id, else the channel id. */
export function teamsUserId(context: TurnContext): string {
  return context.activity.from.aadObjectId ?? context.activity.from.id;
}

/** A Teams message's text without the bot's @mention (`<at>Skate-boten</at>`), which Teams adds in channels. */
export function withoutMention(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ');
}

/**
 * The Teams face of the bot: it translates and nothing else. An activity becomes a
 * platform contact, a command or a card action, handed to the app's use cases; the
 * views they return are rendered as Adaptive Cards. One error boundary answers in the
 * person's language.
 */
export class SkateTeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.guard(context, () => this.message(context));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.guard(context, async () => {
        const person = await this.recognise(context);
        const locale = person?.locale ?? deps.defaultLocale;
        const c = messagesFor(locale).commands;
        await this.reply(context, [notice(locale, person ? c.welcome(person.name) : c.unknownUser)]);
      });
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await this.guard(
        context,
        async () => await rememberPersonalConversation(deps.app, contactOf(context), deps.now()),
      );
      await next();
    });
  }

  /** The registered person behind the activity, linked by the member lookup's email at first contact. */
  private recognise(context: TurnContext): Promise<Person | null> {
    return recognisePerson(this.deps.app, contactOf(context), () => memberEmail(context), this.deps.now());
  }

  private async message(context: TurnContext): Promise<void> {
    const { app, now } = this.deps;
    const person = await this.recognise(context);
    if (person) context.turnState.set(PERSON, person);
    const command = parseCommand(withoutMention(context.activity.text ?? ''));
    if (command.name === 'compile' && person?.roles.includes('secretariat')) {
      // Rendering a large paper takes seconds: say at once that it is under way; the preview follows.
      await context.sendActivity(MessageFactory.text(messagesFor(person.locale).commands.compiling));
    }
    // An unknown user is refused (and audited) by the app like any other refusal.
    const outcome = await runChatCommand(command, {
      app,
      person,
      platformUser: `msteams:${teamsUserId(context)}`,
      defaultLocale: this.deps.defaultLocale,
      now: now(),
      messenger: this.deps.messenger,
      renderers: agendaRenderers,
      origin: { platform: 'msteams', reference: JSON.stringify(channelReference(context)) },
    });
    await this.reply(context, outcome.replies);
    if (outcome.wake) this.deps.wake();
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { app, now } = this.deps;
    let view: CardView;
    try {
      const person = await this.recognise(context);
      if (person) context.turnState.set(PERSON, person);
      // The route checked the invoke's shape; a verb of another type is no verb.
      const given: unknown = invokeValue.action?.verb;
      const verb = typeof given === 'string' ? given : '';
      const result = await handleCardAction(
        {
          verb,
          ...decodeInvoke(verb, invokeValue.action?.data),
          idempotencyKey: { platform: 'msteams', id: context.activity.id || null },
        },
        {
          app,
          person,
          now: now(),
          defaultLocale: this.deps.defaultLocale,
          platformUser: `msteams:${teamsUserId(context)}`,
        },
      );
      if (result.wake) this.deps.wake();
      view = result.view;
    } catch (error) {
      turnLog(context, this.deps.log).error({ err: error, verb: invokeValue.action?.verb }, 'card action failed');
      view = this.errorView(context);
    }
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: renderCard(view) };
  }

  private async reply(context: TurnContext, replies: CardView[]): Promise<void> {
    for (const view of replies) {
      const activity = MessageFactory.attachment(cardAttachment(renderCard(view)));
      activity.summary = viewSummary(view);
      await context.sendActivity(activity);
    }
  }

  /** The error answer, in the person's language when the turn got as far as knowing them. */
  private errorView(context: TurnContext): CardView {
    const person = context.turnState.get(PERSON) as Person | undefined;
    return unexpectedErrorView(person?.locale ?? this.deps.defaultLocale, person ? canAdminister(person) : false);
  }

  /** The one error boundary of the Teams channel: log it, answer kindly, never crash. */
  private async guard(context: TurnContext, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      turnLog(context, this.deps.log).error({ err: error, activity: context.activity.type }, 'Teams turn failed');
      await this.reply(context, [this.errorView(context)]).catch(() => undefined);
    }
  }
}

/** Where the recognised person is kept for the turn, so the error boundary can answer in their language. */
const PERSON = Symbol('skate.person');

/** The activity's sender as the app sees them, with their personal chat's reference when it came from one. */
function contactOf(context: TurnContext): PlatformContact {
  const personal = context.activity.conversation.conversationType === 'personal';
  return {
    platform: 'msteams',
    userId: teamsUserId(context),
    personalConversation: personal ? JSON.stringify({ ...referenceOf(context), activityId: undefined }) : null,
  };
}

/**
 * The sender's email from Teams' member lookup (by the authenticated user id). Null when the
 * lookup fails (some group chats cannot list members): never taken from a display name.
 */
async function memberEmail(context: TurnContext): Promise<string | null> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.email ?? member.userPrincipalName ?? null;
  } catch {
    return null;
  }
}
