/*
 * Hostile input, beyond what the fuzz targets check (test/fuzz: every public function on hostile and spoilt input,
 * with the shared arbitraries of test/fuzz/support): a field written in NFD changes no answer, a refused document
 * names the field that was changed, and an option outside its allowed values is refused, never read as absent.
 */
import { evaluateCommune, localizeCriteriaSet, summarize } from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import { createCalendar, endOfPeriod } from '@ntm/deadlines';
import {
  directiveSchedule,
  directiveStatus,
  monthlyOn,
  occurrences,
  parseDeadline,
} from '@ntm/deadlines/phrases';
import {
  type IssuePath,
  isDomainError,
  parseCommuneFacts,
  parseDirective,
  parseOcopAssessment,
  parseProvinceCriteriaConfig,
  parseVietnameseDate,
} from '@ntm/domain';
import { findUnit, ntmRegionOf } from '@ntm/domain/units';
import {
  aggregateCouncil,
  certificateTimeline,
  dossierProgress,
  resolveRubric,
  scoreAssessment,
} from '@ntm/ocop-scoring';
import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ASSESSMENT, DIEN_BIEN, FACTS, TUAN_GIAO } from './fuzz/support/fixtures.js';
import { settle } from './fuzz/support/harness.js';
import { hostile, nfd } from './fuzz/support/hostile-values.js';
import { unref } from './fuzz/support/ref.js';
import { edit, REMOVE } from './fuzz/support/spoil.js';
import { pathsOf } from './support/paths-of.js';

const RUNS = { numRuns: 150 };

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const valueAt = (base: unknown, path: IssuePath): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], base);

// ---------------------------------------------------------------------------------------------------------------
// NFD text and the paths of refused fields
// ---------------------------------------------------------------------------------------------------------------

describe('@ntm/domain', () => {
  // One text field of a valid document written in NFD (decomposed) Vietnamese: the parser refuses it with a
  // DomainError, or what the SDK computes from the document (schedule, evaluation, score) is the same as for the NFC
  // document. Free text may stay as written; a look-alike unit, code or name must never change an answer.
  const nfdPaths = (base: unknown) =>
    pathsOf(base).filter((path) => {
      const value = valueAt(base, path);
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
      const expected = compute(base);
      fc.assert(
        fc.property(fc.constantFrom(...paths), (path) => {
          const input = edit(base, path, (text) => nfd(text as string));
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
  const related = (a: IssuePath, b: IssuePath) => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n).every((k, i) => String(k) === String(b[i]));
  };
  for (const [name, parse, base] of PATH_CASES) {
    it(`${name} points at the replaced field`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...pathsOf(base).filter((p) => p.length > 0)),
          fc.boolean(),
          hostile,
          (path, remove, value) => {
            try {
              parse(edit(base, path, () => (remove ? REMOVE : unref(value))));
            } catch (error) {
              if (!isDomainError(error)) throw error;
              const paths = error.issues.map((i) => i.path);
              if (!paths.some((p) => related(p, path)))
                throw new Error(
                  `${remove ? 'remove' : 'replace'} ${path.join('.')}: issues at ${paths.map((p) => p.join('.')).join(' | ')}`,
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

  it('findUnit reads an NFD name as its NFC form', () => {
    for (const name of ['Điện Biên', 'Lai Châu', 'Quảng Ninh', 'Thừa Thiên Huế']) {
      const a = settle('findUnit', () => findUnit(name, { date: '2020-01-01' }));
      const b = settle('findUnit', () => findUnit(nfd(name), { date: '2020-01-01' }));
      expect(b).toEqual(a);
    }
  });

  it('parseDeadline reads NFD text as its NFC form', () => {
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
    for (const text of PHRASES) {
      const a = settle('parseDeadline', () => parseDeadline(text));
      const b = settle('parseDeadline', () => parseDeadline(nfd(text)));
      expect(b.ok).toBe(a.ok);
      if (a.ok && b.ok) {
        const { source: _a, ...ruleA } = a.value as Record<string, unknown>;
        const { source: _b, ...ruleB } = b.value as Record<string, unknown>;
        expect(ruleB).toEqual(ruleA);
      }
    }
  });
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
            if (settle(label, () => run(unref(value))).ok)
              throw new Error(`${label}: ${fc.stringify(value)} was accepted`);
          },
        ),
        { numRuns: 50 },
      );
    });
  }
});
