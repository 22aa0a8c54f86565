/**
 * The calendar of Skate-boten: quarters, Norwegian business days, Oslo time and the derivation of a
 * round's deadline, lock and reminders. Pure: no I/O and no clock (the caller passes `now`).
 * The implementation is split under `./calendar/`; import from this module only.
 */
export {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  isBusinessDay,
  isPublicHoliday,
  nextBusinessDay,
  type PublicHolidayTable,
  preloadPublicHolidays,
  previousBusinessDay,
  publicHolidayName,
} from './calendar/business-days';
export { addDays, compareIsoDates, daysBetween, isIsoDate } from './calendar/dates';
export { checkOpening, earliestDeadlineDay, type OpeningVerdict, withDeadline } from './calendar/opening';
export {
  isQuarter,
  nextQuarter,
  previousQuarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterOfInstant,
  quarterStart,
} from './calendar/quarters';
export type { RoundCalendarSettings, RoundSchedule } from './calendar/schedule';
export {
  DEFAULT_ROUND_CALENDAR,
  deriveRoundSchedule,
  remindersForDeadline,
  validateRoundCalendarSettings,
} from './calendar/schedule';
export { instantToOsloDate, instantToOsloTime, OSLO, osloToInstant, todayInOslo } from './calendar/zone';
