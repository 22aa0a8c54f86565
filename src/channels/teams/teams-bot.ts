import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  MessageFactory,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import type { AppContext } from '../../app/app-context';
import type { Messenger } from '../../app/ports';
import type { Person } from '../../domain/model';
import { messagesFor } from '../../i18n';
import type { Logger } from '../../logger';
import { agendaRenderers } from '../../render';
import type { MessageView } from '../../views/message-view';
import { handleCardAction } from '../card-actions';
import { handleCommand, notice, type Reply } from '../command-handler';
import { parseCommand } from '../commands';
import { cardAttachment, renderCard } from './cards/render-card';
import { channelReference, rememberPersonalConversation } from './conversation-store';
import { identify } from './identity';

export interface TeamsBotDeps {
  app: AppContext;
  messenger: Messenger;
  now: () => Date;
  log: Logger;
  /** Wake the dispatcher: a command enqueued messages. */
  wake: () => void;
  defaultLocale: Person['locale'];
}

/**
 * The Teams face of the bot: identifies the person, maps a message to a
 * command and a card action to a use case, and renders the result. Nothing
 * else: the rules live in the domain and the use cases.
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
        const person = await identify(context, deps.app, deps.now());
        rememberPersonalConversation(context, deps.app, deps.now());
        const locale = person?.locale ?? deps.defaultLocale;
        const c = messagesFor(locale).commands;
        await this.reply(context, [notice(locale, person ? c.welcome(person.name) : c.unknownUser)]);
      });
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      rememberPersonalConversation(context, deps.app, deps.now());
      await next();
    });
  }

  private async message(context: TurnContext): Promise<void> {
    const { app, now } = this.deps;
    const at = now();
    const person = await identify(context, app, at);
    rememberPersonalConversation(context, app, at);
    if (!person) {
      await this.reply(context, [
        notice(this.deps.defaultLocale, messagesFor(this.deps.defaultLocale).commands.unknownUser),
      ]);
      return;
    }
    const outcome = await handleCommand(parseCommand(context.activity.text ?? ''), {
      app,
      person,
      now: at,
      messenger: this.deps.messenger,
      renderers: agendaRenderers,
      platform: 'msteams',
      conversation: JSON.stringify(channelReference(context)),
      bindChannel: (name) =>
        app.uow.write({ actor: person.email, now: at }, (repos) =>
          repos.directory.bindChannel(name, 'msteams', JSON.stringify(channelReference(context)), person.email, at),
        ),
    });
    await this.reply(context, outcome.replies);
    if (outcome.wake) this.deps.wake();
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { app, now } = this.deps;
    const at = now();
    try {
      const person = await identify(context, app, at);
      const result = await handleCardAction(
        {
          verb: invokeValue.action?.verb ?? '',
          data: (invokeValue.action?.data ?? {}) as Record<string, unknown>,
          idempotencyKey: `msteams:${context.activity.id ?? ''}`,
        },
        { app, person, now: at, defaultLocale: this.deps.defaultLocale },
      );
      if (result.wake) this.deps.wake();
      return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: renderCard(result.view) };
    } catch (error) {
      this.deps.log.error({ err: error, verb: invokeValue.action?.verb }, 'card action failed');
      const locale = this.deps.defaultLocale;
      const view = notice(locale, messagesFor(locale).commands.error);
      return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: renderCard(view) };
    }
  }

  private async reply(context: TurnContext, replies: Reply[]): Promise<void> {
    for (const view of replies) {
      const activity = MessageFactory.attachment(cardAttachment(renderCard(view)));
      activity.summary = view.kind === 'table' ? view.title : (view as MessageView).summary;
      await context.sendActivity(activity);
    }
  }

  /** The one catch-all of the Teams channel: log it, answer kindly, never crash. */
  private async guard(context: TurnContext, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.log.error({ err: error, activity: context.activity.type }, 'Teams turn failed');
      const locale = this.deps.defaultLocale;
      await context.sendActivity(messagesFor(locale).commands.error).catch(() => undefined);
    }
  }
}
