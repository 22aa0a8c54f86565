/**
 * The demo meeting plan: one Skate and one AU meeting per quarter. Skate meets
 * in the quarter's last month around the second Thursday; AU about a week
 * earlier (five business days, the round calendar's default). Both fall on
 * business days: never on a weekend or a Norwegian public holiday.
 */
import { addBusinessDays, businessDayOnOrBefore } from '../calendar/business-days';
import type { IsoDate, Meeting } from '../model';
import { type QuarterRef, secondThursday, shiftQuarter } from './dates';

/** The Skate and AU meeting dates of one quarter. */
export interface QuarterMeetingDates {
  skate: IsoDate;
  au: IsoDate;
}

/** The meeting dates of quarter `ref`. */
export function meetingDatesOf(ref: QuarterRef): QuarterMeetingDates {
  const skate = businessDayOnOrBefore(secondThursday(ref.year, ref.q * 3));
  // Five business days: the same weekday a week earlier unless a holiday intervenes.
  const au = addBusinessDays(skate, -5);
  return { skate, au };
}

/** The id of the Skate meeting on `date`. */
export function skateMeetingId(date: IsoDate): string {
  return `skate-${date}`;
}

/** The id of the AU meeting on `date`. */
export function auMeetingId(date: IsoDate): string {
  return `au-${date}`;
}

/**
 * The meetings of the previous quarter, the current quarter and the three after
 * it, in date order. Skate alternates between meeting at Digdir and online.
 */
export function demoMeetings(current: QuarterRef): Meeting[] {
  const meetings: Meeting[] = [];
  for (let n = -1; n <= 3; n++) {
    const ref = shiftQuarter(current, n);
    const { skate, au } = meetingDatesOf(ref);
    meetings.push({ id: auMeetingId(au), forum: 'au', date: au, place: 'Heldigitalt' });
    meetings.push({
      id: skateMeetingId(skate),
      forum: 'skate',
      date: skate,
      place: ref.q % 2 === 0 ? 'Heldigitalt' : 'Digdir, Oslo',
    });
  }
  return meetings;
}
