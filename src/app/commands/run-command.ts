import { DomainFailure } from '../../domain/errors';
import { describeError, type Messages, messagesFor } from '../../i18n';
import type { CardView } from '../../views/card-view';
import { notice } from '../../views/notice';
import { COMMAND_TABLE, type CommandContext, type CommandOutcome } from './command-table';
import type { Command } from './parse-command';

export type { CommandContext, CommandOutcome } from './command-table';

/**
 * Carries out a chat or CLI command and says what happened, in the reader's language.
 * Expected failures (not allowed, bad input, wrong state) become a localised answer;
 * anything else propagates to the channel's one error boundary.
 */
export async function runCommand(command: Command, ctx: CommandContext): Promise<CommandOutcome> {
  try {
    return await runCommandOrThrow(command, ctx);
  } catch (error) {
    if (error instanceof DomainFailure) {
      const replies = error.errors.map((e) => notice(ctx.locale, describeError(e, ctx.locale)));
      return { replies, wake: false, failed: true };
    }
    throw error;
  }
}

/** Carries out a command; expected failures are thrown as DomainFailure (the CLI prints them as errors). */
export async function runCommandOrThrow(command: Command, ctx: CommandContext): Promise<CommandOutcome> {
  // The table is keyed by command name, so the entry fits the command; TypeScript cannot see that.
  const entry = COMMAND_TABLE[command.name] as { run(c: Command, x: CommandContext): Promise<CommandOutcome> };
  return entry.run(command, ctx);
}

/**
 * The answer of a channel's error boundary: something unexpected went wrong. It says what to
 * do next; the secretariat is not told to contact itself.
 */
export function unexpectedErrorView(locale: Parameters<typeof messagesFor>[0], isSecretariat: boolean): CardView {
  const c: Messages['commands'] = messagesFor(locale).commands;
  return notice(locale, isSecretariat ? c.errorForSecretariat : c.error);
}
