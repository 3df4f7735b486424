import { dayNumberOf, deepFreeze, type IsoDate, type LegalBasis } from '@ntm/domain/core';
import { HOLIDAY_NAMES } from '../data/holiday-names.js';
import { PENDING_RULES } from '../data/pending.js';
import {
  FIRST_CALENDAR_YEAR,
  type HolidayRegime,
  LAST_CALENDAR_YEAR,
  REGIMES,
} from '../data/regimes.js';
import { SCHEDULES, type YearSchedule } from '../data/schedules.js';
import { FIRST_LUNAR_YEAR, LUNAR_YEARS } from '../lunar/table.js';
import { outOfRange } from './day-index.js';
import { formatDayNumber, parseDayNumber } from './day-number.js';
import type { ResolvedOptions } from './options.js';
import type {
  DataStatus,
  DayOff,
  HolidayCode,
  MakeUpWorkingDay,
  WorkingCalendar,
} from './types.js';

/** A statutory holiday day before nghỉ bù and swaps are worked out. */
interface HolidayDay {
  readonly day: number;
  readonly code: HolidayCode;
  readonly regime: HolidayRegime;
  readonly scheduled: boolean;
  readonly provisional: boolean;
  /** A pending day off the caller switched on. */
  readonly pending: boolean;
  readonly basis: readonly LegalBasis[];
}

const REGIME_STARTS = REGIMES.map((r) => parseDayNumber(r.from, []));

function regimeOn(day: number): HolidayRegime {
  let i = REGIMES.length - 1;
  while (i > 0 && day < REGIME_STARTS[i]!) i -= 1;
  return REGIMES[i]!;
}

function lunarDay(year: number, month: number, day: number): number {
  const info = LUNAR_YEARS[year - FIRST_LUNAR_YEAR]!;
  const position = info.leap !== 0 && month > info.leap ? month : month - 1;
  let n = info.start + day - 1;
  for (let p = 0; p < position; p += 1) n += 29 + ((info.lengths >> p) & 1);
  return n;
}

