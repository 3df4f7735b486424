import type { Bilingual, NtmCommuneRef } from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  expectArray,
  expectInteger,
  expectKnownFields,
  expectRecord,
  expectString,
  fail,
  INPUT_ERRORS,
  optional,
} from '@ntm/domain/core';
import { checkEvaluation } from './check-evaluation.js';
import type {
  NtmCommuneEvaluation,
  NtmCriterionResult,
  NtmGap,
  NtmMissingThreshold,
  NtmStatus,
} from './evaluation.js';

/**
 * A commune's target: reach the national standard, or a provincial level (e.g. "cơ bản đạt"), by a year.
 *
 * @example
 * ```ts
 * const target: NtmRoadmapTarget = { commune: 'quai-cang', year: 2023 };
 * const basic: NtmRoadmapTarget = { commune: 'mun-chung', year: 2023, provincialLevel: 'co-ban-dat-chuan' };
 * ```
 */
export interface NtmRoadmapTarget {
  /** Commune id (`evaluation.commune.id`). */
  readonly commune: string;
  /** Target year. */
  readonly year: number;
  /** Provincial commune level to reach instead of the national standard. */
  readonly provincialLevel?: string;
}

/**
 * A criterion still to reach, with its unmet indicators.
 *
 * @example
 * ```ts
 * const item: NtmRoadmapItem = { criterion: '10', name: { vi: 'Thu nhập', en: 'Income' }, status: 'not-met', gaps: [] };
 * ```
 */
export interface NtmRoadmapItem {
  /** Criterion code. */
  readonly criterion: string;
  /** Criterion name. */
  readonly name: Bilingual;
  /** Status in the latest evaluation. */
  readonly status: NtmStatus;
  /** Gaps of its unmet indicators. */
  readonly gaps: readonly NtmGap[];
}

/**
 * A criterion that cannot be evaluated yet ("chưa đủ dữ liệu"): not known to be met, never counted as not met, with
 * what is missing to decide it.
 *
 * @example
 * ```ts
 * const item: NtmRoadmapUnknown = {
 *   criterion: '10', name: { vi: 'Thu nhập', en: 'Income' },
 *   missingThresholds: [{ indicator: '10', cell: '2022:TDMNPB', annex: 'QĐ 318/QĐ-TTg Phụ lục I' }],
 *   missingValues: [],
 *   label: { vi: 'chưa đủ dữ liệu: thiếu ngưỡng 10 (2022:TDMNPB)', en: 'not enough data: threshold missing 10 (2022:TDMNPB)' },
 * };
 * ```
 */
export interface NtmRoadmapUnknown {
  /** Criterion code. */
  readonly criterion: string;
  /** Criterion name. */
  readonly name: Bilingual;
  /**
   * Thresholds the evaluation needed and the set lacks (the criterion's own code when its indicators were not
   * obtained): type them from the annex into a national supplement.
   */
  readonly missingThresholds: readonly NtmMissingThreshold[];
  /** Indicators that have a threshold but were given no value. */
  readonly missingValues: readonly string[];
  /** "chưa đủ dữ liệu: thiếu ngưỡng …; thiếu số liệu …". */
  readonly label: Bilingual;
}

/**
 * One year of the plan: the criteria to complete that year.
 *
 * @example
 * ```ts
 * const step: NtmRoadmapStep = { year: 2023, criteria: ['10', '11'] };
 * ```
 */
export interface NtmRoadmapStep {
  /** Year. */
  readonly year: number;
  /** Criterion codes to complete in that year. */
  readonly criteria: readonly string[];
}

/**
 * Where a commune stands against its target.
 *
 * @remarks `achieved` đã đạt · `on-track` đúng tiến độ · `at-risk` chậm so với tiến độ cần thiết · `missed` quá năm mục
 * tiêu mà chưa đạt · `planned` mới có một năm số liệu · `cannot-evaluate` chưa đủ dữ liệu để biết đã đạt hay chưa.
 * @example
 * ```ts
 * const status: NtmRoadmapStatus = 'at-risk';
 * ```
 */
export type NtmRoadmapStatus =
  | 'achieved'
  | 'on-track'
  | 'at-risk'
  | 'missed'
  | 'planned'
  | 'cannot-evaluate';

/**
 * The roadmap of one commune.
 *
 * @example
 * ```ts
 * roadmap(byYear, targets)[0]?.plan; // [{ year: 2023, criteria: ['10', '11', '13'] }]
 * ```
 */
