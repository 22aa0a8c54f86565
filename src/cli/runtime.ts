import type { Actor, AppContext } from '../app/app-context';
import type { Output } from './output';

/** What a CLI command runs with: the application, where to print, who acts, and the clock. */
export interface CliRuntime {
  app: AppContext;
  out: Output;
  actor: Actor;
  now(): Date;
  /** Set by a command that printed its own failure (e.g. a rejected import) to exit non-zero. */
  exitCode: number;
}
