/**
 * Accepted spellings of enumerated cell values besides the canonical (English) ones:
 * Norwegian bokmål and nynorsk words. Keys are compared after {@link normaliseValue}.
 */
import type { AcceptanceState, Locale, Phase, Role, Track } from '../../domain/model';

/** Accepted Norwegian (and other) spellings of roles, after {@link normaliseValue}. */
export const ROLE_ALIASES: Readonly<Record<string, Role>> = {
  sekretariat: 'secretariat',
  sekretariatet: 'secretariat',
  skatesekretariatet: 'secretariat',
  arbeidsutvalg: 'au',
  tiltakseier: 'owner',
  eier: 'owner',
  eigar: 'owner',
  strategieier: 'strategy-owner',
  strategieigar: 'strategy-owner',
};

/** Accepted spellings of languages. */
export const LOCALE_ALIASES: Readonly<Record<string, Locale>> = {
  bokmål: 'nb',
  bokmal: 'nb',
  nynorsk: 'nn',
  english: 'en',
  engelsk: 'en',
};

/** Accepted Norwegian spellings of phases. */
export const PHASE_ALIASES: Readonly<Record<string, Phase>> = {
  konsept: 'concept',
  planlegging: 'planning',
  gjennomføring: 'execution',
  gjennomforing: 'execution',
  ferdig: 'finished',
  sluttbehandlet: 'final-treatment-done',
  sluttbehandla: 'final-treatment-done',
};

/** Accepted Norwegian spellings of tracks. */
export const TRACK_ALIASES: Readonly<Record<string, Track>> = { linje: 'line', linja: 'line' };

/** Accepted Norwegian spellings of acceptance states. */
export const ACCEPTANCE_ALIASES: Readonly<Record<string, AcceptanceState>> = {
  foreslått: 'proposed',
  foreslatt: 'proposed',
  akseptert: 'accepted',
  godtatt: 'accepted',
  godteke: 'accepted',
  avslått: 'declined',
  avslatt: 'declined',
};

/** Enumerated values compare trimmed, case-insensitively, with runs of spaces and `_` read as `-`. */
export function normaliseValue(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}
