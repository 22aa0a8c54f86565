import type { DomainError } from '../domain/errors';
import type { Locale } from '../domain/model';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

/** The shape every language must have: the bokmål catalogue is the source. */
export type Messages = typeof nb;

const CATALOGUES: Record<Locale, Messages> = { nb, nn, en };

/** The catalogue for a locale. */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** The localised text of an expected failure. */
export function describeError(error: DomainError, locale: Locale): string {
  return messagesFor(locale).errors[error.code](error.params ?? {});
}
