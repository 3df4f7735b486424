import type { DeadlineRule } from '@ntm/domain/core';
import { type Bilingual, describeValue, fail, isIsoDate } from '@ntm/domain/core';

type Path = readonly (string | number)[];

// Same bounds as the directive schema of @ntm/domain (dayOfMonth, count): a rule built by hand or read from JSON without
// parseDirective is checked here, because a broken rule would otherwise give a silent empty or wrong list.
const MAX_DAYS = 3650;

const EXPECTED = {
  object: { vi: 'một đối tượng', en: 'an object' },
  date: { vi: 'ngày YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
  range: { vi: 'ngày YYYY-MM-DD không trước start', en: 'a date YYYY-MM-DD not before start' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  period: { vi: 'month, quarter hoặc year', en: 'month, quarter or year' },
  reading: {
    vi: 'một cách đọc { id, explanation: { vi, en } }',
    en: 'a reading { id, explanation: { vi, en } }',
  },
  kind: { vi: 'một loại hạn đã biết', en: 'a known kind of deadline' },
} as const;

function bad(path: Path, field: string, expected: Bilingual, value: unknown): never {
  fail(
    'deadlines/invalid-rule',
    field === 'rule' ? [...path] : [...path, field],
    {
      vi: `Quy tắc hạn không hợp lệ: ${field} phải là ${expected.vi} (nhận được ${describeValue(value)}).`,
      en: `Invalid deadline rule: ${field} must be ${expected.en} (got ${describeValue(value)}).`,
    },
    { field },
  );
}

function own(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

function date(rule: object, key: string, path: Path): void {
  const value = own(rule, key);
  if (!isIsoDate(value)) bad(path, key, EXPECTED.date, value);
}

function int(rule: object, key: string, max: number, path: Path): void {
  const value = own(rule, key);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
    bad(path, key, { vi: `số nguyên 1–${max}`, en: `a whole number 1–${max}` }, value);
}

function bool(rule: object, key: string, path: Path): void {
  const value = own(rule, key);
  if (typeof value !== 'boolean') bad(path, key, EXPECTED.boolean, value);
}

function text(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/** Checks the fields a rule of its kind needs (a `DeadlineRule` from `parseDeadline` always passes). */
export function checkRule(rule: unknown, path: Path): DeadlineRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule))
    bad(path, 'rule', EXPECTED.object, rule);
  const reading = own(rule, 'reading');
  const explanation =
    typeof reading === 'object' && reading !== null ? own(reading, 'explanation') : undefined;
  if (
    typeof reading !== 'object' ||
    reading === null ||
    !text(own(reading, 'id')) ||
    typeof explanation !== 'object' ||
    explanation === null ||
    !text(own(explanation, 'vi')) ||
    !text(own(explanation, 'en'))
  )
    bad(path, 'reading', EXPECTED.reading, reading);
  const kind = own(rule, 'kind');
  switch (kind) {
    case 'before':
      date(rule, 'date', path);
      bool(rule, 'inclusive', path);
      break;
    case 'by':
    case 'from':
      date(rule, 'date', path);
      break;
    case 'within': {
      const period = own(rule, 'period');
      if (period !== 'month' && period !== 'quarter' && period !== 'year')
        bad(path, 'period', EXPECTED.period, period);
      date(rule, 'start', path);
      date(rule, 'end', path);
      if ((own(rule, 'start') as string) > (own(rule, 'end') as string))
        bad(path, 'end', EXPECTED.range, own(rule, 'end'));
      break;
    }
    case 'monthly':
      int(rule, 'day', 31, path);
      bool(rule, 'inclusive', path);
      break;
    case 'quarterly':
      int(rule, 'day', 31, path);
      int(rule, 'monthOfQuarter', 3, path);
      bool(rule, 'inclusive', path);
      break;
    case 'withinDays':
    case 'withinWorkingDays':
      int(rule, 'days', MAX_DAYS, path);
      if (own(rule, 'after') !== undefined) date(rule, 'after', path);
      break;
    default:
      bad(path, 'kind', EXPECTED.kind, kind);
  }
  return rule as DeadlineRule;
}
