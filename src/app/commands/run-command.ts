import type { CommandName, Operation } from '../../domain/authorisation-matrix';
import { type DomainError, DomainFailure } from '../../domain/errors';
import type { Person } from '../../domain/model';
import { describeError, type Messages, messagesFor } from '../../i18n';
import type { CardView } from '../../views/card-view';
import { notice } from '../../views/notice';
import { gate, isAuthorisationError, recordRefusal } from '../gate';
import { checkCommand } from './command-input';
import { COMMAND_TABLE, type CommandContext, type CommandOutcome } from './command-table';
import type { Command } from './parse-command';

export type { CommandContext, CommandOutcome } from './command-table';

/** Every command is a row of the authorisation matrix: a command without one does not compile. */
function operationOf(command: Command): Operation {
  const name: CommandName = command.name;
  return { kind: 'command', name };
}

/** What a command names, for the gate (an initiative-scoped audience) and the audit log. */
function targetOf(command: Command): { initiativeId: string | null; roundId: string | null } {
  const initiativeId =
    'initiativeId' in command && typeof command.initiativeId === 'string' ? command.initiativeId : null;
  const roundId = 'round' in command && typeof command.round === 'string' ? command.round : null;
  return { initiativeId, roundId };
}

/** A refusal by the authorisation matrix: already in the audit log. */
class Refused extends DomainFailure {}

/**
 * Carries out a chat or CLI command and says what happened, in the reader's language.
 * Expected failures (not allowed, bad input, wrong state) become a localised answer;
 * anything else propagates to the channel's one error boundary.
 */
export async function runCommand(command: Command, ctx: CommandContext): Promise<CommandOutcome> {
  const stop = ctx.app.metrics?.commandTimer(command.name);
  try {
    const outcome = await runCommandOrThrow(command, ctx);
    stop?.(outcome.failed ? 'refused' : 'ok');
    return outcome;
  } catch (error) {
    if (error instanceof DomainFailure) {
      stop?.('refused');
      // The use cases check again behind the door; should one refuse, the audit log hears of it too.
      const auth = error.errors.find(isAuthorisationError);
      if (auth && !(error instanceof Refused) && ctx.actor.kind === 'person') {
        const { initiativeId, roundId } = targetOf(command);
        await recordRefusal(
          ctx.app,
          { person: ctx.actor.person },
          operationOf(command),
          auth,
          initiativeId ?? roundId,
          ctx.now,
        );
      }
      const replies = error.errors.map((e) => notice(ctx.locale, describeError(e, ctx.locale)));
      return { replies, wake: false, failed: true };
    }
    stop?.('error');
    throw error;
  }
}

/**
 * A chat command from a platform user who may not be registered: an unknown user is refused (and
 * audited) like any other refusal; a registered one runs the command as themselves.
 */
export async function runChatCommand(
  command: Command,
  ctx: Omit<CommandContext, 'actor' | 'locale'> & {
    person: Person | null;
    platformUser: string;
    defaultLocale: Person['locale'];
  },
): Promise<CommandOutcome> {
  const { person, platformUser, defaultLocale, ...rest } = ctx;
  if (person) return runCommand(command, { ...rest, actor: { kind: 'person', person }, locale: person.locale });
  await gate(ctx.app, { person: null, platformUser }, operationOf(command), targetOf(command), ctx.now);
  return {
    replies: [notice(defaultLocale, messagesFor(defaultLocale).commands.unknownUser)],
    wake: false,
    failed: true,
  };
}

/**
 * Carries out a command; expected failures are thrown as DomainFailure (the CLI prints them as errors).
 * At the door: the command's schema (command-input.ts), then, for a person, the authorisation matrix.
 */
export async function runCommandOrThrow(command: Command, ctx: CommandContext): Promise<CommandOutcome> {
  const checked = checkCommand(command);
  if (!checked.ok) throw new DomainFailure([checked.error]);
  const run = checked.command;
  if (ctx.actor.kind === 'person') {
    const refusal: DomainError | null = await gate(
      ctx.app,
      { person: ctx.actor.person },
      operationOf(run),
      targetOf(run),
      ctx.now,
    );
    if (refusal) throw new Refused([refusal]);
  }
  // The table is keyed by command name, so the entry fits the command; TypeScript cannot see that.
  const entry = COMMAND_TABLE[run.name] as { run(c: Command, x: CommandContext): Promise<CommandOutcome> };
  return entry.run(run, ctx);
}

/**
 * The answer of a channel's error boundary: something unexpected went wrong. It says what to
 * do next; the secretariat is not told to contact itself.
 */
export function unexpectedErrorView(locale: Parameters<typeof messagesFor>[0], isSecretariat: boolean): CardView {
  const c: Messages['commands'] = messagesFor(locale).commands;
  return notice(locale, isSecretariat ? c.errorForSecretariat : c.error);
}
