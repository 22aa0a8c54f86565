import { tz } from '@date-fns/tz';
// Per-function and per-locale entry points: the package indexes load every function and every locale (~800 modules).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nb as nbLocale } from 'date-fns/locale/nb';
import { nn as nnLocale } from 'date-fns/locale/nn';
import { parseISO } from 'date-fns/parseISO';
import { OSLO } from '../domain/calendar';
import type { Instant, IsoDate, Locale } from '../domain/model';

const DATE_FNS_LOCALES = { nb: nbLocale, nn: nnLocale, en: enGB } as const;
const NUMBER_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const inOslo = tz(OSLO);

/** A calendar date as Norwegians write it: `16.10.2026` (English: `16 Oct 2026`). */
export function formatDate(date: IsoDate, locale: Locale): string {
  const d = parseISO(date);
  return locale === 'en' ? format(d, 'd MMM yyyy', { locale: enGB }) : format(d, 'dd.MM.yyyy');
}

/** An instant shown in Oslo time: `26.11.2026 kl. 16:00` (English: `26 Nov 2026 16:00`). */
export function formatInstant(instant: Instant, locale: Locale): string {
  const d = new Date(instant);
  // Shown to the minute: the minute's text is kept, for every receipt of that minute says the same.
  const minute = Math.floor(d.getTime() / 60_000);
  const kept = lastInstants.get(locale);
  if (kept?.minute === minute) return kept.text;
  const text =
    locale === 'en'
      ? format(d, 'd MMM yyyy HH:mm', { in: inOslo, locale: enGB })
      : format(d, "dd.MM.yyyy 'kl.' HH:mm", { in: inOslo });
  lastInstants.set(locale, { minute, text });
  return text;
}

const lastInstants = new Map<Locale, { minute: number; text: string }>();

/** An instant with its weekday, in Oslo time: `torsdag 26.11.2026 kl. 16:00`, for deadlines. */
export function formatInstantLong(instant: Instant, locale: Locale): string {
  const d = new Date(instant);
  return locale === 'en'
    ? format(d, "EEEE d MMMM yyyy 'at' HH:mm", { in: inOslo, locale: enGB })
    : format(d, "EEEE dd.MM.yyyy 'kl.' HH:mm", { in: inOslo, locale: DATE_FNS_LOCALES[locale] });
}

// Building an Intl.NumberFormat is costly (an agenda formats thousands of amounts): one per locale.
const nokFormats = new Map<Locale, Intl.NumberFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function cached(map: Map<Locale, Intl.NumberFormat>, locale: Locale, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = map.get(locale);
  if (!f) {
    f = make();
    map.set(locale, f);
  }
  return f;
}

/** An amount in NOK with the locale's thousands separator: `12 500 000 kr`. */
export function formatNok(amount: number, locale: Locale): string {
  return cached(
    nokFormats,
    locale,
    () =>
      new Intl.NumberFormat(NUMBER_LOCALES[locale], { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }),
  ).format(amount);
}

/** A plain number with the locale's separators. */
export function formatNumber(n: number, locale: Locale): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(NUMBER_LOCALES[locale])).format(n);
}
