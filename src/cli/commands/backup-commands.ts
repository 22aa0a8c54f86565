import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatNumber } from '../../i18n/format';
import { backupDatabase, restoreDatabase } from '../../store/backup';
import type { Output } from '../output';

/** What the file commands need: the database path and where to print. They never open the app. */
export interface FileRuntime {
  databasePath: string;
  out: Output;
}

/** A refusal already put in the reader's words: printed as one «Feil: …» line, exit code 1. */
export class CliRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliRefusal';
  }
}

/**
 * `backup <file>` and `restore <file>`. Both work on the database file
 * itself, never through the composition, which would open the database and
 * hold it: a restore must find no connection open, its own included.
 */
export function registerBackupCommands(program: Command, files: () => FileRuntime): void {
  program
    .command('backup')
    .description('Write a consistent copy of the database to <file>, also while the bot runs')
    .argument('<file>', 'the new backup file (must not exist)')
    .action(async (file: string) => {
      const { databasePath, out } = files();
      const b = out.t.cli.backup;
      const outcome = await backupDatabase(databasePath, file);
      if (!outcome.ok) {
        const reasons = {
          'source-missing': b.sourceMissing(databasePath),
          'target-exists': b.targetExists(file),
          'copy-corrupt': b.copyCorrupt,
        } as const;
        throw new CliRefusal(reasons[outcome.reason]);
      }
      const size = `${formatNumber(Math.ceil(outcome.bytes / 1024), out.locale)} kB`;
      out.line(b.written(resolve(file), size, outcome.version));
    });

  program
    .command('restore')
    .description('Replace the database with the backup <file>; stop the bot first')
    .argument('<file>', 'a file written by `backup`')
    .action(async (file: string) => {
      const { databasePath, out } = files();
      const b = out.t.cli.backup;
      const outcome = await restoreDatabase(file, databasePath);
      if (!outcome.ok) {
        const reasons = {
          'backup-missing': () => b.backupMissing(file),
          'backup-corrupt': () => b.backupCorrupt(outcome.detail ?? ''),
          'backup-not-skate': () => b.backupNotSkate,
          'backup-newer': () => b.backupNewer(outcome.found ?? 0, outcome.latest ?? 0),
          'in-use': () => b.inUse(databasePath),
        } as const;
        throw new CliRefusal(reasons[outcome.reason]());
      }
      out.line(b.restored(resolve(databasePath), outcome.version));
    });
}
