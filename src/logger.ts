import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * The process logger (pino): JSON lines on stdout for log collectors, or, at a
 * terminal (`LOG_FORMAT=auto`) or on request, readable lines through pino-pretty.
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>): Logger {
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY === true);
  return pino({
    level: config.logLevel,
    base: { service: 'skate-bot' },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' },
          },
        }
      : {}),
  });
}

const ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;

/**
 * `text` with every email address replaced by `<address>`: log lines carry ids, never a person's
 * address or name (a platform's error detail may quote the recipient).
 */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, '<address>');
}