export interface NtmCommuneRoadmap {
  /** The commune. */
  readonly commune: NtmCommuneRef;
  /** Its target. */
  readonly target: NtmRoadmapTarget;
  /** Criteria met per year of data. */
  readonly history: readonly {
    readonly year: number;
    readonly criteriaMet: number;
    readonly level?: string;
  }[];
  /** Year of the latest evaluation. */
  readonly latestYear: number;
  /** Status against the target. */
  readonly status: NtmRoadmapStatus;
  /** Criteria not met in the latest evaluation. */
  readonly remaining: readonly NtmRoadmapItem[];
  /** Criteria that cannot be evaluated yet in the latest evaluation ("chưa đủ dữ liệu"), with what is missing. */
  readonly undetermined: readonly NtmRoadmapUnknown[];
  /**
   * Criteria that must still be reached for the target, as far as is known: the criteria not met (for a provincial
   * level, possibly fewer). The `undetermined` criteria may add to it once they can be evaluated.
   */
  readonly needed: number;
  /** Year-by-year plan of the criteria not met, from the year after the latest data to the target year. */
  readonly plan: readonly NtmRoadmapStep[];
  /** Criteria gained per year so far (`null` with one year of data). */
  readonly observedPace: number | null;
  /** Criteria per year needed to reach the target in time (`null` when no year is left). */
  readonly requiredPace: number | null;
  /** True when any evaluation used illustrative data. */
  readonly illustrative: boolean;
}

const TARGET_FIELDS = ['commune', 'year', 'provincialLevel'];

/**
 * For each target commune: the criteria not met in its latest evaluation, its history, whether it is on track and a
 * year-by-year plan to the target year ("kế hoạch, lộ trình … đến năm 2025"). The plan puts the criteria with the
 * fewest unmet indicators first and spreads them evenly over the remaining years — a starting point to edit, not a
 * rule from the sources. Unknown is never "not met": criteria that cannot be evaluated yet are listed apart
 * (`undetermined`, "chưa đủ dữ liệu") with the thresholds and values still missing, and are not planned.
 *
 * @remarks Lộ trình phấn đấu đạt chuẩn theo năm của từng xã.
 * @example
 * ```ts
 * const plans = roadmap({ 2022: evaluations2022 }, [{ commune: 'quai-cang', year: 2023 }]);
 * plans[0]?.status; // 'planned'
 * ```
 */
export function roadmap(
  evaluationsByYear: Readonly<Record<string, readonly NtmCommuneEvaluation[]>>,
  targets: readonly NtmRoadmapTarget[],
): NtmCommuneRoadmap[] {
  expectRecord(evaluationsByYear, ['evaluationsByYear']);
  // Checked and copied field by field: the result shows the target, and nothing else of the caller's object.
  const checkedTargets = expectArray(targets, ['targets']).map((item, index): NtmRoadmapTarget => {
    const path = ['targets', index];
    const target = expectKnownFields(item, TARGET_FIELDS, path);
    const commune = expectString(target.commune, [...path, 'commune']);
    const year = expectInteger(target.year, [...path, 'year'], { min: 1900, max: 2100 });
    const level = optional(target.provincialLevel, (v) =>
      expectString(v, [...path, 'provincialLevel']),
    );
    return level === undefined ? { commune, year } : { commune, year, provincialLevel: level };
  });
  const byCommune = new Map<string, NtmCommuneEvaluation[]>();
  for (const yearKey of Object.keys(evaluationsByYear)) {
    const list = expectArray(Object.getOwnPropertyDescriptor(evaluationsByYear, yearKey)?.value, [
      'evaluationsByYear',
      yearKey,
    ]).map((e, index) => checkEvaluation(e, ['evaluationsByYear', yearKey, index]));
    list.forEach((evaluation, index) => {
      const path = ['evaluationsByYear', yearKey, index];
      if (String(evaluation.year) !== yearKey) {
        fail(CRITERIA_ERRORS['criteria/year-mismatch'], path, {
          year: evaluation.year,
          key: yearKey,
        });
      }
      const id = evaluation.commune?.id;
      // Optional in an evaluation, needed here: the roadmap is per commune.
      if (id === undefined)
        fail(INPUT_ERRORS['input/missing'], [...path, 'commune'], { field: 'commune' });
      const history = byCommune.get(id) ?? [];
      if (history.some((e) => e.year === evaluation.year)) {
        fail(CRITERIA_ERRORS['criteria/duplicate-evaluation'], path, {
          commune: id,
          year: evaluation.year,
        });
      }
      history.push(evaluation);
      byCommune.set(id, history);
    });
  }
  return checkedTargets.map((target, index) => {
    const history = (byCommune.get(target.commune) ?? []).sort((a, b) => a.year - b.year);
    const latest = history.at(-1);
    if (latest === undefined || latest.commune === undefined) {
      fail(CRITERIA_ERRORS['criteria/no-evaluation'], ['targets', index, 'commune'], {
        commune: target.commune,
      });
    }
    return planFor(target, history, latest, latest.commune, index);
  });
}

