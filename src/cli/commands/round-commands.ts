import type { Command } from 'commander';
import { moveRound } from '../../app/rounds/move-round';
import { openRound } from '../../app/rounds/open-round';
import { roundStatus } from '../../app/rounds/round-status';
import { formatDate, formatInstant } from '../../i18n/format';
import type { CliRuntime } from '../runtime';

/** `round open|status|review|close`. */
export function registerRoundCommands(program: Command, rt: () => CliRuntime): void {
  const round = program.command('round').description('Open, follow and close reporting rounds');

  round
    .command('open')
    .description('Open the reporting round of a quarter, e.g. 2026-Q4')
    .argument('<quarter>', 'YYYY-Qn')
    .option('--meeting <id>', 'the Skate meeting the round reports to (default: the first free one)')
    .action((quarter: string, options: { meeting?: string }) => {
      const { app, out, actor, now } = rt();
      const input = options.meeting ? { quarter, skateMeetingId: options.meeting } : { quarter };
      const opened = openRound(app, input, actor, now());
      out.line(
        out.t.cli.roundOpened({
          round: opened.round.id,
          deadline: formatInstant(opened.round.deadline, out.locale),
          lockAt: formatInstant(opened.round.lockAt, out.locale),
          au: formatDate(opened.auMeetingDate, out.locale),
          skate: formatDate(opened.skateMeeting.date, out.locale),
          count: opened.initiatives.length,
        }),
      );
    });

  round
    .command('status')
    .description('Show which reports are due in a round (default: the active round)')
    .argument('[quarter]', 'YYYY-Qn')
    .action((quarter: string | undefined) => {
      const { app, out, now } = rt();
      const { t } = out;
      const status = roundStatus(app, quarter, now());
      if (!status) {
        out.line(t.cli.noActiveRound);
        return;
      }
      out.line(
        t.cli.roundSummary({
          round: status.round.id,
          state: t.roundStates[status.round.state],
          deadline: formatInstant(status.round.deadline, out.locale),
          lockAt: formatInstant(status.round.lockAt, out.locale),
        }),
      );
      out.line(t.cli.roundCounts(status.counts));
      const c = t.cli.columns;
      out.table(
        [c.id, c.title, c.reporters, c.status, c.submittedAt],
        status.due.map((d) => [
          d.initiative.id,
          d.initiative.title,
          d.reporters.join('\n'),
          t.reportStates[d.state],
          d.report?.submittedAt ? formatInstant(d.report.submittedAt, out.locale) : t.none,
        ]),
      );
    });

  round
    .command('review')
    .description('Stop ordinary reporting and start AU review (late reports are accepted until the lock time)')
    .argument('<quarter>', 'YYYY-Qn')
    .action((quarter: string) => {
      const { app, out, actor, now } = rt();
      const moved = moveRound(app, quarter, 'in-review', actor, now());
      out.line(out.t.cli.roundMoved(moved.id, out.t.roundStates[moved.state]));
    });

  round
    .command('close')
    .description('Close a round whose consolidated agenda item has been compiled')
    .argument('<quarter>', 'YYYY-Qn')
    .action((quarter: string) => {
      const { app, out, actor, now } = rt();
      const moved = moveRound(app, quarter, 'closed', actor, now());
      out.line(out.t.cli.roundMoved(moved.id, out.t.roundStates[moved.state]));
    });
}
