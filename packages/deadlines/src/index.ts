/**
 * Vietnamese working-day calendar, lunar dates (UTC+7) and legal periods.
 *
 * @packageDocumentation
 */
export { createCalendar } from './calendar/create-calendar.js';
export type { DayInfo, PendingDate } from './calendar/days-off.js';
export { daysOff, describeDay, makeUpWorkingDays, pendingDaysOff } from './calendar/days-off.js';
export { DAY_OFF_KIND_LABELS } from './calendar/labels.js';
export { NATIONAL_CALENDAR } from './calendar/national.js';
export type {
  CalendarOptions,
  DataStatus,
  DayOff,
  DayOffKind,
  HolidayCode,
  MakeUpWorkingDay,
  TetSplit,
  WorkingCalendar,
} from './calendar/types.js';
export {
  addWorkingDays,
  countWorkingDays,
  isDayOff,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from './calendar/working-days.js';
export { dataAsOf } from './data/data-as-of.js';
export { HOLIDAYS_DATA_INFO, LUNAR_DATA_INFO } from './data/data-info.js';
export type { PendingDayOff, PendingDayOffRule } from './data/pending.js';
export { PENDING_DAYS_OFF } from './data/pending.js';
export { fromLunar } from './lunar/from-lunar.js';
export type { LunarDate, LunarDateInput } from './lunar/lunar-date.js';
export { toLunar } from './lunar/to-lunar.js';
export type { NonWorkingDayPolicy, PeriodLength, PeriodOptions } from './periods/end-of-period.js';
export { endOfPeriod } from './periods/end-of-period.js';
