import type { Command } from '../app/commands/parse-command';
import { runCommandOrThrow } from '../app/commands/run-command';
import { agendaRenderers } from '../render';
import type { CardView } from '../views/card-view';
import { viewAsText } from '../views/message-view';
import type { Output } from './output';
import type { CliRuntime } from './runtime';

/** Prints a view as the terminal shows it: tables as tables, messages as their text. */
export function printView(out: Output, view: CardView): void {
  switch (view.kind) {
    case 'table':
      out.line(view.title);
      for (const line of view.lines) out.line(line);
      out.table(view.columns, view.rows);
      return;
    case 'report-form':
    case 'report-receipt':
    case 'review-vote':
      out.line(view.kind === 'review-vote' ? viewAsText(view.item) : view.title);
      return;
    default:
      out.line(viewAsText(view).trim());
  }
}

/**
 * Runs a chat command from the command line as the operator and prints its answer: the CLI
 * and chat share the command table, so both say the same. A refusal is thrown, so the CLI
 * prints it as its other errors (on stderr, exit code 1).
 */
export async function runCliCommand(rt: CliRuntime, command: Command): Promise<void> {
  const { app, out, actor, messenger, now } = rt;
  const outcome = await runCommandOrThrow(command, {
    app,
    actor,
    locale: out.locale,
    now: now(),
    messenger,
    renderers: agendaRenderers,
    origin: null,
  });
  for (const view of outcome.replies) printView(out, view);
}
