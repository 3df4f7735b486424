import { readFileSync } from 'node:fs';
import { localizeCriteriaSet } from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import type {
  NtmCriteriaSet,
  NtmFactValue,
  NtmIndicator,
  NtmRegion,
  ProvinceCriteriaConfig,
} from '@ntm/domain/core';
import { Engine } from 'json-rules-engine';

/*
 * Shared fixtures of the criteria benchmarks: @ntm/criteria evaluateCommune against a hand-written loop and json-rules-engine, side by side, on the whole country
 * (3,300 communes). SYNTHETIC DATA ONLY: commune values are pseudo-random (fixed seed) and the numeric thresholds the
 * reference lacks are the test placeholders of packages/criteria/test/fixtures (not legal values); the 47-indicator
 * set only has the shape of QĐ 51/2025 (10 criteria, 47 indicators, groups 1–3) with made-up thresholds.
 */

export const COMMUNES = 3300;
export const REGIONS: readonly NtmRegion[] = [
  'TDMNPB',
  'DBSH',
  'BTB',
  'DHNTB',
  'TN',
  'DNB',
  'DBSCL',
];

let seed = 3300;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const placeholders = JSON.parse(
  readFileSync(
    new URL(
      '../packages/criteria/test/fixtures/placeholder-thresholds-illustrative.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as ProvinceCriteriaConfig;
// Fill every region with the same placeholders so every indicator is compared, as in a fully loaded set.
export const set2025 = localizeCriteriaSet(XA_2021_2025, {
  illustrative: true,
  thresholds: (placeholders.thresholds ?? []).map(({ key: _key, ...rest }) => rest),
});

function synthetic47(): NtmCriteriaSet {
  const sizes = [3, 6, 5, 4, 6, 5, 4, 6, 4, 4]; // 47 indicators over 10 criteria
  const criteria = sizes.map((size, c) => {
    const indicators: NtmIndicator[] = Array.from({ length: size }, (_, k) => {
      const code = `${c + 1}.${k + 1}`;
      const type = k % 3 === 0 ? 'boolean' : 'percent';
      const cell = (value: number) => ({
        status: 'provincial' as const,
        value,
        sources: ['SYNTHETIC'],
      });
      return {
        code,
        criterion: String(c + 1),
        text: { vi: `Chỉ tiêu tổng hợp ${code}`, en: `Synthetic indicator ${code}` },
        textStatus: 'provincial',
        type,
        ...(type === 'percent' ? { unit: '%', direction: '>=' as const } : {}),
        perYear: false,
        optional: false,
        thresholds:
          type === 'percent'
            ? { '1': cell(80), '2': cell(70), '3': cell(60) }
            : {
                '1': { status: 'interpretation' },
                '2': { status: 'interpretation' },
                '3': { status: 'interpretation' },
              },
      };
    });
    return {
      code: String(c + 1),
      name: { vi: `Tiêu chí tổng hợp ${c + 1}`, en: `Synthetic criterion ${c + 1}` },
      nameStatus: 'provincial' as const,
      indicatorsStatus: 'provincial' as const,
      indicators,
    };
  });
  return {
    ...XA_2021_2025,
    id: 'SYNTHETIC_47',
    title: { vi: 'Bộ tổng hợp 47 chỉ tiêu (giả lập)', en: 'Synthetic 47-indicator set' },
    validity: { validFrom: '2026-02-15' as never },
    thresholdKey: 'communeGroup',
    regionOverrides: [],
    criteria,
  };
}
export const set2030 = synthetic47();

function factsFor(set: NtmCriteriaSet): Record<string, NtmFactValue>[] {
  return Array.from({ length: COMMUNES }, () => {
    const values: Record<string, NtmFactValue> = {};
    for (const c of set.criteria) {
      for (const i of c.indicators) {
        const r = random();
        if (i.type === 'boolean') values[i.code] = r < 0.85;
        else if (i.type === 'absence') values[i.code] = r < 0.85 ? 0 : 3;
        else if (i.type === 'percent') values[i.code] = Math.round(r * 1000) / 10;
        else values[i.code] = Math.round(r * 600) / 10;
      }
    }
    return values;
  });
}
export const facts2025 = factsFor(set2025);
export const regions = facts2025.map((_, n) => REGIONS[n % 7] ?? 'TDMNPB');
export const facts2030 = factsFor(set2030);
export const groups = facts2030.map((_, n) => ((n % 3) + 1) as 1 | 2 | 3);

/*
 * The hand-written loop: what an app would write for one fixed set — thresholds looked up once per column ahead of
 * time, the same validation of each value, the same per-indicator and per-criterion statuses, counts and gaps.
 */
interface Compiled {
  code: string;
  criterion: number;
  type: string;
  max: boolean;
  limit: number | undefined;
}
export function compile(set: NtmCriteriaSet, key: string, year: number): Compiled[] {
  return set.criteria.flatMap((c, criterion) =>
    c.indicators.map((i) => {
      const cell = i.thresholds[i.perYear ? `${year}:${key}` : key];
      return {
        code: i.code,
        criterion,
        type: i.type,
        max: i.direction === '<=',
        limit: cell?.status === 'missing' ? Number.NaN : cell?.value,
      };
    }),
  );
}
export function handLoop(
  table: Compiled[],
  criteria: number,
  values: Record<string, NtmFactValue>,
) {
  const statuses: string[] = [];
  const gaps: { code: string; gap: number }[] = [];
  const notMet = new Array<number>(criteria).fill(0);
  const unknown = new Array<number>(criteria).fill(0);
  for (const t of table) {
    const v = values[t.code];
    let status: string;
    if (v === undefined || Number.isNaN(t.limit)) status = 'cannot-evaluate';
    else if (t.type === 'boolean') status = v === true ? 'met' : 'not-met';
    else if (t.type === 'absence') status = v === 0 || v === false ? 'met' : 'not-met';
    else {
      if (
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        v < 0 ||
        (t.type === 'percent' && v > 100)
      )
        throw new Error(t.code);
      const limit = t.limit as number;
      const ok = t.max ? v <= limit : v >= limit;
      status = ok ? 'met' : 'not-met';
      if (!ok) gaps.push({ code: t.code, gap: Math.abs(limit - v) });
    }
    if (status === 'not-met') notMet[t.criterion] = (notMet[t.criterion] ?? 0) + 1;
    if (status === 'cannot-evaluate') unknown[t.criterion] = (unknown[t.criterion] ?? 0) + 1;
    statuses.push(status);
  }
  // Same input check as the engine: a key that is not an indicator of the set is an error, not ignored.
  if (Object.keys(values).length !== table.length) throw new Error('unknown indicator');
  let met = 0;
  for (let c = 0; c < criteria; c++) if (notMet[c] === 0 && unknown[c] === 0) met++;
  return { statuses, gaps, met };
}

/* json-rules-engine: one rule per numeric indicator and per yes/no indicator, for one column, run per commune. */
export function rulesEngine(set: NtmCriteriaSet, key: string): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const c of set.criteria) {
    for (const i of c.indicators) {
      const limit = i.thresholds[i.perYear ? `2023:${key}` : key]?.value;
      const condition =
        i.type === 'boolean'
          ? { fact: i.code, operator: 'equal', value: true }
          : i.type === 'absence'
            ? { fact: i.code, operator: 'equal', value: 0 }
            : {
                fact: i.code,
                operator: i.direction === '<=' ? 'lessThanInclusive' : 'greaterThanInclusive',
                value: limit ?? 0,
              };
      engine.addRule({
        conditions: { all: [condition] },
        event: { type: 'met', params: { criterion: c.code, indicator: i.code } },
      });
    }
  }
  return engine;
}

// Enough warm-up for the JIT to reach steady state; one iteration already evaluates the whole country.
export const STEADY = { warmupIterations: 10, warmupTime: 2000, time: 4000 };
