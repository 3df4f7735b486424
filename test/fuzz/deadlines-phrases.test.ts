// Fuzzing @ntm/deadlines/phrases: deadline phrases generated from the grammar parseDeadline reads (each way of
// writing a deadline, with odd numbers, NFD, case and spacing, inside longer sentences, two at once), the rules they
// give (as parsed and spoilt), and the seed directives (parsed, spoilt, and with a task's deadline replaced by a
// generated phrase) through directiveSchedule and directiveStatus.
import {
  directiveSchedule,
  directiveStatus,
  monthlyOn,
  occurrences,
  parseDeadline,
} from '@ntm/deadlines/phrases';
import { type IssuePath, parseDirective } from '@ntm/domain';
import fc from 'fast-check';
import { describe } from 'vitest';
import { pathsOf } from '../support/paths-of.js';
import { LAI_CHAU, TUAN_GIAO } from './support/fixtures.js';
import { fuzz } from './support/harness.js';
import {
  date,
  hostile,
  mixedVietnamese,
  numberIn,
  or,
  recentDate,
  writtenAs,
} from './support/hostile-values.js';
import { Ref } from './support/ref.js';
import { spoilt, validOrSpoilt } from './support/spoil.js';

const day = numberIn(1, 31);
const month = numberIn(1, 12);
const year = numberIn(2015, 2030);
const sep = fc.constantFrom('/', '/', '.', '-', ' / ');
const every = fc.constantFrom('hàng', 'hằng', 'mỗi');
const words = (...options: string[]) => fc.constantFrom(...options);

