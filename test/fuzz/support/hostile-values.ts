/*
 * Hostile values for the fuzz targets and the hostile-input properties: anything at all, prototype keys as own
 * properties (made by JSON.parse, as a file would make them), deep nesting, NaN, ±Infinity, 1e308, -0, huge and
 * negative integers, empty, huge, NFD and mixed Vietnamese strings, wrong types.
 */
import fc from 'fast-check';
import { Ref } from './ref.js';

export const nfd = (text: string): string => text.normalize('NFD');

/** JSON texts whose objects hold `__proto__`, `constructor`, `prototype` or `Object.prototype`'s names as own keys. */
const PROTO_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":null}',
  '{"__proto__":[1,2,3]}',
  '{"toString":"x","valueOf":1,"hasOwnProperty":"no"}',
  '{"__defineGetter__":{"polluted":"yes"},"__lookupGetter__":1,"isPrototypeOf":null}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"a":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}',
];

/** Parsed anew on each draw, so no call shares (or can change) another's object. */
export const protoObjects = fc.constantFrom(...PROTO_JSON).map((text): unknown => JSON.parse(text));

/** A key that is dangerous or confusing on an object, for spoiling documents. */
export const dangerousKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'undefined',
  nfd('Điện Biên'),
  '1.1',
  '-0',
  'NaN',
);

export const specialNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  -0,
  0,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MIN_VALUE,
  Number.EPSILON,
  1e21,
  -1,
  0.5,
  0.1 + 0.2,
  4294967296,
  99999999,
);

/** How deep `deeplyNested` goes: a few levels, some hundreds, and past any recursion limit. */
export const DEPTHS = [8, 200, 5_000, 50_000] as const;

/** Deep nesting: a few levels up to far past any recursion limit (labelled: fast-check cannot print it). */
export const deeplyNested = fc
  .tuple(
    fc.constantFrom(...DEPTHS),
    fc.constantFrom('array', 'object', 'mixed') as fc.Arbitrary<'array' | 'object' | 'mixed'>,
  )
  .map(([depth, kind]) => new Ref(`${kind} nested ${depth} deep`, nested(depth, kind)));

/** Arrays, objects or both nested `depth` deep, built without recursion. */
export function nested(depth: number, kind: 'array' | 'object' | 'mixed'): unknown {
  let value: unknown = 'đáy';
  for (let level = 0; level < depth; level += 1) {
    const asArray = kind === 'array' || (kind === 'mixed' && level % 2 === 0);
    value = asArray ? [value] : { inner: value };
  }
  return value;
}

/** Words of directives, criteria and unit names, for text in which a parser may find something. */
const WORDS = [
  'ngày',
  'tháng',
  'năm',
  'trước',
  'chậm nhất',
  'hằng',
  'hàng',
  'quý',
  'cuối',
  'đầu',
  'giữa',
  'kể từ',
  'trong thời hạn',
  'làm việc',
  'Điện Biên',
  'Tuần Giáo',
  'Quài Nưa',
  'xã',
  'huyện',
  'tỉnh',
  'hoà',
  'hòa',
  'thuỷ',
  'thủy',
  'Ðiện',
  'QĐ-UBND',
  'KH-UBND',
  '/',
  'III',
  '2022',
  '05/08/2022',
  '30',
];
const SEPARATORS = [' ', '  ', '\u00a0', '\t', '\n', '\u200b', ',', '.', '-', ''];

/** Vietnamese words, each NFC, NFD, upper case or as written, joined by odd spaces. */
export const mixedVietnamese = fc
  .array(
    fc.tuple(
      fc.constantFrom(...WORDS),
      fc.constantFrom('as-is', 'nfd', 'upper', 'lower') as fc.Arbitrary<string>,
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 12 },
  )
  .map((parts) =>
    parts
      .map(([word, form, separator]) => {
        const shaped =
          form === 'nfd'
            ? nfd(word)
            : form === 'upper'
              ? word.toUpperCase()
              : form === 'lower'
                ? word.toLowerCase()
                : word;
        return shaped + separator;
      })
      .join(''),
  );

const LONG = 'x'.repeat(50_000);
/** Strings long enough to show a quadratic regular expression or a copy per character. */
const HUGE = [
  LONG,
  'Điện Biên '.repeat(30_000),
  nfd('ngày 30 tháng 9 năm 2022 ').repeat(8_000),
  `a${'\u0301'.repeat(100_000)}`,
  ' \t\n\u00a0'.repeat(50_000),
  '9'.repeat(400),
  `ngày ${'1'.repeat(30)} tháng 1 năm 2020`,
  'ngày '.repeat(5_000),
  '1/'.repeat(20_000),
  'trước ngày 05/08/2022 '.repeat(2_000),
  `${'('.repeat(10_000)}${')'.repeat(10_000)}`,
];

export const weirdStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uFEFF2022-01-01',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '0x10',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{received}',
  '2025-02-30',
  '2025-13-01',
  '0000-01-01',
  '9999-12-31',
  '+002025-01-01',
  '2025-1-1',
  ' 2025-01-01',
  '2025-01-01T00:00:00Z',
  '２０２５-０１-０１',
  ...HUGE,
);

/** Any string: random, NFD, mixed Vietnamese, odd or huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map(nfd),
  mixedVietnamese,
  weirdStrings,
);

export const anything = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 3,
});

/** Any hostile value. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anything },
  { weight: 2, arbitrary: protoObjects },
  { weight: 2, arbitrary: specialNumbers },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

/** A valid value most of the time, a hostile one otherwise. */
export const or = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: hostile });

export const isoDate = fc
  .date({ min: new Date('1850-01-01'), max: new Date('2150-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const recentDate = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2032-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** A calendar date (mostly of the years the data covers) or a hostile value. */
export const date = or(fc.oneof(isoDate, recentDate, recentDate));
export const smallInt = fc.integer({ min: -40, max: 40 });
/** A small number or a hostile value. */
export const num = or(fc.oneof(smallInt, fc.double({ min: -200, max: 200, noNaN: true })));

/** A number as files write it: small, zero-padded, a year, negative, huge, in other digits. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }).map((n) => `0${n}`) },
  { weight: 3, arbitrary: fc.integer({ min: 1800, max: 2200 }).map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('0', '00', '-1', '99999', '9'.repeat(30), '1e3', '٣', '１２', '2.5'),
  },
);

/** A number from `min` to `max` as files write it (sometimes zero-padded), or now and then any `numberText`. */
export const numberIn = (min: number, max: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min, max }).map(String) },
    { weight: 1, arbitrary: fc.integer({ min, max }).map((n) => String(n).padStart(2, '0')) },
    { weight: 1, arbitrary: numberText },
  );

/** A phrase made of `parts` as files write it: as is, NFD, upper or lower case, odd spaces, a place before it. */
export function writtenAs(...parts: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.tuple(...parts),
      fc.constantFrom('as-is', 'as-is', 'nfd', 'upper', 'lower', 'spaces', 'place'),
    )
    .map(([pieces, form]) => {
      const text = pieces.join(' ');
      if (form === 'nfd') return nfd(text);
      if (form === 'upper') return text.toUpperCase();
      if (form === 'lower') return text.toLowerCase();
      if (form === 'spaces') return text.replace(/ /gu, ' \u00a0\t');
      if (form === 'place') return `Điện Biên, ${text}`;
      return text;
    });
}
