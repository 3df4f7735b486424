/*
 * Hostile input across the public API (project standard: "Bad input gets a clear, typed error — a stable code, the
 * path of the field, a message in Vietnamese and English — never a crash, NaN, a silent default or a wrong answer").
 * Every public function that takes external input is fed fast-check values: anything at all, prototype-polluting
 * JSON (`__proto__`, `constructor`, `prototype`), NaN, ±Infinity, 1e308, -0, huge and negative integers, empty, NFD and
 * very long strings, wrong types, and valid fixtures with one field replaced by such a value. Each call must either
 * return a result with no NaN/Infinity anywhere, or throw a `DomainError` whose issues are well formed; and
 * `Object.prototype` must stay clean.
 */
import { readFileSync } from 'node:fs';
import {
  evaluateCommune,
  listMissingThresholds,
  localizeCriteriaSet,
  resolveCriteriaSet,
  roadmap,
  summarize,
  supplementCriteriaSet,
} from '@ntm/criteria';
import { NTM_CRITERIA_SETS, XA_2021_2025, XA_2026_2030 } from '@ntm/criteria/sets';
import {
  addWorkingDays,
  countWorkingDays,
  createCalendar,
  daysOff,
  describeDay,
  endOfPeriod,
  fromLunar,
  isDayOff,
  isWorkingDay,
  makeUpWorkingDays,
  NATIONAL_CALENDAR,
  nextWorkingDay,
  previousWorkingDay,
  toLunar,
} from '@ntm/deadlines';
import { toICS } from '@ntm/deadlines/ics';
import {
  directiveSchedule,
  directiveStatus,
  monthlyOn,
  occurrences,
  parseDeadline,
} from '@ntm/deadlines/phrases';
import {
  type DomainIssue,
  isDomainError,
  nameKey,
  normalizeVietnamese,
  parseCommuneFacts,
  parseDirective,
  parseDocumentNumber,
  parseIsoDate,
  parseNationalSupplement,
  parseOcopAssessment,
  parseOcopRubric,
  parseProvinceCriteriaConfig,
  parseVietnameseDate,
  safeParseCommuneFacts,
  safeParseDirective,
  safeParseNationalSupplement,
  safeParseOcopAssessment,
  safeParseProvinceCriteriaConfig,
  searchKey,
} from '@ntm/domain';
import {
  ancestorsOf,
  findUnit,
  ntmRegionOf,
  predecessorsOf,
  successorsOf,
  unitsOf,
} from '@ntm/domain/units';
import {
  aggregateCouncil,
  certificateTimeline,
  displayScore,
  dossierProgress,
  getOcopVersion,
  processingDeadline,
  processPeriodFor,
  recognitionPath,
  resolveRubric,
  scoreAssessment,
  scoreParts,
  starsForTotal,
  transitionDeadline,
  validateRecognition,
  versionForDate,
} from '@ntm/ocop-scoring';
import { findProductSet, QD26_2026_B04, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------

/** Paths of the non-finite numbers inside `value` (cycles and shared objects visited once). */
function nonFinite(
  value: unknown,
  path = '$',
  seen = new Set<object>(),
  out: string[] = [],
): string[] {
  if (out.length >= 5) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
    return out;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  for (const key of Object.keys(value)) {
    nonFinite((value as Record<string, unknown>)[key], `${path}.${key}`, seen, out);
  }
  return out;
}

function checkIssues(issues: readonly DomainIssue[], label: string): void {
  if (!Array.isArray(issues) || issues.length === 0) throw new Error(`${label}: no issues`);
  for (const issue of issues) {
    const ok =
      typeof issue.code === 'string' &&
      issue.code.length > 0 &&
      Array.isArray(issue.path) &&
      typeof issue.message?.vi === 'string' &&
      issue.message.vi.length > 0 &&
      typeof issue.message?.en === 'string' &&
      issue.message.en.length > 0;
    if (!ok) throw new Error(`${label}: malformed issue ${safeString(issue)}`);
  }
}

function safeString(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 400) ??
      String(value)
    );
  } catch {
    return Object.prototype.toString.call(value);
  }
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Runs `fn`: a result must hold only finite numbers; an error must be a well-formed `DomainError`. */
function outcome(label: string, fn: () => unknown): Outcome {
  let value: unknown;
  try {
    value = fn();
  } catch (error) {
    if (!isDomainError(error)) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : safeString(error);
      throw new Error(`${label} threw a non-DomainError: ${detail}`);
    }
    checkIssues(error.issues, label);
    return { ok: false };
  }
  const bad = nonFinite(value);
  if (bad.length > 0) throw new Error(`${label} returned non-finite numbers: ${bad.join(', ')}`);
  if (isResult(value) && !value.success) checkIssues(value.issues, label);
  return { ok: true, value };
}

function isResult(value: unknown): value is { success: boolean; issues: DomainIssue[] } {
  return typeof value === 'object' && value !== null && 'success' in value && 'issues' in value;
}

type AnyFn = (...args: never[]) => unknown;
const call = (fn: AnyFn, args: readonly unknown[]): unknown =>
  (fn as unknown as (...a: unknown[]) => unknown)(...args.map(unref));

function hasRef(value: unknown, depth = 0): boolean {
  if (value instanceof Ref) return true;
  if (depth > 4 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasRef(v, depth + 1));
}

/** The argument with every `Ref` replaced by its value (copies only what holds one). */
function unref(value: unknown): unknown {
  if (value instanceof Ref) return value.value;
  if (!hasRef(value)) return value;
  if (Array.isArray(value)) return value.map(unref);
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, unref(v)]));
}

