/**
 * Pure parsers for the values of single cells. Each returns the normalised value,
 * or null when the text is not a valid value of its kind.
 */
import { z } from 'zod';
import { normaliseInitiativeId } from '../../domain/initiative-id';
import type { Email, IsoDate } from '../../domain/model';
import { FOCUS_AREAS, isFocusArea, isLifeEvent, LIFE_EVENTS } from '../../domain/reference';
import { normaliseValue } from './value-aliases';

const emailSchema = z.email();

/** A trimmed, lower-cased, valid email address; null if invalid. */
export function parseEmail(text: string): Email | null {
  const email = text.trim().toLowerCase();
  return emailSchema.safeParse(email).success ? email : null;
}

/** The format of an organisation id, as shown in messages. */
export const ORGANISATION_ID_FORMAT = 'a-z 0-9 - _ .';
const ORGANISATION_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** A valid organisation id (short code); null if invalid. */
export function parseOrganisationId(text: string): string | null {
  const id = text.trim();
  return ORGANISATION_ID.test(id) ? id : null;
}

/** The format of an initiative id, as shown in messages. */
export const INITIATIVE_ID_FORMAT = 'T-YYYY-N';

/**
 * An initiative id `T-YYYY-N` with a running number of 1 to 4 digits, as agencies
 * number them (`T-2026-1`, `T-2026-999`; a lower-case `t` is accepted), in the
 * registry's canonical form (`T-2026-01`: see `domain/initiative-id.ts`); null if invalid.
 */
export function parseInitiativeId(text: string): string | null {
  return normaliseInitiativeId(text);
}

/** The format of an organisation number, as shown in messages. */
export const ORG_NUMBER_FORMAT = '9 siffer / 9 digits';

/** A Norwegian organisation number: 9 digits (spaces ignored) with a valid modulus-11 check digit; null if invalid. */
export function parseOrgNumber(text: string): string | null {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return null;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]) ? digits : null;
}

/** A date `YYYY-MM-DD` or Norwegian `DD.MM.YYYY` (`D.M.YYYY` too) that exists in the calendar, as `YYYY-MM-DD`. */
export function parseDate(text: string): IsoDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : norwegian
      ? [Number(norwegian[3]), Number(norwegian[2]), Number(norwegian[1])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (!Number.isInteger(year)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A number as Norwegians write it: spaces (also non-breaking) between thousands,
 * a decimal comma or point with at most two decimals, an optional `kr`/`NOK` and
 * a trailing `,-`. E.g. `12 500 000`, `12500000`, `12 500 000,50`, `kr 2 000,-`.
 * The sign is kept (the caller checks the minimum); null if not a number.
 */
export function parseNumber(text: string): number | null {
  const compact = text
    .replace(/\s/g, '')
    .replace(/^(kr\.?|nok)/i, '')
    .replace(/(kr\.?|nok)$/i, '')
    .replace(/,-$/, '');
  const match = /^([-−]?)(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const magnitude = Number(`${match[2]}.${match[3] ?? '0'}`);
  return match[1] ? -magnitude : magnitude;
}

/** A small whole number written as digits only (e.g. an SDG; its range is checked by the caller); null otherwise. */
export function parseWholeNumber(text: string): number | null {
  const value = text.trim();
  return /^\d{1,3}$/.test(value) ? Number(value) : null;
}

interface NamedReference {
  id: string;
  name: Readonly<Record<string, string>>;
}

function findByName(text: string, list: readonly NamedReference[]): string | null {
  const name = text.trim().toLowerCase();
  return list.find((item) => Object.values(item.name).some((n) => n.toLowerCase() === name))?.id ?? null;
}

/** A focus area given by its id or by its name in any locale, as its id; null if unknown. */
export function parseFocusArea(text: string): string | null {
  const id = normaliseValue(text);
  return isFocusArea(id) ? id : findByName(text, FOCUS_AREAS);
}

/** A life event given by its id or by its name in any locale, as its id; null if unknown. */
export function parseLifeEvent(text: string): string | null {
  const id = normaliseValue(text);
  return isLifeEvent(id) ? id : findByName(text, LIFE_EVENTS);
}

/** The allowed focus-area ids, for messages. */
export const FOCUS_AREA_IDS = FOCUS_AREAS.map((area) => area.id).join(', ');
/** The allowed life-event ids, for messages. */
export const LIFE_EVENT_IDS = LIFE_EVENTS.map((event) => event.id).join(', ');
