/**
 * The 17 UN Sustainable Development Goals (FNs bærekraftsmål). Owners state
 * which goals an initiative supports (seed 002). Norwegian short names follow
 * FN-sambandet; English short names follow the UN.
 */
import type { Locale } from '../model';

/** A sustainable development goal, by its number 1–17. */
export interface Sdg {
  number: number;
  name: Record<Locale, string>;
}

/** All 17 goals, in order. */
export const SDGS: readonly Sdg[] = [
  { number: 1, name: { nb: 'Utrydde fattigdom', nn: 'Utrydde fattigdom', en: 'No poverty' } },
  { number: 2, name: { nb: 'Utrydde sult', nn: 'Utrydde svolt', en: 'Zero hunger' } },
  {
    number: 3,
    name: { nb: 'God helse og livskvalitet', nn: 'God helse og livskvalitet', en: 'Good health and well-being' },
  },
  { number: 4, name: { nb: 'God utdanning', nn: 'God utdanning', en: 'Quality education' } },
  { number: 5, name: { nb: 'Likestilling mellom kjønnene', nn: 'Likestilling mellom kjønna', en: 'Gender equality' } },
  {
    number: 6,
    name: {
      nb: 'Rent vann og gode sanitærforhold',
      nn: 'Reint vatn og gode sanitærforhold',
      en: 'Clean water and sanitation',
    },
  },
  { number: 7, name: { nb: 'Ren energi for alle', nn: 'Rein energi til alle', en: 'Affordable and clean energy' } },
  {
    number: 8,
    name: {
      nb: 'Anstendig arbeid og økonomisk vekst',
      nn: 'Anstendig arbeid og økonomisk vekst',
      en: 'Decent work and economic growth',
    },
  },
  {
    number: 9,
    name: {
      nb: 'Innovasjon, industri og infrastruktur',
      nn: 'Innovasjon, industri og infrastruktur',
      en: 'Industry, innovation and infrastructure',
    },
  },
  { number: 10, name: { nb: 'Mindre ulikhet', nn: 'Mindre ulikskap', en: 'Reduced inequalities' } },
  {
    number: 11,
    name: {
      nb: 'Bærekraftige byer og lokalsamfunn',
      nn: 'Berekraftige byar og lokalsamfunn',
      en: 'Sustainable cities and communities',
    },
  },
  {
    number: 12,
    name: {
      nb: 'Ansvarlig forbruk og produksjon',
      nn: 'Ansvarleg forbruk og produksjon',
      en: 'Responsible consumption and production',
    },
  },
  { number: 13, name: { nb: 'Stoppe klimaendringene', nn: 'Stoppe klimaendringane', en: 'Climate action' } },
  { number: 14, name: { nb: 'Livet i havet', nn: 'Livet i havet', en: 'Life below water' } },
  { number: 15, name: { nb: 'Livet på land', nn: 'Livet på land', en: 'Life on land' } },
  {
    number: 16,
    name: {
      nb: 'Fred, rettferdighet og velfungerende institusjoner',
      nn: 'Fred, rettferd og velfungerande institusjonar',
      en: 'Peace, justice and strong institutions',
    },
  },
  {
    number: 17,
    name: { nb: 'Samarbeid for å nå målene', nn: 'Samarbeid for å nå måla', en: 'Partnerships for the goals' },
  },
];

/** Whether `n` is the number of a goal: an integer from 1 to 17. */
export function isSdg(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= SDGS.length;
}

/**
 * The short name of goal `n` in `locale`. An unknown number is rendered as
 * «#n», so a stale number in stored data still renders as something.
 */
export function sdgName(n: number, locale: Locale): string {
  return SDGS.find((goal) => goal.number === n)?.name[locale] ?? `#${n}`;
}