/** A value that prints as a short description in counterexamples (reference data is huge). */
class Ref {
  constructor(
    readonly label: string,
    readonly value: unknown,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}
const ref = (label: string, value: unknown) => fc.constant(new Ref(label, value));

// Raise to a few thousand for a long local hunt; 150 keeps the file at a few seconds.
const RUNS = { numRuns: 150 };

/**
 * Property: `fn(...args)` ends well for every generated argument list. The generator must also reach both sides —
 * some argument lists accepted, some refused (a thrown DomainError or a failed safeParse result) — so a function
 * that always throws a well-formed error, or one that never checks its input, fails its row.
 */
function survives(name: string, fn: AnyFn, args: fc.Arbitrary<readonly unknown[]>, runs = RUNS) {
  it(`${name} survives hostile input`, () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(args, (a) => {
        const result = outcome(name, () => call(fn, a));
        if (result.ok && !(isResult(result.value) && !result.value.success)) accepted += 1;
        else refused += 1;
      }),
      runs,
    );
    expect(accepted, `${name}: no generated input was accepted`).toBeGreaterThan(0);
    expect(refused, `${name}: no generated input was refused`).toBeGreaterThan(0);
  });
}

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------------------------

const PROTO_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":null}',
  '{"toString":"x","valueOf":1,"hasOwnProperty":"no"}',
  '[{"__proto__":{"polluted":"yes"}}]',
];
const protoObjects = fc.constantFrom(...PROTO_JSON).map((s): unknown => JSON.parse(s));

const specialNumbers = fc.constantFrom(
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
  1e21,
  -1,
  0.5,
  4294967296,
  99999999,
);

const LONG = 'x'.repeat(50_000);
const weirdStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uD800',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '2025-02-30',
  '2025-13-01',
  '0000-01-01',
  '9999-12-31',
  '+002025-01-01',
  '2025-1-1',
  ' 2025-01-01',
  '2025-01-01T00:00:00Z',
  '２０２５-０１-０１',
  LONG,
  `${'9'.repeat(400)}`,
  `ngày ${'1'.repeat(30)} tháng 1 năm 2020`,
  `${'ngày '.repeat(5000)}`,
  `${'1/'.repeat(20_000)}`,
  `${'trước ngày 05/08/2022 '.repeat(2000)}`,
);

const nfdStrings = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.normalize('NFD'));

const anything = fc.anything({
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
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  anything,
  protoObjects,
  specialNumbers,
  weirdStrings,
  nfdStrings,
  fc.integer(),
  fc.double(),
);

/** A valid value most of the time, a hostile one otherwise. */
const or = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostile });

const isoDate = fc
  .date({ min: new Date('1850-01-01'), max: new Date('2150-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const recentDate = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2032-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const date = or(fc.oneof(isoDate, recentDate));
/** A day the OCOP rules cover (QĐ 1048/QĐ-TTg was signed on 21/08/2019). */
const ocopDay = fc
  .date({ min: new Date('2019-08-21'), max: new Date('2032-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ocopDate = or(ocopDay);
/** `[from, to]` with from ≤ to most of the time, any two dates otherwise. */
const window = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(recentDate, recentDate).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
  },
  { weight: 1, arbitrary: fc.tuple(date, date) },
);
const smallInt = fc.integer({ min: -40, max: 40 });
const num = or(fc.oneof(smallInt, fc.double({ min: -200, max: 200, noNaN: true })));
const nfd = (s: string) => s.normalize('NFD');

// ---------------------------------------------------------------------------------------------------------------
// Fixtures and mutation: a valid document with one field replaced, removed or given a `__proto__` key
// ---------------------------------------------------------------------------------------------------------------

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));

const LAI_CHAU = readJson('examples/directives/lai-chau-2020.json');
const TUAN_GIAO = readJson('examples/directives/tuan-giao-2022.json');
const DIEN_BIEN = readJson('examples/province-config/dien-bien.json');
const SUPPLEMENT_2021 = readJson('examples/national-supplement/xa-2021-2025-tdmnpb.json');
const SUPPLEMENT_2026 = readJson('examples/national-supplement/xa-2026-2030-nhom-1.json');
const PLACEHOLDERS = readJson(
  'packages/criteria/test/fixtures/placeholder-thresholds-illustrative.json',
);
const ASSESSMENT = readJson('packages/cli/test/fixtures/assessment-b04.json');
const FACTS = (
  readJson('packages/criteria/test/fixtures/tuan-giao-illustrative.json') as {
    records: unknown[];
  }
).records[0];

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      pathsOf(
        (value as Record<string, unknown>)[key],
        [...prefix, Array.isArray(value) ? Number(key) : key],
        out,
      );
    }
  }
  return out;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function mutate(
  base: unknown,
  path: Path,
  how: 'set' | 'delete' | 'proto' | 'nfd',
  value: unknown,
) {
  const root = clone(base);
  if (path.length === 0) return how === 'set' ? value : root;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const current = parent[last];
  if (how === 'set') parent[last] = value;
  else if (how === 'delete') delete parent[last];
  else if (how === 'nfd' && typeof current === 'string') parent[last] = nfd(current);
  else if (
    how === 'proto' &&
    current !== null &&
    typeof current === 'object' &&
    !Array.isArray(current)
  )
    parent[last] = JSON.parse(
      `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}${JSON.stringify(current).slice(1)}`.replace(
        /\}\}(?=")/u,
        '}},',
      ),
    );
  else parent[last] = value;
  return root;
}

/** Valid `base` with one field changed (or the whole thing hostile). */
function mutated(base: unknown, name = 'fixture'): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc.oneof(
    { weight: 1, arbitrary: ref(name, clone(base)) },
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...paths),
          fc.constantFrom('set', 'set', 'set', 'delete', 'proto', 'nfd') as fc.Arbitrary<
            'set' | 'delete' | 'proto' | 'nfd'
          >,
          hostile,
        )
        .map(
          ([path, how, value]) =>
            new Ref(
              `${name} with ${path.join('.')} ${how} ${how === 'set' ? fc.stringify(value).slice(0, 300) : ''}`,
              mutate(base, path, how, value),
            ),
        ),
    },
    { weight: 1, arbitrary: hostile },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// @ntm/domain
// ---------------------------------------------------------------------------------------------------------------

