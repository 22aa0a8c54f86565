import { LOCALES } from '../../../src/domain/model';
import {
  FOCUS_AREAS,
  focusAreaName,
  isFocusArea,
  isLifeEvent,
  isSdg,
  LIFE_EVENTS,
  lifeEventName,
  SDGS,
  sdgName,
} from '../../../src/domain/reference';

describe('focus areas', () => {
  it('has the eight focus areas with the agreed ids', () => {
    expect(FOCUS_AREAS.map((a) => a.id)).toEqual([
      'sammenhengende-tjenester',
      'samordning',
      'deling-av-data',
      'okosystem',
      'privat-sektor',
      'digital-kompetanse',
      'regelverk',
      'digital-sikkerhet',
    ]);
  });

  it('has unique ids and a non-empty name in every locale', () => {
    expect(new Set(FOCUS_AREAS.map((a) => a.id)).size).toBe(FOCUS_AREAS.length);
    for (const area of FOCUS_AREAS) {
      for (const locale of LOCALES) expect(area.name[locale].trim()).not.toBe('');
    }
  });

  it('recognises and names focus areas', () => {
    expect(isFocusArea('deling-av-data')).toBe(true);
    expect(isFocusArea('Deling av data')).toBe(false);
    expect(focusAreaName('deling-av-data', 'nb')).toBe('Økt deling av data og verdiskaping');
    expect(focusAreaName('deling-av-data', 'nn')).toBe('Auka deling av data og verdiskaping');
    expect(focusAreaName('digital-sikkerhet', 'en')).toBe('Digital security');
    expect(focusAreaName('ukjent', 'nb')).toBe('ukjent');
  });
});

describe('life events', () => {
  it('has the agreed ids, unique, with a non-empty name in every locale', () => {
    expect(LIFE_EVENTS.map((e) => e.id)).toEqual([
      'fa-barn',
      'alvorlig-sykt-barn',
      'miste-og-finne-jobb',
      'dodsfall-og-arv',
      'ny-i-norge',
      'flytte',
      'starte-og-drive-bedrift',
      'starte-og-drive-frivillig-organisasjon',
      'konkurs',
    ]);
    for (const event of LIFE_EVENTS) {
      for (const locale of LOCALES) expect(event.name[locale].trim()).not.toBe('');
    }
  });

  it('recognises and names life events', () => {
    expect(isLifeEvent('ny-i-norge')).toBe(true);
    expect(isLifeEvent('ny i norge')).toBe(false);
    expect(lifeEventName('fa-barn', 'nb')).toBe('Få barn');
    expect(lifeEventName('alvorlig-sykt-barn', 'nn')).toBe('Alvorleg sjukt barn');
    expect(lifeEventName('ny-i-norge', 'en')).toBe('New in Norway');
    expect(lifeEventName('ukjent', 'en')).toBe('ukjent');
  });
});

describe('sustainable development goals', () => {
  it('has the 17 goals, numbered 1–17, with a non-empty name in every locale', () => {
    expect(SDGS).toHaveLength(17);
    expect(SDGS.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const goal of SDGS) {
      for (const locale of LOCALES) expect(goal.name[locale].trim()).not.toBe('');
    }
  });

  it('uses the official Norwegian short names', () => {
    expect(sdgName(1, 'nb')).toBe('Utrydde fattigdom');
    expect(sdgName(2, 'nb')).toBe('Utrydde sult');
    expect(sdgName(3, 'nb')).toBe('God helse og livskvalitet');
    expect(sdgName(4, 'nb')).toBe('God utdanning');
    expect(sdgName(5, 'nb')).toBe('Likestilling mellom kjønnene');
    expect(sdgName(17, 'nb')).toBe('Samarbeid for å nå målene');
    expect(sdgName(17, 'en')).toBe('Partnerships for the goals');
  });

  it('accepts only the integers 1–17', () => {
    expect([1, 9, 17].every(isSdg)).toBe(true);
    expect([0, 18, -1, 1.5, Number.NaN].some(isSdg)).toBe(false);
    expect(sdgName(18, 'nb')).toBe('#18');
  });
});
