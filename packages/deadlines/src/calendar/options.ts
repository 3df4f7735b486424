import { fail } from '@ntm/domain/core';
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

/** Throws `calendar/invalid-<key>` (kebab-case) saying what the option expects. */
function invalid(key: string, vi: string, en: string): never {
  fail(`calendar/invalid-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, [key], {
    vi: `Tùy chọn lịch ${key} không hợp lệ: cần ${vi}.`,
    en: `Invalid calendar option ${key}: expected ${en}.`,
  });
}

function dates(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20000) {
    invalid(key, 'danh sách ngày YYYY-MM-DD', 'a list of YYYY-MM-DD dates');
  }
  return value.map((item, i) => formatDayNumber(parseDayNumber(item, [key, i])));
}

/** The first year pending days off apply: `true` → the earliest any could apply; `{ fromYear }` → that year. */
function pendingFrom(value: unknown): number | undefined {
  const earliest = Math.min(...PENDING_RULES.map((p) => p.earliestYear));
  if (value === undefined || value === false) return undefined;
  if (value === true) return earliest;
  const year =
    typeof value === 'object' && value !== null && Object.hasOwn(value, 'fromYear')
      ? (value as { fromYear: unknown }).fromYear
      : undefined;
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < earliest ||
    year > LAST_CALENDAR_YEAR
  ) {
    invalid(
      'includePending',
      `true, false hoặc { fromYear: năm ${earliest}–${LAST_CALENDAR_YEAR} }`,
      `true, false or { fromYear: a year ${earliest}–${LAST_CALENDAR_YEAR} }`,
    );
  }
  return year;
}

function flag(value: unknown, key: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  invalid(key, 'true hoặc false', 'true or false');
}

/** Validates untrusted calendar options (unknown keys, types, ranges) and applies the defaults. */
export function resolveOptions(input: unknown): ResolvedOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    invalid('options', 'một đối tượng', 'an object');
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KEYS.includes(key)) {
      fail('calendar/unknown-option', [key], {
        vi: `Không có tùy chọn lịch ${key}.`,
        en: `Unknown calendar option ${key}.`,
      });
    }
  }
  const get = (key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);
  const name = get('name') ?? 'custom';
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) {
    invalid('name', 'chuỗi 1–100 ký tự', 'a string of 1–100 characters');
  }
  const rest = get('weeklyRest') ?? [0, 6];
  let restMask = 0;
  for (const day of Array.isArray(rest) && rest.length < 7 ? rest : [-1]) {
    if (!Number.isInteger(day) || day < 0 || day > 6 || restMask & (1 << day)) {
      invalid(
        'weeklyRest',
        'tối đa 6 thứ khác nhau, 0 = Chủ nhật … 6 = thứ Bảy',
        'at most 6 distinct weekdays, 0 = Sunday … 6 = Saturday',
      );
    }
    restMask |= 1 << day;
  }
  const weeklyRest = [0, 1, 2, 3, 4, 5, 6].filter((d) => restMask & (1 << d));
  const split = get('tetSplit');
  const before =
    split === undefined
      ? 2
      : typeof split === 'object' && split !== null && Object.hasOwn(split, 'before')
        ? (split as { before: unknown }).before
        : Number.NaN;
  if (typeof before !== 'number' || !Number.isInteger(before) || before < 0 || before > 4) {
    invalid('tetSplit', '{ before: 0–4 }', '{ before: 0–4 }');
  }
  const adjacent = get('nationalDayAdjacent');
  if (adjacent !== undefined && adjacent !== 'before' && adjacent !== 'after') {
    invalid(
      'nationalDayAdjacent',
      "'before' (1/9) hoặc 'after' (3/9)",
      "'before' (1/9) or 'after' (3/9)",
    );
  }
  return {
    name,
    restMask,
    weeklyRest,
    extraDaysOff: dates(get('extraDaysOff'), 'extraDaysOff'),
    extraWorkingDays: dates(get('extraWorkingDays'), 'extraWorkingDays'),
    followSchedules: flag(get('followSchedules'), 'followSchedules') ?? restMask === 0b1000001,
    tetBefore: before,
    tetGiven: split !== undefined,
    nationalDayAdjacent: adjacent ?? 'before',
    adjacentGiven: adjacent !== undefined,
    pendingFrom: pendingFrom(get('includePending')),
  };
}
