import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** The process logger: JSON lines on stdout (pino), at the configured level. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'skate-bot' } });
}
