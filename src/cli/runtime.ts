import type { Actor, AppContext } from '../app/app-context';
import type { Messenger } from '../app/ports';
import type { Output } from './output';

/** What a CLI command runs with: the application, where to print, who acts, and the clock. */
export interface CliRuntime {
  app: AppContext;
  messenger: Messenger;
  /** Local mode: no platform credentials, so the CLI may deliver through the local transport itself. */
  local: boolean;
  out: Output;
  actor: Actor;
  now(): Date;
  /** Set by a command that printed its own failure (e.g. a rejected import) to exit non-zero. */
  exitCode: number;
}