describe('@ntm/domain', () => {
  const vnDate = fc.oneof(
    fc
      .tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -2, max: 14 }), fc.integer())
      .map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 99999 }),
      )
      .map(([d, m, y]) => `${d}/${m}/${y}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2100 }),
      )
      .map(([d, m, y]) => nfd(`Điện Biên, ngày ${d} tháng ${m} năm ${y}`)),
  );
  survives('parseIsoDate', parseIsoDate, fc.tuple(date));
  survives('parseVietnameseDate', parseVietnameseDate, fc.tuple(or(vnDate)));
  survives(
    'parseDocumentNumber',
    parseDocumentNumber,
    fc.tuple(
      or(
        fc
          .tuple(
            fc.oneof(fc.nat(), fc.constant(2 ** 60)),
            fc.oneof(fc.integer({ min: 1945, max: 2100 }), fc.integer()),
            fc.constantFrom('QĐ-UBND', 'KH-UBND', 'NQ-CP', 'TT-BNNPTNT', ''),
          )
          .map(([n, y, t]) => `${n}/${y}/${t}`),
      ),
    ),
  );
  survives(
    'parseDirective',
    parseDirective,
    fc.tuple(fc.oneof(mutated(LAI_CHAU, 'LAI_CHAU'), mutated(TUAN_GIAO, 'TUAN_GIAO'))),
  );
  survives('safeParseDirective', safeParseDirective, fc.tuple(mutated(TUAN_GIAO, 'TUAN_GIAO')));
  survives('parseOcopAssessment', parseOcopAssessment, fc.tuple(mutated(ASSESSMENT, 'ASSESSMENT')));
  survives(
    'safeParseOcopAssessment',
    safeParseOcopAssessment,
    fc.tuple(mutated(ASSESSMENT, 'ASSESSMENT')),
  );
  survives(
    'parseProvinceCriteriaConfig',
    parseProvinceCriteriaConfig,
    fc.tuple(fc.oneof(mutated(DIEN_BIEN, 'DIEN_BIEN'), mutated(PLACEHOLDERS, 'PLACEHOLDERS'))),
  );
  survives(
    'safeParseProvinceCriteriaConfig',
    safeParseProvinceCriteriaConfig,
    fc.tuple(mutated(DIEN_BIEN, 'DIEN_BIEN')),
  );
  survives('parseOcopRubric', parseOcopRubric, fc.tuple(mutated(QD26_2026_B04, 'B04')));
  const name = or(
    fc.constantFrom('Điện Biên', nfd('Điện Biên'), 'ĐIỆN BIÊN', 'Ðiện Biên', 'Thừa Thiên Huế'),
  );
  survives('normalizeVietnamese', normalizeVietnamese, fc.tuple(name));
  survives('nameKey', nameKey, fc.tuple(name));
  survives('searchKey', searchKey, fc.tuple(name));
  survives('parseCommuneFacts', parseCommuneFacts, fc.tuple(mutated(FACTS, 'FACTS')));
  survives('safeParseCommuneFacts', safeParseCommuneFacts, fc.tuple(mutated(FACTS, 'FACTS')));
  const supplements = fc.oneof(
    mutated(SUPPLEMENT_2021, 'SUPPLEMENT_2021'),
    mutated(SUPPLEMENT_2026, 'SUPPLEMENT_2026'),
  );
  survives('parseNationalSupplement', parseNationalSupplement, fc.tuple(supplements));
  survives('safeParseNationalSupplement', safeParseNationalSupplement, fc.tuple(supplements));

  // One text field of a valid document written in NFD (decomposed) Vietnamese: the parser refuses it with a
  // DomainError, or what the SDK computes from the document (schedule, evaluation, score) is the same as for the NFC
  // document. Free text may stay as written; a look-alike unit, code or name must never change an answer.
  const nfdPaths = (base: unknown) =>
    pathsOf(base).filter((path) => {
      let value = base;
      for (const key of path) value = (value as Record<string | number, unknown>)[key];
      return typeof value === 'string' && value.normalize('NFD') !== value;
    });
  const statuses = (e: ReturnType<typeof evaluateCommune>) => [
    e.outcome,
    e.criteriaMet,
    e.criteria.map((c) => [c.code, c.status]),
  ];
  const NFD_CASES: readonly [string, unknown, (input: unknown) => unknown][] = [
    [
      'parseDirective',
      TUAN_GIAO,
      (input) => {
        const s = directiveSchedule(parseDirective(input), {
          from: '2022-01-01',
          to: '2023-12-31',
        });
        return [s.items.map((i) => [i.taskId, i.occurrence.due]), s.problems.length, s.undated];
      },
    ],
    [
      'parseCommuneFacts',
      FACTS,
      (input) =>
        statuses(
          evaluateCommune(XA_2021_2025, parseCommuneFacts(input), { year: 2022, region: 'TDMNPB' }),
        ),
    ],
    [
      'parseProvinceCriteriaConfig',
      DIEN_BIEN,
      (input) => {
        const set = localizeCriteriaSet(XA_2021_2025, parseProvinceCriteriaConfig(input));
        const e = evaluateCommune(set, parseCommuneFacts(FACTS), { year: 2022, region: 'TDMNPB' });
        return [statuses(e), e.provincial?.level.id, e.provincial?.order];
      },
    ],
    [
      'parseOcopAssessment',
      ASSESSMENT,
      (input) => {
        const a = parseOcopAssessment(input);
        const r = scoreAssessment(QD26_2026_B04, a);
        return [r.total, r.stars, r.status];
      },
    ],
  ];
  for (const [name, base, compute] of NFD_CASES) {
    const paths = nfdPaths(base);
    if (paths.length === 0) continue;
    it(`${name}: a field written in NFD is refused or changes no answer`, () => {
      const expected = compute(clone(base));
      fc.assert(
        fc.property(fc.constantFrom(...paths), (path) => {
          const input = mutate(base, path, 'nfd', undefined);
          let parsed = true;
          try {
            compute(input);
          } catch (error) {
            // Refused by the parser itself (first step): fine. Refused later: the parser let a look-alike through.
            parsed = !(
              isDomainError(error) && error.issues.every((i) => i.code.endsWith('not-nfc'))
            );
          }
          if (parsed) expect(compute(input), path.join('.')).toEqual(expected);
        }),
        { numRuns: Math.min(paths.length * 2, RUNS.numRuns) },
      );
    });
  }

  // A refused document names the field: with one field replaced, some issue's path lies on the way to that field or
  // inside it (a missing or wrong field may be reported at its parent, or at a part of the new value).
  const PATH_CASES: readonly [string, (input: unknown) => unknown, unknown][] = [
    ['parseDirective', parseDirective, TUAN_GIAO],
    ['parseProvinceCriteriaConfig', parseProvinceCriteriaConfig, DIEN_BIEN],
    ['parseCommuneFacts', parseCommuneFacts, FACTS],
    ['parseOcopAssessment', parseOcopAssessment, ASSESSMENT],
  ];
  const related = (a: Path, b: Path) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n).every((k, i) => String(k) === String(b[i]));
  };
  for (const [name, parse, base] of PATH_CASES) {
    it(`${name} points at the replaced field`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...pathsOf(base).filter((p) => p.length > 0)),
          fc.constantFrom('set', 'delete') as fc.Arbitrary<'set' | 'delete'>,
          hostile,
          (path, how, value) => {
            try {
              parse(mutate(base, path, how, value));
            } catch (error) {
              if (!isDomainError(error)) throw error;
              const paths = error.issues.map((i) => i.path);
              if (!paths.some((p) => related(p, path)))
                throw new Error(
                  `${how} ${path.join('.')}: issues at ${paths.map((p) => p.join('.')).join(' | ')}`,
                );
            }
          },
        ),
        RUNS,
      );
    });
  }

  it('parseVietnameseDate reads NFD text as its NFC form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2100 }),
        (d, m, y) => {
          const text = `Điện Biên, ngày ${d} tháng ${m} năm ${y}`;
          expect(parseVietnameseDate(nfd(text))).toEqual(parseVietnameseDate(text));
        },
      ),
      RUNS,
    );
  });
});

describe('@ntm/domain/units', () => {
  const query = or(
    fc.constantFrom(
      'Điện Biên',
      nfd('Điện Biên'),
      'Quài Nưa',
      nfd('xã Quài Nưa'),
      'Lai Châu',
      '03274',
      '11',
      '22',
      '01',
    ),
  );
  const code = or(fc.constantFrom('03274', '11', '12', '22', '01', '001', '00001', '79', '26734'));
  const findOptions = or(
    fc.record(
      {
        date,
        level: or(fc.constantFrom('province', 'district', 'commune')),
        within: or(fc.constantFrom('11', '12')),
      },
      { requiredKeys: ['date'] },
    ),
  );
  survives('findUnit', findUnit, fc.tuple(query, findOptions));
  survives('successorsOf', successorsOf, fc.tuple(code, date));
  survives('predecessorsOf', predecessorsOf, fc.tuple(code, date));
  survives('ancestorsOf', ancestorsOf, fc.tuple(code, date));
  survives('unitsOf', unitsOf, fc.tuple(fc.oneof(code, fc.constant(null)), date));
  survives(
    'ntmRegionOf',
    ntmRegionOf,
    fc.tuple(
      code,
      date,
      or(fc.record({ quangNinh: or(fc.constantFrom('DBSH', 'TDMNPB')) }, { requiredKeys: [] })),
    ),
  );

  it('findUnit reads an NFD name as its NFC form', () => {
    for (const name of ['Điện Biên', 'Lai Châu', 'Quảng Ninh', 'Thừa Thiên Huế']) {
      const a = outcome('findUnit', () => findUnit(name, { date: '2020-01-01' }));
      const b = outcome('findUnit', () => findUnit(nfd(name), { date: '2020-01-01' }));
      expect(b).toEqual(a);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// @ntm/deadlines
// ---------------------------------------------------------------------------------------------------------------

describe('@ntm/deadlines', () => {
  // The calendar covers 2007–2100; fast-check often picks a range's ends, so the wider range is the rarer one.
  const year = or(
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 2007, max: 2100 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1850, max: 2150 }) },
    ),
  );
  const calendar = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: ref('NATIONAL_CALENDAR', NATIONAL_CALENDAR) },
    { weight: 1, arbitrary: hostile },
  );
  survives('toLunar', toLunar, fc.tuple(date));
  survives(
    'fromLunar',
    fromLunar,
    fc.tuple(
      or(
        fc.record(
          {
            // The lunar table covers 1900–2100; fast-check often picks a range's ends.
            year: or(fc.integer({ min: 1900, max: 2100 })),
            month: or(fc.integer({ min: 1, max: 12 })),
            day: or(fc.integer({ min: 1, max: 30 })),
            leap: or(fc.boolean()),
          },
          { requiredKeys: ['year', 'month', 'day'] },
        ),
      ),
    ),
  );
  survives('daysOff', daysOff, fc.tuple(year, calendar));
  survives('makeUpWorkingDays', makeUpWorkingDays, fc.tuple(year, calendar));
  survives('isDayOff', isDayOff, fc.tuple(date, calendar));
  survives('isWorkingDay', isWorkingDay, fc.tuple(date, calendar));
  survives('describeDay', describeDay, fc.tuple(date, calendar));
  survives('nextWorkingDay', nextWorkingDay, fc.tuple(date, calendar));
  survives('previousWorkingDay', previousWorkingDay, fc.tuple(date, calendar));
  survives(
    'addWorkingDays',
    addWorkingDays,
    fc.tuple(date, or(fc.integer({ min: -5000, max: 5000 })), calendar),
  );
  survives('countWorkingDays', countWorkingDays, fc.tuple(date, date, calendar));
  const length = or(fc.integer({ min: 0, max: 60 }));
  const period = or(
    fc.oneof(
      fc.record({ days: length }),
      fc.record({ weeks: length }),
      fc.record({ months: length }),
      fc.record({ years: length }),
      fc.record({ days: length, months: length }),
      protoObjects,
    ),
  );
  const policy = or(fc.constantFrom('next', 'previous', 'keep'));
  survives(
    'endOfPeriod',
    endOfPeriod,
    fc.tuple(
      or(recentDate),
      period,
      or(fc.record({ onNonWorkingDay: policy, calendar }, { requiredKeys: [] })),
    ),
  );
  const validCalendarOptions = fc.record(
    {
      name: fc.string({ minLength: 1, maxLength: 30 }),
      weeklyRest: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
      extraDaysOff: fc.array(recentDate, { maxLength: 4 }),
      extraWorkingDays: fc.array(recentDate, { maxLength: 4 }),
      followSchedules: fc.boolean(),
      tetSplit: fc.record({ before: fc.integer({ min: 0, max: 4 }) }),
      nationalDayAdjacent: fc.constantFrom('before', 'after'),
      includePending: fc.oneof(
        fc.boolean(),
        fc.record({ fromYear: fc.integer({ min: 2025, max: 2035 }) }),
      ),
    },
    { requiredKeys: [] },
  );
  const calendarOptions = fc.oneof(
    validCalendarOptions,
    fc.record(
      {
        name: or(fc.string({ minLength: 1 })),
        weeklyRest: or(fc.uniqueArray(or(fc.integer({ min: 0, max: 6 })), { maxLength: 3 })),
        extraDaysOff: or(fc.array(or(recentDate), { maxLength: 4 })),
        extraWorkingDays: or(fc.array(or(recentDate), { maxLength: 4 })),
        followSchedules: or(fc.boolean()),
        tetSplit: or(fc.record({ before: or(fc.integer({ min: 0, max: 4 })) })),
        nationalDayAdjacent: or(fc.constantFrom('before', 'after')),
        includePending: or(
          fc.oneof(fc.boolean(), fc.record({ fromYear: or(fc.integer({ min: 2025, max: 2035 })) })),
        ),
      },
      { requiredKeys: [] },
    ),
  );
  survives('createCalendar', createCalendar, fc.tuple(calendarOptions), {
    numRuns: Math.ceil(RUNS.numRuns / 3),
  });
});

describe('@ntm/deadlines/phrases', () => {
  const PHRASES = [
    'trước ngày 05/08/2022',
    'chậm nhất ngày 30/9/2022',
    'trong tháng 10/2022',
    'trong quý III/2022',
    'trong năm 2022',
    'cuối tháng 5/2022',
    'Ngày 30 hàng tháng',
    'định kỳ trước ngày 25 hằng tháng',
    'ngày 20 tháng cuối quý',
    'từ tháng 6 năm 2020',
    'trong thời hạn 15 ngày làm việc kể từ ngày nhận được',
    'trong thời hạn 30 ngày kể từ ngày 01/02/2023',
  ];
  const phrase = or(
    fc.oneof(
      fc.constantFrom(...PHRASES),
      fc.constantFrom(...PHRASES).map(nfd),
      fc
        .tuple(fc.integer(), fc.integer(), fc.integer())
        .map(([d, m, y]) => `trước ngày ${d}/${m}/${y}`),
      fc.integer().map((n) => `trong thời hạn ${n} ngày làm việc kể từ ngày 01/02/2023`),
      fc.integer().map((n) => `Ngày ${n} hàng tháng`),
      fc.integer().map((n) => `trong quý ${n}/2022`),
    ),
  );
  const parseOptions = or(
    fc.record(
      { inclusive: or(fc.boolean()), issuedOn: date, path: or(fc.constant(['tasks', 0])) },
      { requiredKeys: [] },
    ),
  );
  survives('parseDeadline', parseDeadline, fc.tuple(phrase, parseOptions));
  survives(
    'monthlyOn',
    monthlyOn,
    fc.tuple(
      or(fc.integer({ min: 0, max: 32 })),
      or(fc.record({ inclusive: or(fc.boolean()) }, { requiredKeys: [] })),
    ),
  );

  const rules = PHRASES.map((p) => parseDeadline(p));
  const label = (r: (typeof rules)[number]) => `parseDeadline(${JSON.stringify(r.source.text)})`;
  const rule = fc.oneof(
    ...rules.map((r) => ref(label(r), r)),
    ...rules.map((r) => mutated(r, label(r))),
  );
  const occurrenceOptions = or(
    fc.record(
      {
        onNonWorkingDay: or(fc.constantFrom('next', 'previous', 'keep')),
        receivedOn: or(recentDate),
      },
      { requiredKeys: [] },
    ),
  );
  survives(
    'occurrences',
    occurrences,
    fc.tuple(rule, window, occurrenceOptions).map(([r, [from, to], o]) => [r, from, to, o]),
  );

  const directive = fc.oneof(
    ref('LAI_CHAU', parseDirective(LAI_CHAU)),
    ref('TUAN_GIAO', parseDirective(TUAN_GIAO)),
    mutated(parseDirective(TUAN_GIAO), 'TUAN_GIAO'),
  );
  const scheduleOptions = or(
    fc
      .tuple(
        window,
        fc.record(
          {
            onNonWorkingDay: or(fc.constantFrom('next', 'previous', 'keep')),
            inclusive: or(fc.boolean()),
            startsOn: date,
            receivedOn: date,
          },
          { requiredKeys: [] },
        ),
      )
      .map(([[from, to], rest]) => ({ from, to, ...rest })),
  );
  survives('directiveSchedule', directiveSchedule, fc.tuple(directive, scheduleOptions));
  survives(
    'directiveStatus',
    directiveStatus,
    fc.tuple(
      directive,
      or(
        fc.array(or(fc.record({ taskId: or(fc.constantFrom('3.1', '3.2', '1')), on: date })), {
          maxLength: 3,
        }),
      ),
      date,
      or(fc.record({ inclusive: or(fc.boolean()), startsOn: date }, { requiredKeys: [] })),
    ),
  );

  it('parseDeadline reads NFD text as its NFC form', () => {
    for (const text of PHRASES) {
      const a = outcome('parseDeadline', () => parseDeadline(text));
      const b = outcome('parseDeadline', () => parseDeadline(nfd(text)));
      expect(b.ok).toBe(a.ok);
      if (a.ok && b.ok) {
        const { source: _a, ...ruleA } = a.value as Record<string, unknown>;
        const { source: _b, ...ruleB } = b.value as Record<string, unknown>;
        expect(ruleB).toEqual(ruleA);
      }
    }
  });
});

describe('@ntm/deadlines/ics', () => {
  /** An event whose fields go through `field`: identity for a valid event, `or` for a possibly spoilt one. */
  const eventOf = (field: <T>(valid: fc.Arbitrary<T>) => fc.Arbitrary<unknown>) =>
    fc
      .tuple(
        fc.record(
          {
            summary: field(fc.string()),
            description: field(fc.string()),
            location: field(fc.string()),
            categories: field(fc.array(field(fc.string()), { maxLength: 3 })),
            uid: field(fc.string()),
            alarm: field(
              fc.record(
                {
                  daysBefore: field(fc.integer({ min: 0, max: 30 })),
                  description: field(fc.string()),
                },
                { requiredKeys: ['daysBefore'] },
              ),
            ),
          },
          { requiredKeys: ['summary'] },
        ),
        window,
        fc.boolean(),
      )
      .map(([fields, [start, end], multiDay]) => ({
        date: start,
        ...(multiDay ? { endDate: end } : {}),
        ...fields,
      }));
  const events = fc.oneof(
    fc.array(
      eventOf((valid) => valid),
      { maxLength: 4 },
    ),
    or(fc.array(or(eventOf(or)), { maxLength: 4 })),
  );
  const optionsOf = (field: <T>(valid: fc.Arbitrary<T>) => fc.Arbitrary<unknown>) =>
    fc.record(
      {
        stamp: field(fc.constant('2025-01-01T00:00:00Z')),
        uidDomain: field(fc.constantFrom('ntm.example.vn', 'tinh.gov.vn')),
        calendarName: field(fc.string()),
        prodId: field(fc.string()),
        alarm: field(fc.record({ daysBefore: field(fc.integer({ min: 0, max: 30 })) })),
      },
      { requiredKeys: ['stamp'] },
    );
  const options = fc.oneof(
    optionsOf((valid) => valid),
    or(optionsOf(or)),
    fc.constantFrom(
      { stamp: '2025-13-01T25:61:61Z' },
      { stamp: '2025-01-01T00:00:00Z', uidDomain: 'a b' },
      { stamp: '2025-01-01T00:00:00Z', uidDomain: '' },
    ),
  );
  survives('toICS', toICS, fc.tuple(events, options));
});

// ---------------------------------------------------------------------------------------------------------------
// @ntm/ocop-scoring
// ---------------------------------------------------------------------------------------------------------------

describe('@ntm/ocop-scoring', () => {
  const productSet = or(fc.constantFrom('B01', 'B04', 'B26', 'B27', 'b04', nfd('B04')));
  const kind = or(fc.constantFrom('first', 'upgrade', 're-evaluation'));
  const versionId = or(
    fc.constantFrom('QD1048_2019', 'QD148_2023', 'QD148_1489_2025', 'QD26_2026'),
  );
  const stars = or(fc.integer({ min: 0, max: 6 }));
  const total = or(fc.double({ min: -10, max: 110, noNaN: true }));
  const points = (max: number) => fc.double({ min: 0, max, noNaN: true });
  survives(
    'resolveRubric',
    resolveRubric,
    fc.tuple(
      productSet,
      or(
        fc.record(
          {
            submittedOn: ocopDate,
            kind,
            rubrics: fc.oneof(ref('QD26_RUBRICS', QD26_RUBRICS), hostile),
          },
          { requiredKeys: ['submittedOn', 'kind'] },
        ),
      ),
    ),
  );
  survives('versionForDate', versionForDate, fc.tuple(date));
  survives('getOcopVersion', getOcopVersion, fc.tuple(versionId));
  const validAnswers = {
    criteria: (ASSESSMENT as { criteria: unknown }).criteria,
    disqualifiers: [],
  };
  const answers = fc.oneof(ref('answers', validAnswers), mutated(validAnswers, 'answers'));
  survives(
    'scoreAssessment',
    scoreAssessment,
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: ref('B04', QD26_2026_B04) },
        { weight: 1, arbitrary: mutated(QD26_2026_B04, 'B04') },
      ),
      answers,
      or(fc.record({ markerPolicy: or(fc.constantFrom('cap', 'reject')) })),
    ),
    { numRuns: Math.ceil(RUNS.numRuns * 1.5) },
  );
  survives(
    'scoreParts',
    scoreParts,
    fc.tuple(
      // Within every version's part maxima (A ≤ 35 under QĐ 1048, B ≤ 25, C ≤ 35 since QĐ 148), or anything.
      or(
        fc.record(
          { A: or(points(35)), B: or(points(25)), C: or(points(35)) },
          { requiredKeys: [] },
        ),
      ),
      ocopDate,
    ),
  );
  survives('starsForTotal', starsForTotal, fc.tuple(total, versionId));
  survives('displayScore', displayScore, fc.tuple(total));
  survives(
    'aggregateCouncil',
    aggregateCouncil,
    fc.tuple(
      or(
        fc.array(
          fc.oneof(or(points(100)), fc.record({ member: or(fc.string()), total: or(points(100)) })),
          { minLength: 1, maxLength: 5 },
        ),
      ),
      or(
        fc.record(
          { maxSpread: or(fc.integer({ min: 0, max: 20 })), versionId },
          { requiredKeys: [] },
        ),
      ),
    ),
  );
  survives(
    'recognitionPath',
    recognitionPath,
    fc.tuple(stars, ocopDate, or(fc.record({ submittedOn: ocopDate }, { requiredKeys: [] }))),
  );
  survives(
    'certificateTimeline',
    certificateTimeline,
    fc.tuple(
      ocopDate,
      or(fc.record({ onNonWorkingDay: or(fc.constantFrom('next', 'previous', 'keep')) })),
    ),
  );
  survives(
    'processingDeadline',
    processingDeadline,
    fc.tuple(
      or(fc.constantFrom('commune-check', 're-evaluation', 'province-round', 'central-round')),
      ocopDate,
    ),
  );
  survives('transitionDeadline', transitionDeadline, fc.tuple(ocopDate, kind));
  survives('processPeriodFor', processPeriodFor, fc.tuple(date));
  survives(
    'validateRecognition',
    validateRecognition,
    fc.tuple(
      or(
        fc
          .tuple(
            fc.record({
              // Recognition decisions are for 3★–5★; 1★ and 2★ are refused.
              stars: or(fc.integer({ min: 1, max: 5 })),
              issuerLevel: or(fc.constantFrom('commune', 'district', 'province', 'central')),
            }),
            // Submitted on or before the decision most of the time.
            fc.oneof(
              { weight: 3, arbitrary: ocopDate.map((d) => [d, undefined]) },
              {
                weight: 2,
                arbitrary: fc.tuple(ocopDay, ocopDay).map(([a, b]) => (a >= b ? [a, b] : [b, a])),
              },
            ),
          )
          .map(([fields, [decidedOn, submittedOn]]) => ({
            ...fields,
            decidedOn,
            ...(submittedOn === undefined ? {} : { submittedOn }),
          })),
      ),
    ),
  );
  const plan = {
    name: 'Tuần Giáo 2022',
    steps: [
      {
        id: 'dossier',
        title: 'Hoàn thiện hồ sơ',
        level: 'commune',
        due: { before: '2022-10-01' },
        doneOn: '2022-09-28',
      },
      {
        id: 'district-evaluation',
        title: 'Đánh giá cấp huyện',
        level: 'district',
        due: { withinMonth: '2022-10' },
      },
      {
        id: 'province',
        title: 'Cấp tỉnh',
        level: 'province',
        due: { after: 'district-evaluation', days: 30 },
      },
    ],
  };
  survives(
    'dossierProgress',
    dossierProgress,
    fc.tuple(
      mutated(plan, 'plan'),
      // On or after the first step's doneOn (28/09/2022), or anything.
      or(
        fc
          .date({ min: new Date('2022-09-28'), max: new Date('2024-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      or(fc.record({ onNonWorkingDay: or(fc.constantFrom('next', 'keep')) })),
    ),
  );
  survives(
    'findProductSet',
    findProductSet,
    fc.tuple(or(fc.constantFrom('mật ong', nfd('mật ong'), 'B04', 'trà'))),
  );
});

// ---------------------------------------------------------------------------------------------------------------
// @ntm/criteria
// ---------------------------------------------------------------------------------------------------------------

describe('@ntm/criteria', () => {
  const level = or(fc.constantFrom('xa', 'xa-nang-cao', 'huyen'));
  survives(
    'resolveCriteriaSet',
    resolveCriteriaSet,
    fc.tuple(
      // The sets in force run from 01/12/2016 (QĐ 1980/QĐ-TTg).
      or(fc.record({ level, date: or(recentDate) })),
      fc.oneof(
        { weight: 4, arbitrary: ref('NTM_CRITERIA_SETS', NTM_CRITERIA_SETS) },
        { weight: 1, arbitrary: hostile },
      ),
    ),
  );
  const validFacts = { setId: 'XA_2021_2025', values: (FACTS as { values: unknown }).values };
  const facts = fc.oneof(ref('FACTS', validFacts), mutated(validFacts, 'FACTS'));
  const context = or(
    fc.record(
      {
        // Mostly the years of XA_2021_2025, sometimes a year outside the set.
        year: or(
          fc.oneof(
            { weight: 3, arbitrary: fc.integer({ min: 2021, max: 2025 }) },
            { weight: 1, arbitrary: fc.integer({ min: 2018, max: 2032 }) },
          ),
        ),
        region: or(fc.constantFrom('TDMNPB', 'DBSH', 'BTB', 'DHMT', 'TN', 'DNB', 'DBSCL')),
        flags: or(fc.record({})),
      },
      { requiredKeys: ['year', 'region'] },
    ),
  );
  const set = fc.oneof(
    { weight: 6, arbitrary: ref('XA_2021_2025', XA_2021_2025) },
    { weight: 1, arbitrary: ref('XA_2026_2030', XA_2026_2030) },
    { weight: 1, arbitrary: mutated(XA_2021_2025, 'XA_2021_2025') },
  );
  survives('evaluateCommune', evaluateCommune, fc.tuple(set, facts, context));
  survives(
    'localizeCriteriaSet',
    localizeCriteriaSet,
    fc.tuple(set, fc.oneof(mutated(DIEN_BIEN, 'DIEN_BIEN'), mutated(PLACEHOLDERS, 'PLACEHOLDERS'))),
  );
  survives('listMissingThresholds', listMissingThresholds, fc.tuple(set));
  survives(
    'supplementCriteriaSet',
    supplementCriteriaSet,
    fc.tuple(
      set,
      fc.oneof(
        ref('SUPPLEMENT_2021', SUPPLEMENT_2021),
        mutated(SUPPLEMENT_2021, 'SUPPLEMENT_2021'),
        mutated(SUPPLEMENT_2026, 'SUPPLEMENT_2026'),
      ),
    ),
  );

  const evaluation = evaluateCommune(XA_2021_2025, parseCommuneFacts(FACTS), {
    year: 2022,
    region: 'TDMNPB',
  });
  const evaluations = or(
    fc.array(fc.oneof(ref('evaluation', evaluation), mutated(evaluation, 'evaluation')), {
      maxLength: 3,
    }),
  );
  survives(
    'summarize',
    summarize,
    fc.tuple(
      evaluations,
      or(
        fc.record(
          {
            by: or(fc.constantFrom('district', 'province', 'targetYear', 'year')),
            belowCriteria: num,
          },
          { requiredKeys: [] },
        ),
      ),
    ),
  );
  survives(
    'roadmap',
    roadmap,
    fc.oneof(
      // The commune's own evaluation filed under its year, with a target for it.
      fc.constant([
        new Ref('{ 2022: [evaluation] }', { 2022: [evaluation] }),
        [{ commune: evaluation.commune?.id, year: 2025 }],
      ]),
      fc.tuple(
        or(
          fc.dictionary(
            fc.oneof(fc.constant('2022'), fc.constant('__proto__'), fc.string()),
            evaluations,
            { maxKeys: 2 },
          ),
        ),
        or(
          fc.array(
            or(
              fc.record(
                {
                  commune: or(fc.constant('quai-cang')),
                  year: or(fc.integer({ min: 2021, max: 2030 })),
                  provincialLevel: or(fc.string()),
                },
                { requiredKeys: ['commune', 'year'] },
              ),
            ),
            { maxLength: 3 },
          ),
        ),
      ),
    ),
  );
});

// ---------------------------------------------------------------------------------------------------------------
// No silent default: an option outside its allowed values is an error, never read as "absent"
// ---------------------------------------------------------------------------------------------------------------

describe('a wrong option value is refused, not replaced by the default', () => {
  const DIRECTIVE = parseDirective(TUAN_GIAO);
  const RULE = parseDeadline('Ngày 30 hàng tháng');
  const plan = {
    steps: [{ id: 'dossier', title: 'Hồ sơ', level: 'commune', due: { before: '2022-10-01' } }],
  };
  const evaluation = evaluateCommune(XA_2021_2025, parseCommuneFacts(FACTS), {
    year: 2022,
    region: 'TDMNPB',
  });
  const POLICY = ['next', 'previous', 'keep'];
  const BOOLEAN = [true, false];
  /** [function, call with the option, allowed values]. */
  const OPTIONS: readonly [string, (value: unknown) => unknown, readonly unknown[]][] = [
    [
      'endOfPeriod onNonWorkingDay',
      (v) => endOfPeriod('2025-01-20', { days: 7 }, { onNonWorkingDay: v } as never),
      POLICY,
    ],
    [
      'occurrences onNonWorkingDay',
      (v) => occurrences(RULE, '2022-01-01', '2022-12-31', { onNonWorkingDay: v } as never),
      POLICY,
    ],
    [
      'directiveSchedule onNonWorkingDay',
      (v) =>
        directiveSchedule(DIRECTIVE, {
          from: '2022-01-01',
          to: '2022-12-31',
          onNonWorkingDay: v,
        } as never),
      POLICY,
    ],
    [
      'directiveSchedule inclusive',
      (v) =>
        directiveSchedule(DIRECTIVE, {
          from: '2022-01-01',
          to: '2022-12-31',
          inclusive: v,
        } as never),
      BOOLEAN,
    ],
    [
      'directiveStatus onNonWorkingDay',
      (v) => directiveStatus(DIRECTIVE, [], '2022-10-05', { onNonWorkingDay: v } as never),
      POLICY,
    ],
    [
      'parseDeadline inclusive',
      (v) => parseDeadline('trước ngày 05/08/2022', { inclusive: v } as never),
      BOOLEAN,
    ],
    ['monthlyOn inclusive', (v) => monthlyOn(30, { inclusive: v } as never), BOOLEAN],
    [
      'ntmRegionOf quangNinh',
      (v) => ntmRegionOf('22', '2024-01-01', { quangNinh: v } as never),
      ['DBSH', 'TDMNPB'],
    ],
    [
      'findUnit level',
      (v) => findUnit('Điện Biên', { date: '2020-01-01', level: v } as never),
      ['province', 'district', 'commune'],
    ],
    [
      'certificateTimeline onNonWorkingDay',
      (v) => certificateTimeline('2025-06-19', { onNonWorkingDay: v } as never),
      POLICY,
    ],
    [
      'dossierProgress onNonWorkingDay',
      (v) => dossierProgress(plan as never, '2022-09-15', { onNonWorkingDay: v } as never),
      POLICY,
    ],
    [
      'scoreAssessment markerPolicy',
      (v) =>
        scoreAssessment(QD26_2026_B04, { criteria: (ASSESSMENT as { criteria: never }).criteria }, {
          markerPolicy: v,
        } as never),
      ['cap', 'reject'],
    ],
    [
      'resolveRubric kind',
      (v) => resolveRubric('B04', { submittedOn: '2026-06-01', kind: v } as never),
      ['first', 'upgrade', 're-evaluation'],
    ],
    [
      'aggregateCouncil versionId',
      (v) => aggregateCouncil([80, 85], { versionId: v } as never),
      ['QD1048_2019', 'QD148_2023', 'QD148_1489_2025', 'QD26_2026'],
    ],
    [
      'summarize by',
      (v) => summarize([evaluation], { by: v } as never),
      ['district', 'province', 'targetYear', 'year'],
    ],
    [
      'createCalendar nationalDayAdjacent',
      (v) => createCalendar({ nationalDayAdjacent: v } as never),
      ['before', 'after'],
    ],
    [
      'createCalendar followSchedules',
      (v) => createCalendar({ followSchedules: v } as never),
      BOOLEAN,
    ],
  ];
  for (const [label, run, allowed] of OPTIONS) {
    it(label, () => {
      fc.assert(
        fc.property(
          hostile.filter((v) => v !== undefined && !allowed.includes(v)),
          (value) => {
            const result = outcome(label, () => run(value));
            if (result.ok) throw new Error(`${label}: ${fc.stringify(value)} was accepted`);
          },
        ),
        { numRuns: Math.ceil(RUNS.numRuns / 3) },
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Minimal repros of the bugs this file found (fixed in the same change)
// ---------------------------------------------------------------------------------------------------------------
