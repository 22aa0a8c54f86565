/**
 * The life events (livshendelser) of the digitalisation strategy
 * «Én digital offentlig sektor» (2019–2025): the basis for seamless services.
 */
import type { Locale } from '../model';

/** A life event, with its name in every supported locale. */
export interface LifeEvent {
  /** Stable, ASCII id, e.g. `alvorlig-sykt-barn`. */
  id: string;
  name: Record<Locale, string>;
}

/** All life events: first those of citizens, then those of businesses and voluntary organisations. */
export const LIFE_EVENTS: readonly LifeEvent[] = [
  { id: 'fa-barn', name: { nb: 'Få barn', nn: 'Få barn', en: 'Having a child' } },
  {
    id: 'alvorlig-sykt-barn',
    name: { nb: 'Alvorlig sykt barn', nn: 'Alvorleg sjukt barn', en: 'Seriously ill child' },
  },
  {
    id: 'miste-og-finne-jobb',
    name: { nb: 'Miste og finne jobb', nn: 'Miste og finne jobb', en: 'Losing and finding a job' },
  },
  {
    id: 'dodsfall-og-arv',
    name: { nb: 'Dødsfall og arv', nn: 'Dødsfall og arv', en: 'Death and inheritance' },
  },
  { id: 'ny-i-norge', name: { nb: 'Ny i Norge', nn: 'Ny i Noreg', en: 'New in Norway' } },
  { id: 'flytte', name: { nb: 'Flytte', nn: 'Flytte', en: 'Moving house' } },
  {
    id: 'starte-og-drive-bedrift',
    name: {
      nb: 'Starte og drive en bedrift',
      nn: 'Starte og drive ei bedrift',
      en: 'Starting and running a business',
    },
  },
  {
    id: 'starte-og-drive-frivillig-organisasjon',
    name: {
      nb: 'Starte og drive en frivillig organisasjon',
      nn: 'Starte og drive ein frivillig organisasjon',
      en: 'Starting and running a voluntary organisation',
    },
  },
  {
    id: 'konkurs',
    name: {
      nb: 'Avvikle en bedrift / konkurs',
      nn: 'Avvikle ei bedrift / konkurs',
      en: 'Closing a business / bankruptcy',
    },
  },
];

const BY_ID: ReadonlyMap<string, LifeEvent> = new Map(LIFE_EVENTS.map((event) => [event.id, event]));

/** Whether `id` is the id of a life event. */
export function isLifeEvent(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * The name of life event `id` in `locale`. An unknown id is returned as it is,
 * so a stale id in stored data still renders as something recognisable.
 */
export function lifeEventName(id: string, locale: Locale): string {
  return BY_ID.get(id)?.name[locale] ?? id;
}
