import {
  CALENDAR_ERRORS,
  expectArray,
  expectBoolean,
  expectInteger,
  expectKnownFields,
  expectMaxLength,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  INPUT_ERRORS,
  isRecord,
  optional,
  received,
} from '@ntm/domain/core';
import { PENDING_RULES } from '../data/pending.js';
import { LAST_CALENDAR_YEAR } from '../data/regimes.js';
import { formatDayNumber, parseDayNumber } from './day-number.js';

const KEYS = [
  'name',
  'weeklyRest',
  'extraDaysOff',
  'extraWorkingDays',
  'followSchedules',
  'tetSplit',
  'nationalDayAdjacent',
  'includePending',
];

/** Options after validation, with defaults applied. */
export interface ResolvedOptions {
  readonly name: string;
  readonly restMask: number;
  readonly weeklyRest: readonly number[];
  readonly extraDaysOff: readonly string[];
  readonly extraWorkingDays: readonly string[];
  readonly followSchedules: boolean;
  readonly tetBefore: number;
  readonly tetGiven: boolean;
  readonly nationalDayAdjacent: 'before' | 'after';
  readonly adjacentGiven: boolean;
  /** First year the pending days off apply, or `undefined` when they are not included. */
  readonly pendingFrom: number | undefined;
}

/** Saturday and Sunday (Quyết định 188/1999/QĐ-TTg), as a mask of weekdays. */
const WEEKEND = 0b1000001;
const DATES = { vi: 'ngày', en: 'dates' };

/** A list of at most 20,000 `YYYY-MM-DD` dates, as ISO dates. */
function dates(value: unknown, key: string): readonly string[] {
  if (value === undefined) return [];
  const list = expectArray(value, [key]);
  if (list.length > 20000)
    fail(INPUT_ERRORS['input/too-long'], [key], {
      maximum: 20000,
      unit: DATES,
      received: received(list),
    });
  return list.map((item, i) => formatDayNumber(parseDayNumber(item, [key, i])));
}

/** The weekly rest days as a bit mask (bit d = weekday d): distinct weekdays 0–6, leaving one working day. */
function restMaskOf(value: unknown): number {
  const rest = expectArray(value, ['weeklyRest']);
  let mask = 0;
  rest.forEach((item, i) => {
    const day = expectInteger(item, ['weeklyRest', i], { min: 0, max: 6 });
    if (mask & (1 << day))
      fail(CALENDAR_ERRORS['calendar/duplicate-rest-day'], ['weeklyRest', i], { weekday: day });
    mask |= 1 << day;
  });
  if (mask === 0b1111111) fail(CALENDAR_ERRORS['calendar/no-working-day'], ['weeklyRest']);
  return mask;
}

/** The first year pending days off apply: `true` → the earliest any could apply; `{ fromYear }` → that year. */
function pendingFrom(value: unknown): number | undefined {
  if (value === undefined || value === false) return undefined;
  const earliest = Math.min(...PENDING_RULES.map((p) => p.earliestYear));
  if (value === true) return earliest;
  if (!isRecord(value))
    fail(INPUT_ERRORS['input/wrong-type'], ['includePending'], {
      expected: { vi: 'true, false hoặc { fromYear }', en: 'true, false or { fromYear }' },
      received: received(value),
    });
  const fields = expectKnownFields(value, ['fromYear'], ['includePending']);
  return expectInteger(fields.fromYear, ['includePending', 'fromYear'], {
    min: earliest,
    max: LAST_CALENDAR_YEAR,
  });
}

/** Validates untrusted calendar options (unknown keys, types, ranges) and applies the defaults. */
export function resolveOptions(input: unknown): ResolvedOptions {
  const o = expectKnownFields(expectRecord(input, ['options']), KEYS, []);
  const get = (key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);
  const name =
    optional(get('name'), (value) =>
      expectMaxLength(expectString(value, ['name']), 100, ['name']),
    ) ?? 'custom';
  const restMask = optional(get('weeklyRest'), restMaskOf) ?? WEEKEND;
  const weeklyRest = [0, 1, 2, 3, 4, 5, 6].filter((d) => restMask & (1 << d));
  const split = optional(get('tetSplit'), (value) =>
    expectKnownFields(value, ['before'], ['tetSplit']),
  );
  const before =
    split === undefined
      ? 2
      : expectInteger(split.before, ['tetSplit', 'before'], { min: 0, max: 4 });
  const adjacent = optional(get('nationalDayAdjacent'), (value) =>
    expectOneOf(value, ['before', 'after'], ['nationalDayAdjacent']),
  );
  const flag = (key: string) => optional(get(key), (value) => expectBoolean(value, [key]));
  return {
    name,
    restMask,
    weeklyRest,
    extraDaysOff: dates(get('extraDaysOff'), 'extraDaysOff'),
    extraWorkingDays: dates(get('extraWorkingDays'), 'extraWorkingDays'),
    followSchedules: flag('followSchedules') ?? restMask === WEEKEND,
    tetBefore: before,
    tetGiven: split !== undefined,
    nationalDayAdjacent: adjacent ?? 'before',
    adjacentGiven: adjacent !== undefined,
    pendingFrom: pendingFrom(get('includePending')),
  };
}
