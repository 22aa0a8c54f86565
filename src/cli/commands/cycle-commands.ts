import type { Command } from 'commander';
import { CycleEngine } from '../../app/cycle/engine';
import type { DispatchClock } from '../../app/dispatch/dispatcher';
import { formatInstant } from '../../i18n/format';
import type { MessageView } from '../../views/message-view';
import { runCliCommand } from '../print-view';
import type { CliRuntime } from '../runtime';
import { printPlan } from './cycle-plan';

/** `outbox`, `tick`, `preflight`: watch and drive the cycle from the command line. */
export function registerCycleCommands(program: Command, rt: () => CliRuntime): void {
  program
    .command('outbox')
    .description('Show the messages the cycle has decided to send, and their state')
    .option('--limit <n>', 'at most this many, newest last', '50')
    .action(async (options: { limit: string }) => {
      const { app, out } = rt();
      const { t } = out;
      const c = t.cli.columns;
      const { counts, messages } = await app.uow.read(async (repos) => ({
        counts: await repos.outbox.countByState(),
        messages: await repos.outbox.list(),
      }));
      out.line(t.cli.outboxCounts(counts));
      out.table(
        [c.when, c.state, c.kind, c.to, c.title, c.attempts, c.error],
        messages.slice(-Number(options.limit)).map((m) => {
          const view = m.view as MessageView;
          const to = m.destination.kind === 'person' ? m.destination.email : m.conversationKey;
          return [
            formatInstant(m.sentAt ?? m.notBefore, out.locale),
            t.cli.outboxStates[m.state],
            view.kind,
            to,
            view.title,
            m.attempts,
            m.error ?? '',
          ];
        }),
      );
    });

  program
    .command('deliveries')
    .description('Show what the local transport delivered, as text')
    .option('--limit <n>', 'at most this many, newest last', '20')
    .action(async (options: { limit: string }) => {
      const { app, out } = rt();
      for (const d of await app.uow.read(async (repos) => await repos.localDeliveries.list(Number(options.limit)))) {
        out.line(`── ${formatInstant(d.at, out.locale)} → ${d.destination}`);
        out.line(d.text);
        out.line('');
      }
    });

  program
    .command('tick')
    .description('Run what is due now and deliver it through the local transport (local mode)')
    .option('--dry-run', 'only show what the due jobs would do; writes and sends nothing, in any mode')
    .action(async (options: { dryRun?: boolean }) => {
      const { app, out, messenger, local, now } = rt();
      if (options.dryRun) {
        await printPlan(out, app, now());
        return;
      }
      if (!local) {
        out.line(out.t.cli.notLocal);
        return;
      }
      const clock: DispatchClock = { now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
      const summary = await new CycleEngine(app, messenger, clock, { owner: `cli-${process.pid}` }).runDueWork();
      out.line(out.t.cli.ticked({ ...summary.jobs, ...summary.delivery }));
    });

  program
    .command('preflight')
    .description('Check that everyone the open (or next) round asks can be reached; the same as «sjekk» in chat')
    .action(async () => {
      await runCliCommand(rt(), { name: 'preflight' });
    });
}
