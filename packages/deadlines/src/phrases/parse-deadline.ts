import type { DeadlineRule, DeadlineSource } from '@ntm/domain/core';
import {
  DATE_ERRORS,
  type DateInput,
  DEADLINES_ERRORS,
  daysInMonth,
  expectAnyString,
  expectBoolean,
  expectPath,
  expectRecord,
  fail,
  fromDateParts,
  type IsoDate,
  type IssuePath,
  normalizeVietnamese,
  optional,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { READINGS } from '../data/readings.js';

/**
 * Options of {@link parseDeadline}.
 *
 * @example
 * ```ts
 * const options: ParseDeadlineOptions = { issuedOn: '2022-07-26', inclusive: false };
 * ```
 */
export interface ParseDeadlineOptions {
  /**
   * The directive's date. Supplies the year of dates written without one ("trước ngày 05/8") and rejects
   * such a date when it falls before the directive. Without it, a date with no year is an error.
   */
  readonly issuedOn?: DateInput;
  /**
   * Whether "trước ngày X" still allows X itself. Default `false`: due at the end of the day before X,
   * the literal reading (unverified: no statute defines it; some offices accept X).
   */
  readonly inclusive?: boolean;
  /** Path reported in errors, e.g. `['tasks', 3, 'deadline', 'text']`. Default `[]`. */
  readonly path?: IssuePath;
}

interface Context {
  readonly issuedOn: IsoDate | undefined;
  readonly inclusive: boolean;
  readonly path: IssuePath;
}

/** One way of writing a deadline: a pattern and what to build from its groups. */
interface Pattern {
  readonly regex: RegExp;
  /** `phrase` is the matched text, for an error about the phrase as a whole. */
  readonly build: (
    groups: readonly (string | undefined)[],
    context: Context,
    phrase: string,
  ) => RuleBody;
}

/** A rule without its source span (added once the match is known). */
type RuleBody = Omit<DeadlineRule, 'source'> & { readonly kind: DeadlineRule['kind'] };

/*
 * Building blocks. Text is NFC with single spaces; matching ignores case. `(?<![\p{L}\d])` is a word start
 * (JavaScript's \b only knows ASCII letters). Both "hàng" and "hằng", "mùng" and "mồng" are accepted.
 */
const START = String.raw`(?<![\p{L}\d])`;
const DAY_WORD = String.raw`(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?`;
/** dd/mm[/yyyy] or "dd tháng mm [năm yyyy]" — six groups. */
const DATE = String.raw`(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,\s*năm)\s+(\d{4}))?)(?![\d/])`;
/** "m/yyyy", "m năm yyyy", "m-yyyy" — two groups. */
const MONTH_YEAR = String.raw`(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})`;
const EVERY = '(?:hàng|hằng|mỗi)';
const QUARTER = '(IV|III|II|I|[1-4])';

const re = (source: string): RegExp => new RegExp(START + source, 'giu');

const PATTERNS: readonly Pattern[] = [
  {
    // "trong thời hạn 5 ngày làm việc kể từ ngày nhận được", "trong vòng 15 ngày kể từ ngày 26/7/2022"
    regex: re(
      String.raw`trong\s+(?:thời\s+hạn|vòng)\s+(\d{1,4})\s+ngày(\s+làm\s+việc)?\s*,?\s*(?:kể\s+)?từ\s+(?:ngày\s+)?(?:(nhận\s+được|nhận)|${DATE})`,
    ),
    build: (g, c, phrase) => {
      const days = Number(g[0]);
      if (days < 1) return unreadable(phrase, c);
      const after = g[2] ? undefined : dateOf(g.slice(3), c);
      const working = g[1] !== undefined;
      return {
        kind: working ? 'withinWorkingDays' : 'withinDays',
        days,
        ...(after ? { after } : {}),
        reading: READINGS[working ? 'within-working-days' : 'within-days'],
      } as RuleBody;
    },
  },
  {
    // "trước ngày 18 của tháng cuối quý", "ngày 15 tháng đầu quý hằng quý"
    regex: re(
      String.raw`(trước\s+)?(?:vào\s+)?ngày\s+(\d{1,2})\s+(?:của\s+)?tháng\s+(đầu|thứ\s+nhất|giữa|thứ\s+hai|cuối|thứ\s+ba)\s+(?:${EVERY}\s+)?quý(?:\s+${EVERY}\s+quý)?`,
    ),
    build: (g, c) => {
      const before = g[0] !== undefined;
      const which = (g[2] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const monthOfQuarter =
        which === 'đầu' || which === 'thứ nhất'
          ? 1
          : which === 'cuối' || which === 'thứ ba'
            ? 3
            : 2;
      return {
        kind: 'quarterly',
        day: dayOfMonth(g[1], c),
        monthOfQuarter,
        inclusive: !before,
        reading: READINGS[before ? 'quarterly-before-day' : 'quarterly-day'],
      } as RuleBody;
    },
  },
  {
    // "Ngày 30 hàng tháng", "định kỳ trước ngày 5 hằng tháng", "vào ngày 25 mỗi tháng"
    regex: re(
      String.raw`(?:định\s+kỳ\s+)?(trước\s+)?(?:vào\s+)?${DAY_WORD}(\d{1,2})\s+(?:${EVERY}\s+tháng|của\s+${EVERY}\s+tháng)`,
    ),
    build: (g, c) => monthly(g[1], g[0] !== undefined, c),
  },
  {
    // "hằng tháng, trước ngày 5", "định kỳ hàng tháng vào ngày 30"
    regex: re(
      String.raw`(?:định\s+kỳ\s+)?${EVERY}\s+tháng\s*,?\s*(?:(trước)\s+|vào\s+|chậm\s+nhất\s+(?:là\s+|vào\s+)?)?ngày\s+(?:(?:mùng|mồng)\s+)?(\d{1,2})(?![\d/.-])`,
    ),
    build: (g, c) => monthly(g[1], g[0] !== undefined, c),
  },
  {
    // "chậm nhất ngày 05/8/2022", "chậm nhất là ngày …", "hạn cuối ngày …", "trước hoặc trong ngày …"
    regex: re(
      String.raw`(?:chậm\s+nhất\s+(?:là\s+|vào\s+)?(?:(?:trong\s+)?ngày\s+)?|hạn\s+cuối\s+(?:là\s+)?(?:ngày\s+)?|trước\s+hoặc\s+trong\s+ngày\s+)${DATE}`,
    ),
    build: (g, c) => ({ kind: 'by', date: dateOf(g, c), reading: READINGS['by-inclusive'] }),
  },
  {
    // "trước ngày 05/08/2022", "trước ngày 01 tháng 10 năm 2022"
    regex: re(String.raw`trước\s+${DAY_WORD}${DATE}`),
    build: (g, c) => ({
      kind: 'before',
      date: dateOf(g, c),
      inclusive: c.inclusive,
      reading: READINGS[c.inclusive ? 'before-inclusive' : 'before-exclusive'],
    }),
  },
  {
    // "trong tháng 10/2022", "trong tháng 10 năm 2022"
    regex: re(String.raw`trong\s+tháng\s+${MONTH_YEAR}`),
    build: (g, c) => {
      const { year, month } = monthOf(g[0], g[1], c);
      return {
        kind: 'within',
        period: 'month',
        start: fromDateParts({ year, month, day: 1 }, c.path),
        end: fromDateParts({ year, month, day: daysInMonth(year, month) }, c.path),
        reading: READINGS['within-month'],
      } as RuleBody;
    },
  },
  {
    // "trong quý III/2022", "trong quý 3 năm 2022"
    regex: re(String.raw`trong\s+quý\s+${QUARTER}\s*(?:[/.-]|năm)\s*(\d{4})`),
    build: (g, c) => {
      const quarter = quarterOf(g[0] ?? '');
      const year = yearOf(g[1], c);
      const lastMonth = quarter * 3;
      return {
        kind: 'within',
        period: 'quarter',
        start: fromDateParts({ year, month: lastMonth - 2, day: 1 }, c.path),
        end: fromDateParts({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }, c.path),
        reading: READINGS['within-quarter'],
      } as RuleBody;
    },
  },
  {
    // "trong năm 2022"
    regex: re(String.raw`trong\s+năm\s+(\d{4})(?![\d-])`),
    build: (g, c) => {
      const year = yearOf(g[0], c);
      return {
        kind: 'within',
        period: 'year',
        start: fromDateParts({ year, month: 1, day: 1 }, c.path),
        end: fromDateParts({ year, month: 12, day: 31 }, c.path),
        reading: READINGS['within-year'],
      } as RuleBody;
    },
  },
  {
    // "cuối tháng 10/2022", "giữa tháng 6 năm 2020", "đầu tháng 9/2022"
    regex: re(String.raw`(đầu|giữa|cuối)\s+tháng\s+${MONTH_YEAR}`),
    build: (g, c) => {
      const { year, month } = monthOf(g[1], g[2], c);
      const which = (g[0] ?? '').toLowerCase();
      const day = which === 'đầu' ? 1 : which === 'giữa' ? 15 : daysInMonth(year, month);
      const id = which === 'đầu' ? 'month-start' : which === 'giữa' ? 'month-middle' : 'month-end';
      return {
        kind: 'by',
        date: fromDateParts({ year, month, day }, c.path),
        reading: READINGS[id],
      };
    },
  },
  {
    // "cuối năm 2022", "giữa năm 2023"
    regex: re(String.raw`(đầu|giữa|cuối)\s+năm\s+(\d{4})(?![\d-])`),
    build: (g, c) => {
      const year = yearOf(g[1], c);
      const which = (g[0] ?? '').toLowerCase();
      const [month, day, id] =
        which === 'đầu'
          ? ([1, 1, 'year-start'] as const)
          : which === 'giữa'
            ? ([6, 30, 'year-middle'] as const)
            : ([12, 31, 'year-end'] as const);
      return {
        kind: 'by',
        date: fromDateParts({ year, month, day }, c.path),
        reading: READINGS[id],
      };
    },
  },
  {
    // "từ tháng 6 năm 2020", "kể từ tháng 6/2020"
    regex: re(String.raw`(?:kể\s+)?từ\s+tháng\s+${MONTH_YEAR}`),
    build: (g, c) => {
      const { year, month } = monthOf(g[0], g[1], c);
      return {
        kind: 'from',
        date: fromDateParts({ year, month, day: 1 }, c.path),
        reading: READINGS['from-month'],
      };
    },
  },
  {
    // "kể từ ngày 01/01/2021", "từ ngày 15/8/2022"
    regex: re(String.raw`(?:kể\s+)?từ\s+${DAY_WORD}${DATE}`),
    build: (g, c) => ({ kind: 'from', date: dateOf(g, c), reading: READINGS['from-date'] }),
  },
];

/*
 * Phrases we recognise but that fix no date on their own. They are errors with their own code, because
 * inventing the missing day would be a guess (NĐ 09/2019/NĐ-CP fixes the data window, not the submission day).
 */
const NO_DAY = new RegExp(String.raw`${START}(?:định\s+kỳ\s+)?${EVERY}\s+(tháng|quý|năm)`, 'iu');

/**
 * Reads a deadline written in Vietnamese into a {@link DeadlineRule}, with the phrase's position and the
 * reading used. Understands the seed phrases and their common variants:
 *
 * | Phrase | Rule |
 * |---|---|
 * | "trước ngày 05/08/2022" | `before` (due 04/08; `inclusive: true` → 05/08) |
 * | "chậm nhất (là/vào) ngày X", "hạn cuối ngày X", "trước hoặc trong ngày X" | `by` X |
 * | "trong tháng 10/2022", "trong quý III/2022", "trong năm 2022" | `within` the period |
 * | "đầu / giữa / cuối tháng M/Y", "đầu / giữa / cuối năm Y" | `by` the 1st / 15th / last day |
 * | "Ngày 30 hàng tháng", "định kỳ (trước) ngày N hằng tháng", "hằng tháng, trước ngày N" | `monthly` |
 * | "(trước) ngày N (của) tháng đầu / giữa / cuối quý" | `quarterly` |
 * | "từ tháng 6 năm 2020", "kể từ ngày X" | `from` |
 * | "trong thời hạn N ngày (làm việc) kể từ ngày X / ngày nhận được" | `withinDays` / `withinWorkingDays` |
 *
 * The phrase may sit inside a longer sentence. Text with no deadline phrase, with two different ones,
 * with a periodicity but no day ("báo cáo hằng quý"), or with a date that does not exist throws a
 * `DomainError` (vi/en) — never a guess.
 *
 * @remarks Đọc hạn chót viết bằng lời trong văn bản chỉ đạo. "Trước ngày X" mặc định là hết ngày X−1.
 * @example
 * ```ts
 * parseDeadline('Thời gian hoàn thiện gửi về UBND huyện trước ngày 05/08/2022');
 * // { kind: 'before', date: '2022-08-05', inclusive: false, source: { text: 'trước ngày 05/08/2022', … }, reading: … }
 * parseDeadline('Ngày 30 hàng tháng, báo cáo tiến độ'); // { kind: 'monthly', day: 30, inclusive: true, … }
 * ```
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): DeadlineRule {
  const given = expectRecord(options, ['options']);
  const path = optional(given.path, (value) => expectPath(value, ['path'])) ?? [];
  const input = expectAnyString(text, path);
  const inclusive = optional(given.inclusive, (value) => expectBoolean(value, ['inclusive']));
  const context: Context = {
    issuedOn: optional(given.issuedOn, (value) => parseIsoDate(value, ['issuedOn'])),
    inclusive: inclusive ?? false,
    path,
  };
  const normal = normalizeVietnamese(input);
  const found = findMatches(normal);
  const first = found[0];
  if (!first) return noRule(normal, context);
  const other = found.find((m) => m.text.toLowerCase() !== first.text.toLowerCase());
  if (other) {
    fail(DEADLINES_ERRORS['deadlines/ambiguous'], path, {
      text: received(normal),
      first: first.text,
      second: other.text,
      phrases: found.map((m) => m.text),
    });
  }
  const source: DeadlineSource = { text: first.text, start: first.start, end: first.end };
  return Object.freeze({
    ...first.pattern.build(first.groups, context, first.text),
    source,
  }) as DeadlineRule;
}

interface Match {
  readonly pattern: Pattern;
  readonly groups: readonly (string | undefined)[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** All pattern matches, earlier patterns winning over later ones that overlap them, in text order. */
function findMatches(text: string): Match[] {
  const kept: Match[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (kept.some((k) => start < k.end && k.start < end)) continue;
      kept.push({ pattern, groups: m.slice(1), text: m[0], start, end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function noRule(text: string, context: Context): never {
  const periodic = NO_DAY.exec(text);
  if (periodic) {
    fail(DEADLINES_ERRORS['deadlines/missing-due-day'], context.path, {
      phrase: periodic[0],
      text,
    });
  }
  return unreadable(text, context);
}

function unreadable(text: string, context: Context): never {
  fail(DEADLINES_ERRORS['deadlines/unrecognised'], context.path, { text: received(text) });
}

function monthly(day: string | undefined, before: boolean, context: Context): RuleBody {
  return {
    kind: 'monthly',
    day: dayOfMonth(day, context),
    inclusive: !before,
    reading: READINGS[before ? 'monthly-before-day' : 'monthly-day'],
  } as RuleBody;
}

function dayOfMonth(value: string | undefined, context: Context): number {
  const day = Number(value);
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    fail(DEADLINES_ERRORS['deadlines/invalid-day'], context.path, { day: String(value) });
  }
  return day;
}

/** A date from the six DATE groups (numeric or words); the year may come from the directive date. */
function dateOf(groups: readonly (string | undefined)[], context: Context): IsoDate {
  const numeric = groups[0] !== undefined;
  const day = Number(numeric ? groups[0] : groups[3]);
  const month = Number(numeric ? groups[1] : groups[4]);
  const written = numeric ? groups[2] : groups[5];
  if (written !== undefined)
    return fromDateParts({ year: Number(written), month, day }, context.path);
  const issued = requireIssued(context, `${day}/${month}`);
  const date = fromDateParts({ year: Number(issued.slice(0, 4)), month, day }, context.path);
  if (date < issued) {
    fail(DEADLINES_ERRORS['deadlines/date-before-issue'], context.path, {
      written: `${day}/${month}`,
      date,
      issuedOn: issued,
    });
  }
  return date;
}

function monthOf(
  month: string | undefined,
  year: string | undefined,
  context: Context,
): { year: number; month: number } {
  const m = Number(month);
  if (!Number.isInteger(m) || m < 1 || m > 12) {
    fail(DATE_ERRORS['date/invalid'], context.path, {
      value: { vi: `tháng ${month}/${year}`, en: `month ${month}/${year}` },
    });
  }
  return { year: yearOf(year, context), month: m };
}

function yearOf(year: string | undefined, context: Context): number {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1) {
    fail(DATE_ERRORS['date/invalid'], context.path, {
      value: { vi: `năm ${year}`, en: `year ${year}` },
    });
  }
  return y;
}

function quarterOf(value: string): number {
  const upper = value.toUpperCase();
  return upper === 'I'
    ? 1
    : upper === 'II'
      ? 2
      : upper === 'III'
        ? 3
        : upper === 'IV'
          ? 4
          : Number(value);
}

function requireIssued(context: Context, shown: string): IsoDate {
  if (context.issuedOn === undefined) {
    fail(DEADLINES_ERRORS['deadlines/missing-year'], context.path, { written: shown });
  }
  return context.issuedOn;
}
