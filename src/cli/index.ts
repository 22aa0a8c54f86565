#!/usr/bin/env node
import { userInfo } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import 'dotenv/config';
import { type Composition, compose } from '../compose';
import { ConfigError, isLocalMode, loadConfig } from '../config';
import { DomainFailure } from '../domain/errors';
import { LOCALES, type Locale } from '../domain/model';
import { describeError, messagesFor } from '../i18n';
import { registerAgendaCommands } from './commands/agenda-commands';
import { CliRefusal, registerBackupCommands } from './commands/backup-commands';
import { registerCycleCommands } from './commands/cycle-commands';
import { registerDbCommands } from './commands/db-commands';
import { registerRegistryCommands } from './commands/registry-commands';
import { registerReportCommands } from './commands/report-commands';
import { registerRoundCommands } from './commands/round-commands';
import { createOutput } from './output';
import type { CliRuntime } from './runtime';

/** Commands that open (or replace) the database file themselves. */
const OWN_DATABASE_HANDLING = new Set(['backup', 'restore', 'copy']);

/**
 * The administration CLI. Every failure is one clear line on stderr and a
 * non-zero exit code, never a stack trace.
 */
export function buildProgram(
  env: NodeJS.ProcessEnv,
  write: (text: string) => void,
  now: () => Date,
): { program: Command; exitCode(): number; close(): Promise<void> } {
  let composition: Composition | null = null;
  let runtime: CliRuntime | null = null;
  const program = new Command('skate-bot')
    .description(messagesFor('nb').cli.description)
    .addOption(new Option('--lang <locale>', 'output language').choices([...LOCALES]))
    .option('--db <path>', 'database file (default: DATABASE_PATH or data/skate-bot.db)')
    .showHelpAfterError()
    .exitOverride();

  // The database is opened before a command that needs it runs (not for --help, nor for backup and
  // restore, which handle the file themselves), so every command reads its runtime synchronously.
  program.hook('preAction', async (_program, action) => {
    if (runtime || OWN_DATABASE_HANDLING.has(action.name())) return;
    const options = program.opts<{ lang?: Locale; db?: string }>();
    const config = loadConfig(options.db ? { ...env, DATABASE_PATH: options.db } : env);
    composition = await compose(config, { now });
    runtime = {
      app: composition.app,
      messenger: composition.messenger,
      local: isLocalMode(config) && config.transport === 'local',
      out: createOutput(options.lang ?? config.defaultLocale, write),
      actor: { kind: 'operator', name: safeUserName() },
      now,
      exitCode: 0,
    };
  });
  const rt = (): CliRuntime => {
    if (!runtime) throw new Error('the command ran before the database was opened');
    return runtime;
  };
  registerRegistryCommands(program, rt);
  registerRoundCommands(program, rt);
  registerReportCommands(program, rt);
  registerCycleCommands(program, rt);
  registerAgendaCommands(program, rt);
  registerBackupCommands(program, () => {
    const options = program.opts<{ lang?: Locale; db?: string }>();
    const config = loadConfig(options.db ? { ...env, DATABASE_PATH: options.db } : env);
    return { databasePath: config.databasePath, out: createOutput(options.lang ?? config.defaultLocale, write) };
  });
  registerDbCommands(program, () => {
    const options = program.opts<{ lang?: Locale }>();
    return { out: createOutput(options.lang ?? loadConfig(env).defaultLocale, write) };
  });
  return {
    program,
    exitCode: () => runtime?.exitCode ?? 0,
    close: async () => {
      await composition?.close();
    },
  };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Runs the CLI with `argv`; returns the exit code. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: { out: (text: string) => void; err: (text: string) => void },
  now: () => Date = () => new Date(),
): Promise<number> {
  const { program, exitCode, close } = buildProgram(env, io.out, now);
  program.configureOutput({ writeOut: io.out, writeErr: io.err });
  const locale = pickLocale(argv, env);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const t = messagesFor(locale);
    if (error instanceof DomainFailure) {
      for (const e of error.errors) io.err(`${t.cli.failed(describeError(e, locale))}\n`);
      return 1;
    }
    if (error instanceof CliRefusal) {
      io.err(`${t.cli.failed(error.message)}\n`);
      return 1;
    }
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    io.err(`${t.cli.unexpected(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  } finally {
    await close();
  }
}

function pickLocale(argv: string[], env: NodeJS.ProcessEnv): Locale {
  const i = argv.indexOf('--lang');
  const wanted = i >= 0 ? argv[i + 1] : env.DEFAULT_LOCALE;
  return (LOCALES as readonly string[]).includes(wanted ?? '') ? (wanted as Locale) : 'nb';
}

if (require.main === module) {
  runCli(process.argv.slice(2), process.env, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