/** The statutory holidays of one year, placed by the schedule when one is followed, else by the options. */
function holidaysOf(
  year: number,
  schedule: YearSchedule | undefined,
  o: ResolvedOptions,
): HolidayDay[] {
  const out: HolidayDay[] = [];
  const add = (
    day: number,
    code: HolidayCode,
    provisional = false,
    extra: readonly LegalBasis[] = [],
  ) => {
    const regime = regimeOn(day);
    out.push({
      day,
      code,
      regime,
      scheduled: schedule !== undefined && extra.length > 0,
      provisional,
      pending: false,
      basis: [regime.basis, ...extra],
    });
  };
  const chosen = schedule?.basis ?? [];
  add(dayNumberOf(year, 1, 1), 'tet-duong-lich');
  const tet = lunarDay(year, 1, 1);
  const tetRegime = regimeOn(tet);
  const before = schedule?.tetBefore ?? o.tetBefore;
  const tetProvisional = schedule === undefined && !o.tetGiven;
  for (let i = 0; i < tetRegime.tetDays; i += 1) {
    add(tet - Math.min(before, tetRegime.tetDays - 1) + i, 'tet-am-lich', tetProvisional, chosen);
  }
  add(lunarDay(year, 3, 10), 'gio-to-hung-vuong');
  add(dayNumberOf(year, 4, 30), 'chien-thang');
  add(dayNumberOf(year, 5, 1), 'quoc-te-lao-dong');
  const national = dayNumberOf(year, 9, 2);
  add(national, 'quoc-khanh');
  if (regimeOn(national).nationalDays === 2) {
    const side = schedule?.nationalDay ?? o.nationalDayAdjacent;
    const provisional = schedule === undefined && !o.adjacentGiven;
    add(national + (side === 'before' ? -1 : 1), 'quoc-khanh', provisional, chosen);
  }
  for (const p of PENDING_RULES) {
    if (o.pendingFrom === undefined || year < Math.max(o.pendingFrom, p.earliestYear)) continue;
    const day = dayNumberOf(year, p.month, p.day);
    const regime = regimeOn(day);
    out.push({
      day,
      code: p.holiday,
      regime,
      scheduled: false,
      provisional: true,
      pending: true,
      basis: p.basis,
    });
  }
  return out.sort((a, b) => a.day - b.day);
}

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Builds the precomputed calendar for validated options. */
export function buildCalendar(o: ResolvedOptions): WorkingCalendar {
  const firstDayNumber = dayNumberOf(FIRST_CALENDAR_YEAR, 1, 1);
  const lastDayNumber = dayNumberOf(LAST_CALENDAR_YEAR, 12, 31);
  for (const [key, list] of [
    ['extraDaysOff', o.extraDaysOff],
    ['extraWorkingDays', o.extraWorkingDays],
  ] as const) {
    list.forEach((date, i) => {
      const day = parseDayNumber(date, []);
      if (day < firstDayNumber || day > lastDayNumber) outOfRange([key, i]);
    });
  }
  const isRest = (day: number) => (o.restMask >> weekdayOf(day)) & 1;
  const off = new Map<number, DayOff>();
  const working = new Map<number, MakeUpWorkingDay>();
  const scheduledYears: number[] = [];
  for (let year = FIRST_CALENDAR_YEAR; year <= LAST_CALENDAR_YEAR; year += 1) {
    const schedule = o.followSchedules ? SCHEDULES.find((s) => s.year === year) : undefined;
    if (schedule) scheduledYears.push(year);
    const holidays = holidaysOf(year, schedule, o);
    const taken = new Set(holidays.map((h) => h.day));
    const status = (h: HolidayDay): DataStatus =>
      h.pending
        ? 'pending'
        : h.regime.status === 'unverified'
          ? 'unverified'
          : h.scheduled
            ? 'verified'
            : 'derived';
    const source = (h: HolidayDay): DayOff['source'] =>
      h.pending ? 'pending' : h.scheduled ? 'schedule' : 'rule';
    for (const h of holidays) {
      off.set(h.day, {
        date: formatDayNumber(h.day),
        kind: 'holiday',
        holiday: h.code,
        name: HOLIDAY_NAMES[h.code],
        basis: h.basis,
        source: source(h),
        provisional: h.provisional,
        status: status(h),
      });
    }
    // Nghỉ bù (Điều 111 khoản 3): each holiday on a rest day gives the next day that is neither a rest day, a holiday
    // nor already a compensatory day, so a block's compensatory days follow the whole block (as in every official
    // schedule, e.g. 2022-05-02/03; the statute does not spell out the order, source S8).
    for (const h of holidays) {
      if (!isRest(h.day)) continue;
      let day = h.day + 1;
      while (isRest(day) || taken.has(day)) day += 1;
      taken.add(day);
      const name = HOLIDAY_NAMES[h.code];
      off.set(day, {
        date: formatDayNumber(day),
        kind: 'compensatory',
        holiday: h.code,
        name: { vi: `Nghỉ bù ${name.vi}`, en: `Compensatory day off: ${name.en}` },
        basis: h.pending
          ? [h.regime.compensation, ...h.basis]
          : [h.regime.compensation, ...h.basis.slice(1)],
        source: source(h),
        provisional: h.provisional,
        status: status(h),
      });
    }
    for (const [dayOff, saturday, code, swapStatus] of schedule?.swaps ?? []) {
      const name = HOLIDAY_NAMES[code];
      off.set(parseDayNumber(dayOff, []), {
        date: dayOff as IsoDate,
        kind: 'swap',
        holiday: code,
        name: { vi: `Nghỉ hoán đổi (${name.vi})`, en: `Swapped day off (${name.en})` },
        basis: schedule!.basis,
        source: 'schedule',
        provisional: false,
        status: swapStatus,
      });
      working.set(parseDayNumber(saturday, []), {
        date: saturday as IsoDate,
        swappedWith: dayOff as IsoDate,
        holiday: code,
        name: { vi: `Làm bù (${name.vi})`, en: `Make-up working day (${name.en})` },
        basis: schedule!.basis,
        source: 'schedule',
        status: swapStatus,
      });
    }
  }
  for (const date of o.extraDaysOff) {
    const day = parseDayNumber(date, []);
    working.delete(day);
    // A day that is already a holiday keeps its own record (name, basis); it is off either way.
    if (off.has(day)) continue;
    off.set(day, {
      date: formatDayNumber(day),
      kind: 'custom',
      holiday: 'custom',
      name: HOLIDAY_NAMES.custom,
      basis: [],
      source: 'custom',
      provisional: false,
      status: 'verified',
    });
  }
  for (const date of o.extraWorkingDays) {
    const day = parseDayNumber(date, []);
    off.delete(day);
    working.set(day, {
      date: formatDayNumber(day),
      holiday: 'custom',
      name: { vi: 'Ngày làm việc riêng', en: 'Own working day' },
      basis: [],
      source: 'custom',
      status: 'verified',
    });
  }
  const years = LAST_CALENDAR_YEAR - FIRST_CALENDAR_YEAR + 1;
  const daysOffByYear: DayOff[][] = Array.from({ length: years }, () => []);
  const workingByYear: MakeUpWorkingDay[][] = Array.from({ length: years }, () => []);
  // The weekly pattern repeats every 7 days; only the ~12 exceptions a year are patched in, in date order.
  const length = lastDayNumber - firstDayNumber + 1;
  const week = [0, 1, 2, 3, 4, 5, 6].map((k) => (isRest(firstDayNumber + k) ? '1' : '0')).join('');
  const base = week.repeat(Math.ceil(length / 7));
  const days = [...new Set([...off.keys(), ...working.keys()])].sort((a, b) => a - b);
  let table = '';
  let at = 0;
  for (const day of days) {
    const make = working.get(day);
    const dayOff = off.get(day);
    const year = +(make ?? dayOff)!.date.slice(0, 4) - FIRST_CALENDAR_YEAR;
    if (make) workingByYear[year]!.push(make);
    if (dayOff) daysOffByYear[year]!.push(dayOff);
    const index = day - firstDayNumber;
    table += `${base.slice(at, index)}${make ? '0' : '1'}`;
    at = index + 1;
  }
  table += base.slice(at, length);
  return deepFreeze({
    name: o.name,
    weeklyRest: o.weeklyRest,
    firstYear: FIRST_CALENDAR_YEAR,
    lastYear: LAST_CALENDAR_YEAR,
    firstDayNumber,
    table,
    daysOffByYear,
    workingByYear,
    scheduledYears,
    options: {
      name: o.name,
      weeklyRest: o.weeklyRest,
      extraDaysOff: o.extraDaysOff,
      extraWorkingDays: o.extraWorkingDays,
      followSchedules: o.followSchedules,
      tetSplit: { before: o.tetBefore },
      nationalDayAdjacent: o.nationalDayAdjacent,
      includePending: o.pendingFrom === undefined ? false : { fromYear: o.pendingFrom },
    },
  });
}
