/*
 * Evaluations for the tests of `summarize` and `roadmap`, made by `evaluateCommune` on QĐ 1980 (XA_2016_2020) in the
 * TDMNPB column. The thresholds the reference lacks (docs/ntm-missing-thresholds.md) are filled with ILLUSTRATIVE
 * placeholders ("minh hoạ", not legal values) through a province configuration, so every criterion can be decided;
 * the tests vary only indicators whose thresholds come from the legal tables (15.1 ≥ 85 %, 15.3 ≤ 26.7 %, income
 * 2020 ≥ 36 million, 14.2 ≥ 70 %, 14.3 ≥ 25 %, 17.1a ≥ 90 %, 17.1b ≥ 50 %) or are yes/no judgements.
 */

import type {
  NtmCriteriaSet,
  NtmFactValue,
  NtmIndicator,
  ProvinceCriteriaConfig,
  ProvinceThresholdEntry,
} from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import { readExample } from '../../../test/support/examples.js';
import {
  evaluateCommune,
  listMissingThresholds,
  localizeCriteriaSet,
  type NtmCommuneEvaluation,
} from '../src/index.js';
import { XA_2016_2020 } from '../src/sets.js';

/** The placeholder of a missing cell: any value will do, the tests never depend on it. */
function placeholder(indicator: NtmIndicator): number {
  if (indicator.type === 'number') return 30;
  return indicator.direction === '<=' ? 10 : 50;
}

function fillMissingTdmnpb(set: NtmCriteriaSet): ProvinceCriteriaConfig {
  const indicators = new Map(set.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));
  const thresholds: ProvinceThresholdEntry[] = [];
  for (const row of listMissingThresholds(set)) {
    const indicator = indicators.get(row.indicator ?? '');
    if (indicator === undefined) continue;
    for (const cell of row.cells) {
      const [year, key] = cell.includes(':') ? cell.split(':') : [undefined, cell];
      if (key !== 'TDMNPB') continue;
      thresholds.push({
        indicator: indicator.code,
        key,
        ...(year === undefined ? {} : { year: Number(year) }),
        value: placeholder(indicator),
      });
    }
  }
  return {
    baseSetId: set.id,
    illustrative: true,
    note: {
      vi: 'Ngưỡng giữ chỗ để thử nghiệm (minh hoạ), không phải số liệu pháp lý',
      en: 'Test placeholder thresholds (illustrative), not legal values',
    },
    thresholds,
  };
}

/** QĐ 1980 with every missing TDMNPB threshold filled by an illustrative placeholder. */
export const FILLED = localizeCriteriaSet(XA_2016_2020, fillMissingTdmnpb(XA_2016_2020));

const DIEN_BIEN = parseProvinceCriteriaConfig(readExample('province-config/dien-bien.json'));

/**
 * {@link FILLED} with the illustrative outcome levels of the Điện Biên example: a criterion is "đạt chuẩn" with no
 * indicator unmet, "cơ bản đạt" with one; a commune "cơ bản đạt chuẩn" with 15 criteria đạt chuẩn and all 19 at
 * least cơ bản đạt.
 */
export const WITH_LEVELS = localizeCriteriaSet(FILLED, {
  illustrative: true,
  ...(DIEN_BIEN.levels === undefined ? {} : { levels: DIEN_BIEN.levels }),
});

const INDICATORS = XA_2016_2020.criteria.flatMap((c) => c.indicators);

/** A value that meets the indicator whatever its threshold. */
export function meeting(indicator: NtmIndicator): NtmFactValue {
  if (indicator.type === 'boolean') return true;
  if (indicator.type === 'absence') return 0;
  if (indicator.direction === '<=') return 0;
  return indicator.type === 'percent' ? 100 : 1000;
}

/** A value that fails the indicator whatever its threshold (every threshold of the set is above 0 and below 100). */
export function failing(code: string): NtmFactValue {
  const indicator = INDICATORS.find((i) => i.code === code);
  if (indicator === undefined) throw new Error(`no indicator ${code} in XA_2016_2020`);
  if (indicator.type === 'boolean') return false;
  if (indicator.type === 'absence') return 1;
  if (indicator.direction === '<=') return 100;
  return 0;
}

/** The first indicator of each criterion, by criterion code: failing it fails the criterion. */
export const FIRST_INDICATOR: Readonly<Record<string, string>> = Object.fromEntries(
  XA_2016_2020.criteria.map((c) => [c.code, c.indicators[0]?.code ?? '']),
);

/** Who is evaluated. */
export interface Commune {
  readonly id: string;
  readonly district?: string;
  readonly province?: string;
  readonly targetYear?: number;
}

/**
 * Evaluates a commune for a year on `set` (TDMNPB): every indicator met except those in `values`.
 *
 * @example
 * ```ts
 * evaluate(FILLED, { id: 'a' }, 2020, { '15.1': 80 }).criteriaMet; // 18
 * ```
 */
export function evaluate(
  set: NtmCriteriaSet,
  commune: Commune,
  year: number,
  values: Readonly<Record<string, NtmFactValue>> = {},
): NtmCommuneEvaluation {
  const all: Record<string, NtmFactValue> = {};
  for (const indicator of set.criteria.flatMap((c) => c.indicators))
    all[indicator.code] = meeting(indicator);
  return evaluateCommune(
    set,
    {
      values: { ...all, ...values },
      illustrative: true,
      commune: { name: commune.id, ...commune },
    },
    { year, region: 'TDMNPB' },
  );
}

/** The values that fail the first indicator of each criterion given. */
export function failingCriteria(codes: readonly string[]): Record<string, NtmFactValue> {
  return Object.fromEntries(
    codes.map((code) => {
      const indicator = FIRST_INDICATOR[code] ?? '';
      return [indicator, failing(indicator)];
    }),
  );
}