function planFor(
  target: NtmRoadmapTarget,
  history: readonly NtmCommuneEvaluation[],
  latest: NtmCommuneEvaluation,
  commune: NtmCommuneRef,
  index: number,
): NtmCommuneRoadmap {
  const remaining: NtmRoadmapItem[] = latest.criteria
    .filter((c) => c.status === 'not-met')
    .map((c) => ({
      criterion: c.code,
      name: c.name,
      status: c.status,
      gaps: latest.gaps.filter((g) => g.criterion === c.code),
    }));
  const undetermined = latest.criteria
    .filter((c) => c.status === 'cannot-evaluate')
    .map((c) => unknownItem(c, latest.missingThresholds));
  const { achieved, needed, undecided } = progress(target, latest, remaining.length, index);
  const first = history[0] ?? latest;
  const observedPace =
    history.length > 1
      ? (latest.criteriaMet - first.criteriaMet) / (latest.year - first.year)
      : null;
  const yearsLeft = target.year - latest.year;
  const requiredPace = yearsLeft > 0 ? needed / yearsLeft : null;
  let status: NtmRoadmapStatus;
  if (achieved) status = 'achieved';
  else if (undecided) status = 'cannot-evaluate';
  else if (yearsLeft <= 0) status = 'missed';
  else if (observedPace === null) status = 'planned';
  else status = observedPace >= (requiredPace ?? 0) ? 'on-track' : 'at-risk';

  const ordered = [...remaining].sort(
    (a, b) => a.gaps.length - b.gaps.length || Number(a.criterion) - Number(b.criterion),
  );
  const plan: NtmRoadmapStep[] = [];
  if (!achieved && yearsLeft > 0) {
    const perYear = Math.ceil(ordered.length / yearsLeft);
    for (let step = 0; step < yearsLeft; step++) {
      const slice = ordered
        .slice(step * perYear, (step + 1) * perYear)
        .map((item) => item.criterion);
      plan.push({ year: latest.year + step + 1, criteria: slice });
    }
  }
  return {
    commune,
    target,
    history: history.map((e) => ({
      year: e.year,
      criteriaMet: e.criteriaMet,
      ...(e.provincial ? { level: e.provincial.level.id } : {}),
    })),
    latestYear: latest.year,
    status,
    remaining,
    undetermined,
    needed,
    plan,
    observedPace,
    requiredPace,
    illustrative: history.some((e) => e.illustrative),
  };
}

/** What a criterion that cannot be evaluated still lacks: thresholds of the set, values of the commune. */
function unknownItem(
  criterion: NtmCriterionResult,
  missing: readonly NtmMissingThreshold[],
): NtmRoadmapUnknown {
  const codes = new Set([criterion.code, ...criterion.indicators.map((r) => r.code)]);
  const missingThresholds = missing.filter((m) => codes.has(m.indicator));
  const missingValues = criterion.indicators
    .filter((r) => r.status === 'cannot-evaluate' && r.threshold !== undefined)
    .map((r) => r.code);
  const thresholds = missingThresholds.map((m) => `${m.indicator} (${m.cell})`).join(', ');
  const values = missingValues.join(', ');
  const vi = [thresholds && `thiếu ngưỡng ${thresholds}`, values && `thiếu số liệu ${values}`];
  const en = [thresholds && `threshold missing ${thresholds}`, values && `no value for ${values}`];
  return {
    criterion: criterion.code,
    name: criterion.name,
    missingThresholds,
    missingValues,
    label: {
      vi: `chưa đủ dữ liệu: ${vi.filter(Boolean).join('; ')}`,
      en: `not enough data: ${en.filter(Boolean).join('; ')}`,
    },
  };
}

function progress(
  target: NtmRoadmapTarget,
  latest: NtmCommuneEvaluation,
  remaining: number,
  index: number,
): { achieved: boolean; needed: number; undecided: boolean } {
  if (target.provincialLevel === undefined) {
    return {
      achieved: latest.outcome === 'met',
      needed: remaining,
      undecided: latest.outcome === 'cannot-evaluate',
    };
  }
  const provincial = latest.provincial;
  if (provincial === undefined) {
    fail(CRITERIA_ERRORS['criteria/no-provincial-levels'], ['targets', index, 'provincialLevel']);
  }
  const wanted = provincial.order.indexOf(target.provincialLevel);
  if (wanted < 0) {
    fail(CRITERIA_ERRORS['criteria/unknown-level'], ['targets', index, 'provincialLevel'], {
      level: target.provincialLevel,
      defined: provincial.order,
    });
  }
  const undecided = provincial.level.id === 'cannot-evaluate';
  const achieved = !undecided && provincial.order.indexOf(provincial.level.id) <= wanted;
  // Upper bound: the province's level may need fewer criteria than all the missing ones.
  return { achieved, needed: achieved ? 0 : remaining, undecided };
}
