import type { WebClient } from '@slack/web-api';
import { type Command, parseCommand } from '../../../app/commands/parse-command';
import { runCommand } from '../../../app/commands/run-command';
import { messagesFor } from '../../../i18n';
import { agendaRenderers } from '../../../render';
import type { CardView } from '../../../views/card-view';
import { notice } from '../../../views/notice';
import type { SlackDeps, Turn } from '../slack-deps';
import { conversationReference, isDirectMessage, recogniseSlackUser, type SlackUser } from '../slack-identity';

/** A command typed in Slack: who, in which conversation, and what. */
export interface TypedCommand {
  user: SlackUser;
  /** The conversation it was typed in: what `kanal au` binds, and where the answer goes. */
  channel: string;
  text: string;
}

/** The answers to a typed command, and whether they are for everyone in the conversation. */
export interface CommandAnswer {
  replies: CardView[];
  /** `kanal au` tells the whole channel what it has become; everything else is for the asker only. */
  public: boolean;
}

/**
 * Runs a command typed in Slack (`/skate …`, a mention, a DM to the bot) as the same command
 * Teams runs, for the person behind the Slack user: the same words, the same answers.
 */
export async function runTypedCommand(
  deps: SlackDeps,
  client: WebClient,
  typed: TypedCommand,
  turn: Turn,
  command: Command = parseCommand(typed.text),
): Promise<CommandAnswer> {
  const dm = isDirectMessage(typed.channel) ? typed.channel : null;
  const person = await recogniseSlackUser(deps.app, client, { ...typed.user, dmChannel: dm }, deps.now());
  turn.person = person;
  if (!person) {
    const locale = deps.defaultLocale;
    return { replies: [notice(locale, messagesFor(locale).commands.unknownUser)], public: false };
  }
  const outcome = await runCommand(command, {
    app: deps.app,
    actor: { kind: 'person', person },
    locale: person.locale,
    now: deps.now(),
    messenger: deps.messenger,
    renderers: agendaRenderers,
    origin: { platform: 'slack', reference: conversationReference(typed.user.teamId, typed.channel) },
  });
  if (outcome.wake) deps.wake();
  return { replies: outcome.replies, public: command.name === 'bind-channel' && !outcome.failed };
}
