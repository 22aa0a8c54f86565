/**
 * The focus areas (innsatsområder) of the digitalisation strategy
 * «Én digital offentlig sektor» (2019–2025), used to classify initiatives.
 */
import type { Locale } from '../model';

/** A focus area of the strategy, with its name in every supported locale. */
export interface FocusArea {
  /** Stable, ASCII id, e.g. `deling-av-data`. */
  id: string;
  name: Record<Locale, string>;
}

/** All focus areas, in the order of the strategy. */
export const FOCUS_AREAS: readonly FocusArea[] = [
  {
    id: 'sammenhengende-tjenester',
    name: {
      nb: 'Sammenhengende tjenester med brukeren i sentrum',
      nn: 'Samanhengande tenester med brukaren i sentrum',
      en: 'Seamless services with the user at the centre',
    },
  },
  {
    id: 'samordning',
    name: {
      nb: 'Styring, samordning og gevinstrealisering',
      nn: 'Styring, samordning og gevinstrealisering',
      en: 'Governance, coordination and benefits realisation',
    },
  },
  {
    id: 'deling-av-data',
    name: {
      nb: 'Økt deling av data og verdiskaping',
      nn: 'Auka deling av data og verdiskaping',
      en: 'Increased sharing of data and value creation',
    },
  },
  {
    id: 'okosystem',
    name: {
      nb: 'Felles økosystem for nasjonal digital samhandling og tjenesteutvikling',
      nn: 'Felles økosystem for nasjonal digital samhandling og tenesteutvikling',
      en: 'Common ecosystem for national digital collaboration and service development',
    },
  },
  {
    id: 'privat-sektor',
    name: {
      nb: 'Samarbeid med privat sektor',
      nn: 'Samarbeid med privat sektor',
      en: 'Collaboration with the private sector',
    },
  },
  {
    id: 'digital-kompetanse',
    name: {
      nb: 'Økt digital kompetanse',
      nn: 'Auka digital kompetanse',
      en: 'Increased digital competence',
    },
  },
  {
    id: 'regelverk',
    name: {
      nb: 'Klart og digitaliseringsvennlig regelverk',
      nn: 'Klart og digitaliseringsvenleg regelverk',
      en: 'Clear and digitalisation-friendly regulations',
    },
  },
  {
    id: 'digital-sikkerhet',
    name: {
      nb: 'Digital sikkerhet',
      nn: 'Digital tryggleik',
      en: 'Digital security',
    },
  },
];

const BY_ID: ReadonlyMap<string, FocusArea> = new Map(FOCUS_AREAS.map((area) => [area.id, area]));

/** Whether `id` is the id of a focus area. */
export function isFocusArea(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * The name of focus area `id` in `locale`. An unknown id is returned as it is,
 * so a stale id in stored data still renders as something recognisable.
 */
export function focusAreaName(id: string, locale: Locale): string {
  return BY_ID.get(id)?.name[locale] ?? id;
}