/** A date as directives write it: 05/08/2022, 5-8, 5 tháng 8 năm 2022… */
const writtenDate = fc.oneof(
  fc.tuple(day, sep, month, sep, year).map((p) => p.join('')),
  fc.tuple(day, sep, month).map((p) => p.join('')),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d} tháng ${m} năm ${y}`),
  fc.tuple(day, month).map(([d, m]) => `${d} tháng ${m}`),
);
const monthYear = fc
  .tuple(month, fc.constantFrom('/', '-', '.', ' năm '), year)
  .map((p) => p.join(''));

/** One deadline phrase of each kind parseDeadline knows, and some it must refuse. */
const phrase = fc.oneof(
  writtenAs(words('trước ngày', 'trước', 'trước ngày mùng'), writtenDate),
  writtenAs(
    words(
      'chậm nhất ngày',
      'chậm nhất là ngày',
      'chậm nhất vào ngày',
      'hạn cuối ngày',
      'trước hoặc trong ngày',
    ),
    writtenDate,
  ),
  writtenAs(words('trong tháng'), monthYear),
  writtenAs(
    words('trong quý'),
    fc.constantFrom('I', 'II', 'III', 'IV', 'V', '1', '4', '5', '0'),
    fc.tuple(fc.constantFrom('/', ' năm '), year).map((p) => p.join('')),
  ),
  writtenAs(words('trong năm', 'đầu năm', 'giữa năm', 'cuối năm'), year),
  writtenAs(words('đầu tháng', 'giữa tháng', 'cuối tháng'), monthYear),
  writtenAs(
    words('Ngày', 'định kỳ ngày', 'định kỳ trước ngày', 'vào ngày'),
    day,
    every,
    words('tháng'),
  ),
  writtenAs(every, words('tháng, trước ngày', 'tháng vào ngày', 'tháng chậm nhất là ngày'), day),
  writtenAs(
    words('ngày', 'trước ngày'),
    day,
    words('tháng đầu quý', 'của tháng cuối quý', 'tháng giữa', 'tháng thứ hai hằng quý'),
  ),
  writtenAs(words('từ tháng', 'kể từ tháng'), monthYear),
  writtenAs(words('kể từ ngày', 'từ ngày'), writtenDate),
  writtenAs(
    words('trong thời hạn', 'trong vòng'),
    numberIn(0, 400),
    words('ngày', 'ngày làm việc'),
    words('kể từ ngày nhận được', 'kể từ ngày', 'từ'),
    writtenDate,
  ),
  writtenAs(every, words('quý', 'năm', 'tháng'), words('báo cáo', '')),
);

/** A phrase inside a sentence, two phrases at once, or free text. */
const deadlineText = fc.oneof(
  { weight: 5, arbitrary: phrase },
  {
    weight: 2,
    arbitrary: fc
      .tuple(mixedVietnamese, phrase, mixedVietnamese)
      .map(([before, p, after]) => `${before} ${p} ${after}`),
  },
  { weight: 1, arbitrary: fc.tuple(phrase, phrase).map(([a, b]) => `${a}; ${b}`) },
  { weight: 1, arbitrary: mixedVietnamese },
);

const parseOptions = fc.record(
  {
    inclusive: fc.boolean(),
    issuedOn: recentDate,
    path: fc.constantFrom<IssuePath>(['tasks', 0, 'deadline', 'text'], []),
  },
  { requiredKeys: [] },
);

/** The rules of generated phrases that parse, under their phrase. */
const rule = deadlineText
  .chain((text) =>
    parseOptions.map((options) => {
      try {
        return new Ref(`parseDeadline(${JSON.stringify(text)})`, parseDeadline(text, options));
      } catch {
        return undefined;
      }
    }),
  )
  .filter((r): r is Ref => r !== undefined);

/** The seed directives with one task's deadline written as a generated phrase. */
function withPhrases(base: unknown, name: string): fc.Arbitrary<Ref> {
  const places = pathsOf(base).filter((p) => p.at(-1) === 'text' && p.at(-2) === 'deadline');
  return fc
    .tuple(fc.constantFrom(...places), deadlineText)
    .map(
      ([place, text]) =>
        new Ref(
          `${name} with ${place.join('.')} = ${JSON.stringify(text)}`,
          setAt(base, place, text),
        ),
    );
}

function setAt(base: unknown, path: IssuePath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...IssuePath];
  const copy = Array.isArray(base) ? base.slice() : { ...(base as object) };
  (copy as Record<string | number, unknown>)[key] = setAt(
    (base as Record<string | number, unknown>)[key],
    rest,
    value,
  );
  return copy;
}

/** A parsed directive: the seeds, the seeds with generated phrases, the seeds spoilt (when they still parse). */
const parsedDirective = fc
  .oneof(
    withPhrases(TUAN_GIAO, 'TUAN_GIAO'),
    withPhrases(LAI_CHAU, 'LAI_CHAU'),
    spoilt(TUAN_GIAO, 'TUAN_GIAO'),
    spoilt(LAI_CHAU, 'LAI_CHAU'),
  )
  .map((document) => {
    if (!(document instanceof Ref)) return undefined;
    try {
      return new Ref(document.label, parseDirective(document.value));
    } catch {
      return undefined;
    }
  })
  .filter((d): d is Ref => d !== undefined);
const PARSED_TUAN_GIAO = parseDirective(TUAN_GIAO);

/** Directives as engines receive them: parsed, or hand-built (a parsed one spoilt). */
const directive = fc.oneof(
  { weight: 3, arbitrary: parsedDirective },
  { weight: 1, arbitrary: spoilt(PARSED_TUAN_GIAO, 'parsed TUAN_GIAO') },
);

const policy = fc.constantFrom('next', 'previous', 'keep');

describe('@ntm/deadlines/phrases', () => {
  fuzz(
    'parseDeadline',
    parseDeadline,
    validOrSpoilt(
      fc.tuple(deadlineText, parseOptions),
      fc.tuple(or(deadlineText), or(parseOptions)),
    ),
  );
  fuzz(
    'monthlyOn',
    monthlyOn,
    validOrSpoilt(
      fc.tuple(
        fc.integer({ min: 1, max: 31 }),
        fc.record({ inclusive: fc.boolean() }, { requiredKeys: [] }),
      ),
      fc.tuple(hostile, or(fc.record({ inclusive: or(fc.boolean()) }))),
    ),
  );

  const occurrenceOptions = fc.record(
    { onNonWorkingDay: policy, receivedOn: recentDate },
    { requiredKeys: [] },
  );
  fuzz(
    'occurrences',
    occurrences,
    validOrSpoilt(
      fc.tuple(rule, recentDate, recentDate, occurrenceOptions),
      fc.tuple(
        rule.chain((r) => spoilt(r.value, r.label)),
        date,
        date,
        or(occurrenceOptions),
      ),
    ),
  );

  const scheduleOptions = fc.record(
    {
      from: recentDate,
      to: recentDate,
      onNonWorkingDay: policy,
      inclusive: fc.boolean(),
      startsOn: recentDate,
      receivedOn: recentDate,
    },
    { requiredKeys: ['from', 'to'] },
  );
  fuzz(
    'directiveSchedule',
    directiveSchedule,
    validOrSpoilt(fc.tuple(directive, scheduleOptions), fc.tuple(directive, or(scheduleOptions))),
  );

  const taskId = fc.constantFrom('1', '1.2', '1.3', '2.2a', '3.1', '3.2', '9.9');
  const reports = fc.array(
    fc.record({ taskId, on: recentDate, period: recentDate }, { requiredKeys: ['taskId', 'on'] }),
    { maxLength: 4 },
  );
  const statusOptions = fc.record(
    {
      inclusive: fc.boolean(),
      startsOn: recentDate,
      onNonWorkingDay: policy,
      receivedOn: recentDate,
    },
    { requiredKeys: [] },
  );
  fuzz(
    'directiveStatus',
    directiveStatus,
    validOrSpoilt(
      fc.tuple(directive, reports, recentDate, statusOptions),
      fc.tuple(directive, or(reports), date, or(statusOptions)),
    ),
  );
});
