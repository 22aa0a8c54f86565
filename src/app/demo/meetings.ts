/**
 * The demo meeting plan: one Skate and one AU meeting per quarter. Skate meets
 * in the quarter's last month around the second Thursday; AU about a week
 * earlier (five business days, the round calendar's default). Both fall on
 * business days: never on a weekend or a Norwegian public holiday.
 */
import {
  addBusinessDays,
  businessDayOnOrBefore,
  nextQuarter,
  previousQuarter,
  quarterLabel,
} from '../../domain/calendar';
import type { IsoDate, Meeting, Quarter } from '../../domain/model';
import { secondThursday } from './dates';

/** The Skate and AU meeting dates of one quarter. */
export interface QuarterMeetingDates {
  skate: IsoDate;
  au: IsoDate;
}

/** The meeting dates of quarter `q`. */
export function meetingDatesOf(q: Quarter): QuarterMeetingDates {
  const { year, quarter } = quarterLabel(q);
  const skate = businessDayOnOrBefore(secondThursday(year, quarter * 3));
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
export function demoMeetings(current: Quarter): Meeting[] {
  const meetings: Meeting[] = [];
  let q = previousQuarter(current);
  for (let n = -1; n <= 3; n++, q = nextQuarter(q)) {
    const { skate, au } = meetingDatesOf(q);
    meetings.push({ id: auMeetingId(au), forum: 'au', date: au, place: 'Heldigitalt' });
    meetings.push({
      id: skateMeetingId(skate),
      forum: 'skate',
      date: skate,
      place: quarterLabel(q).quarter % 2 === 0 ? 'Heldigitalt' : 'Digdir, Oslo',
    });
  }
  return meetings;
}
