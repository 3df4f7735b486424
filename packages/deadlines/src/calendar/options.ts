import { fail, parseIsoDate } from '@ntm/domain/core';

const KEYS = new Set([
  'name',
  'weeklyRest',
  'extraDaysOff',
  'extraWorkingDays',
  'followSchedules',
  'tetSplit',
  'nationalDayAdjacent',
  'includePending',
]);

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
  readonly includePending: boolean;
}

function invalid(key: string, vi: string, en: string): never {
  fail(`calendar/invalid-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, [key], {
    vi,
    en,
  });
}

function dates(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20000) {
    invalid(
      key,
      `${key} phải là danh sách ngày YYYY-MM-DD.`,
      `${key} must be a list of YYYY-MM-DD dates.`,
    );
  }
  return value.map((item, i) => parseIsoDate(item, [key, i]));
}

function flag(value: unknown, key: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  invalid(key, `${key} phải là true hoặc false.`, `${key} must be true or false.`);
}

/** Validates untrusted calendar options (unknown keys, types, ranges) and applies the defaults. */
export function resolveOptions(input: unknown): ResolvedOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('calendar/invalid-options', [], {
      vi: 'Tùy chọn lịch phải là một đối tượng.',
      en: 'Calendar options must be an object.',
    });
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KEYS.has(key)) {
      fail(
        'calendar/unknown-option',
        [key],
        { vi: `Tùy chọn lịch không có: ${key}.`, en: `Unknown calendar option: ${key}.` },
        { key },
      );
    }
  }
  const get = (key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);
  const name = get('name') ?? 'custom';
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) {
    invalid(
      'name',
      'Tên lịch phải là chuỗi 1–100 ký tự.',
      'name must be a string of 1–100 characters.',
    );
  }
  const rest = get('weeklyRest') ?? [0, 6];
  let restMask = 0;
  if (!Array.isArray(rest) || rest.length > 6) {
    invalid(
      'weeklyRest',
      'weeklyRest phải là danh sách tối đa 6 thứ trong tuần (0 = Chủ nhật … 6 = thứ Bảy).',
      'weeklyRest must list at most 6 weekdays (0 = Sunday … 6 = Saturday).',
    );
  }
  for (const day of rest) {
    if (!Number.isInteger(day) || day < 0 || day > 6 || restMask & (1 << day)) {
      invalid(
        'weeklyRest',
        `Thứ nghỉ hằng tuần không hợp lệ hoặc bị lặp: ${String(day)} (0–6).`,
        `Invalid or repeated weekly rest day: ${String(day)} (0–6).`,
      );
    }
    restMask |= 1 << day;
  }
  const weeklyRest = [0, 1, 2, 3, 4, 5, 6].filter((d) => restMask & (1 << d));
  const split = get('tetSplit');
  let tetBefore = 2;
  if (split !== undefined) {
    const before =
      typeof split === 'object' && split !== null && Object.hasOwn(split, 'before')
        ? (split as { before: unknown }).before
        : undefined;
    if (typeof before !== 'number' || !Number.isInteger(before) || before < 0 || before > 4) {
      invalid(
        'tetSplit',
        'tetSplit.before phải là số nguyên 0–4.',
        'tetSplit.before must be an integer 0–4.',
      );
    }
    tetBefore = before;
  }
  const adjacent = get('nationalDayAdjacent');
  if (adjacent !== undefined && adjacent !== 'before' && adjacent !== 'after') {
    invalid(
      'nationalDayAdjacent',
      "nationalDayAdjacent phải là 'before' (1/9) hoặc 'after' (3/9).",
      "nationalDayAdjacent must be 'before' (1/9) or 'after' (3/9).",
    );
  }
  return {
    name,
    restMask,
    weeklyRest,
    extraDaysOff: dates(get('extraDaysOff'), 'extraDaysOff'),
    extraWorkingDays: dates(get('extraWorkingDays'), 'extraWorkingDays'),
    followSchedules: flag(get('followSchedules'), 'followSchedules') ?? restMask === 0b1000001,
    tetBefore,
    tetGiven: split !== undefined,
    nationalDayAdjacent: adjacent ?? 'before',
    adjacentGiven: adjacent !== undefined,
    includePending: flag(get('includePending'), 'includePending') ?? false,
  };
}
