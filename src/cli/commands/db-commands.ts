import type { Command } from 'commander';
import { formatNumber } from '../../i18n/format';
import { type CopyProblem, CopyRefused, copyStore, describeEndpoint, parseEndpoint } from '../../store/copy-store';
import type { Output } from '../output';
import { CliRefusal } from './backup-commands';

/** What the database commands need: where to print. They open the databases they are given themselves. */
export interface DbRuntime {
  out: Output;
}

/** A refused copy in the reader's words. */
function refusal(problem: CopyProblem, out: Output): string {
  const d = out.t.cli.db;
  switch (problem.reason) {
    case 'same-database':
      return d.sameDatabase;
    case 'source-missing':
      return d.sourceMissing(problem.location);
    case 'cannot-open':
      return d.cannotOpen(problem);
    case 'not-skate':
      return d.notSkate(problem.location);
    case 'schema-version':
      return problem.found < problem.latest ? d.olderSchema(problem) : d.newerSchema(problem);
    case 'schema-differs':
      return d.schemaDiffers(problem);
    case 'target-not-empty':
      return d.targetNotEmpty({ ...problem, rows: formatNumber(problem.rows, out.locale) });
    case 'copy-failed':
      return d.copyFailed(problem);
    case 'mismatch':
      return d.mismatch(problem);
  }
}

/**
 * `db copy --from <file | url> --to <file | url>`: every table of one store
 * into another, empty one (SQLite file or PostgreSQL URL either way), checked
 * row by row before it is committed. The way to move the embedded SQLite file
 * to PostgreSQL, and back.
 */
export function registerDbCommands(program: Command, runtime: () => DbRuntime): void {
  const db = program.command('db').description('Database maintenance');
  db.command('copy')
    .description(
      'Copy every table from one store to another, empty one, and verify the copy; stop the bot on the source first',
    )
    .requiredOption('--from <file|url>', 'the source: an SQLite file or a postgres:// URL (only read)')
    .requiredOption(
      '--to <file|url>',
      'the target: an SQLite file (created if missing) or a postgres:// URL; its tables must be empty',
    )
    .action(async (options: { from: string; to: string }) => {
      const { out } = runtime();
      const from = parseEndpoint(options.from);
      const to = parseEndpoint(options.to);
      let report: Awaited<ReturnType<typeof copyStore>>;
      try {
        report = await copyStore(from, to);
      } catch (error) {
        if (error instanceof CopyRefused) throw new CliRefusal(refusal(error.problem, out));
        throw error;
      }
      const d = out.t.cli.db;
      out.table(
        d.head,
        report.tables.map((t) => [t.table, formatNumber(t.rows, out.locale), t.checksum]),
      );
      out.line(
        d.copied({
          rows: formatNumber(report.rows, out.locale),
          tables: report.tables.length,
          from: describeEndpoint(from),
          to: describeEndpoint(to),
          seconds: formatNumber(Math.round(report.elapsedMs / 100) / 10, out.locale),
          version: report.schemaVersion,
        }),
      );
    });
}
