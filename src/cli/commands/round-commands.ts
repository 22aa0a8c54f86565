import type { Command } from 'commander';
import { parseDateWord } from '../../app/commands/parse-command';
import { runCliCommand } from '../print-view';
import type { CliRuntime } from '../runtime';

/**
 * `round open|status|review|close|deadline`: the same commands as `runde …` in chat, run through
 * the shared command table and printed as the terminal shows views.
 */
export function registerRoundCommands(program: Command, rt: () => CliRuntime): void {
  const round = program.command('round').description('Open, follow and close reporting rounds');

  round
    .command('open')
    .description('Open the reporting round of a quarter, e.g. 2026-Q4 (refused if its deadline is too close)')
    .argument('<quarter>', 'YYYY-Qn')
    .option('--deadline <date>', 'a later deadline day than the derived one (DD.MM.YYYY or YYYY-MM-DD)')
    .option('--meeting <id>', 'the Skate meeting the round reports to (default: the first free one)')
    .action(async (quarter: string, options: { deadline?: string; meeting?: string }) => {
      const deadline = options.deadline ? (parseDateWord(options.deadline) ?? options.deadline) : null;
      await runCliCommand(rt(), {
        name: 'round-open',
        round: quarter.toUpperCase(),
        deadline,
        ...(options.meeting ? { skateMeetingId: options.meeting } : {}),
      });
    });

  round
    .command('status')
    .description('Show which reports are due in a round (default: the open round)')
    .argument('[quarter]', 'YYYY-Qn')
    .action(async (quarter: string | undefined) => {
      await runCliCommand(rt(), { name: 'status', round: quarter?.toUpperCase() ?? null });
    });

  round
    .command('deadline')
    .description("Move an open round's deadline to another business day; reminders are planned again")
    .argument('<quarter>', 'YYYY-Qn')
    .argument('<date>', 'DD.MM.YYYY or YYYY-MM-DD')
    .action(async (quarter: string, date: string) => {
      await runCliCommand(rt(), {
        name: 'round-deadline',
        round: quarter.toUpperCase(),
        deadline: parseDateWord(date) ?? date,
      });
    });

  round
    .command('review')
    .description('Stop ordinary reporting and start AU review (late reports are accepted until the lock time)')
    .argument('<quarter>', 'YYYY-Qn')
    .action(async (quarter: string) => {
      await runCliCommand(rt(), { name: 'round-review', round: quarter.toUpperCase() });
    });

  round
    .command('close')
    .description('Close a round whose consolidated agenda item has been compiled')
    .argument('<quarter>', 'YYYY-Qn')
    .action(async (quarter: string) => {
      await runCliCommand(rt(), { name: 'round-close', round: quarter.toUpperCase() });
    });
}
