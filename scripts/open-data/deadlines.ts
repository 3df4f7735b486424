/* The days off and the lunar month table of @ntm/deadlines. */

import {
  daysOff,
  HOLIDAYS_DATA_INFO,
  LUNAR_DATA_INFO,
  makeUpWorkingDays,
  NATIONAL_CALENDAR,
  PENDING_DAYS_OFF,
} from '@ntm/deadlines';
import type { LegalBasis } from '@ntm/domain/core';
import { fromDayNumber } from '@ntm/domain/core';
import * as z from 'zod';
import { HOLIDAY_NAMES } from '../../packages/deadlines/src/data/holiday-names.js';
import { QD_188_1999 } from '../../packages/deadlines/src/data/legal-texts.js';
import { FIRST_LUNAR_YEAR, LUNAR_YEARS } from '../../packages/deadlines/src/lunar/table.js';
import {
  bilingual,
  dataInfo,
  dataSource,
  isoDate,
  legalBasis,
  type OpenDataFile,
  schema,
  text,
} from './common.js';

/** The key a day cites a legal text by: its number, and the article when there is one. */
export const basisKey = (b: LegalBasis): string =>
  b.article ? `${b.number} ${b.article}` : b.number;

const holiday = z.enum([
  'tet-duong-lich',
  'tet-am-lich',
  'gio-to-hung-vuong',
  'chien-thang',
  'quoc-te-lao-dong',
  'quoc-khanh',
  'ngay-van-hoa',
]);
const status = z.enum(['verified', 'derived', 'unverified', 'pending']);

const DAYS_OFF = schema(
  'days-off',
  'Days off of the Vietnamese civil service, per year',
  'The national civil-service calendar (Saturday and Sunday off, QĐ 188/1999/QĐ-TTg) year by year: holidays, compensatory days (nghỉ bù), swapped days off and the Saturdays worked instead, each with its legal basis (a key into `bases`), where it comes from, whether the year has an official schedule yet (`provisional`) and how sure it is; and the pending days off that are not law yet.',
  z.strictObject({
    info: dataInfo,
    calendar: text,
    weeklyRest: z.strictObject({
      days: z.array(z.number().int().min(0).max(6)).describe('0 = Sunday … 6 = Saturday'),
      basis: legalBasis,
    }),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    holidays: z.record(holiday, bilingual),
    bases: z.record(z.string(), legalBasis),
    pending: z.array(
      z.strictObject({
        holiday,
        name: bilingual,
        month: z.number().int(),
        day: z.number().int(),
        earliestYear: z.number().int(),
        announced: isoDate,
        basis: z.array(legalBasis),
        sources: z.array(dataSource),
        note: bilingual,
      }),
    ),
    years: z.array(
      z.strictObject({
        year: z.number().int(),
        scheduled: z.boolean().describe('True when an official schedule for the year is followed'),
        daysOff: z.array(
          z.strictObject({
            date: isoDate,
            kind: z.enum(['holiday', 'compensatory', 'swap']),
            holiday,
            name: bilingual,
            basis: z.array(text).describe('Keys into `bases`'),
            source: z.enum(['schedule', 'rule']),
            provisional: z.boolean(),
            status,
          }),
        ),
        makeUpWorkingDays: z.array(
          z.strictObject({
            date: isoDate,
            swappedWith: isoDate,
            holiday,
            name: bilingual,
            basis: z.array(text),
            source: z.literal('schedule'),
            status,
          }),
        ),
      }),
    ),
  }),
);

const LUNAR = schema(
  'lunar-months',
  'Vietnamese lunar month table',
  'Every lunar month of lunar years 1900–2100 at Vietnamese time (UTC+7): its number, whether it is the leap month, its first day (Gregorian) and its length; `uncertain` marks months whose first day hangs on a new moon within minutes of midnight (outside 1990–2050).',
  z.strictObject({
    info: dataInfo,
    timeZone: z.literal('UTC+7'),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    years: z.array(
      z.strictObject({
        year: z.number().int(),
        leapMonth: z.number().int().min(0).max(12).describe('0 when the year has no leap month'),
        months: z.array(
          z.strictObject({
            month: z.number().int().min(1).max(12),
            leap: z.boolean(),
            start: isoDate,
            days: z.union([z.literal(29), z.literal(30)]),
            uncertain: z.boolean(),
          }),
        ),
      }),
    ),
  }),
);

function daysOffValue() {
  const bases = new Map<string, LegalBasis>();
  const key = (b: LegalBasis): string => {
    const k = basisKey(b);
    const seen = bases.get(k);
    if (seen && JSON.stringify(seen) !== JSON.stringify(b))
      throw new Error(`two legal texts share the key ${k}`);
    bases.set(k, b);
    return k;
  };
  const { firstYear, lastYear } = NATIONAL_CALENDAR;
  const years = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    years.push({
      year,
      scheduled: NATIONAL_CALENDAR.scheduledYears.includes(year),
      daysOff: daysOff(year).map((d) => ({ ...d, basis: d.basis.map(key) })),
      makeUpWorkingDays: makeUpWorkingDays(year).map((d) => ({ ...d, basis: d.basis.map(key) })),
    });
  }
  const { custom: _custom, ...holidays } = HOLIDAY_NAMES;
  return {
    info: HOLIDAYS_DATA_INFO,
    calendar: NATIONAL_CALENDAR.name,
    weeklyRest: { days: NATIONAL_CALENDAR.weeklyRest, basis: QD_188_1999 },
    firstYear,
    lastYear,
    holidays,
    bases: Object.fromEntries([...bases].sort(([a], [b]) => a.localeCompare(b))),
    pending: PENDING_DAYS_OFF,
    years,
  };
}

function lunarValue() {
  const years = LUNAR_YEARS.map((info, index) => {
    const months = [];
    let start = info.start;
    for (let position = 0; position < info.months; position += 1) {
      const days = 29 + ((info.lengths >> position) & 1);
      months.push({
        month: info.leap !== 0 && position >= info.leap ? position : position + 1,
        leap: info.leap !== 0 && position === info.leap,
        start: fromDayNumber(start),
        days,
        uncertain: ((info.uncertain >> position) & 1) === 1,
      });
      start += days;
    }
    return { year: FIRST_LUNAR_YEAR + index, leapMonth: info.leap, months };
  });
  return {
    info: LUNAR_DATA_INFO,
    timeZone: 'UTC+7',
    firstYear: FIRST_LUNAR_YEAR,
    lastYear: FIRST_LUNAR_YEAR + LUNAR_YEARS.length - 1,
    years,
  };
}

export function deadlinesFiles(): OpenDataFile[] {
  return [
    {
      pkg: 'deadlines',
      path: 'data/days-off.json',
      schema: DAYS_OFF,
      info: HOLIDAYS_DATA_INFO,
      about: {
        vi: 'Ngày nghỉ lễ, tết, nghỉ bù, hoán đổi theo từng năm 2007–2100, kèm căn cứ; ngày nghỉ đang chờ',
        en: 'Holidays, compensatory and swapped days per year 2007–2100 with their basis; pending days off',
      },
      source: {
        path: 'src/data/',
        note: '(`regimes.ts`, `schedules.ts`, `pending.ts`) through `NATIONAL_CALENDAR`',
      },
      layout: 'lines',
      value: daysOffValue,
    },
    {
      pkg: 'deadlines',
      path: 'data/lunar-months.json',
      schema: LUNAR,
      info: LUNAR_DATA_INFO,
      about: {
        vi: 'Bảng tháng âm lịch 1900–2100 (UTC+7): tháng, nhuận, ngày đầu tháng, số ngày',
        en: 'Lunar month table 1900–2100 (UTC+7): month, leap, first day, length',
      },
      source: {
        path: 'src/data/lunar-table.ts',
        note: '(generated from the astronomy in `src/lunar/`)',
      },
      layout: 'lines',
      value: lunarValue,
    },
  ];
}
