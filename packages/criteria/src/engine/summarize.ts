import type { Bilingual } from '@ntm/domain/core';
import { expectArray, expectInteger, expectOneOf, expectRecord, optional } from '@ntm/domain/core';
import { checkEvaluation } from './check-evaluation.js';
import type { NtmCommuneEvaluation } from './evaluation.js';

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * const options: SummarizeOptions = { by: 'district' };
 * ```
 */
export interface SummarizeOptions {
  /** Field of `evaluation.commune` (or the data year) to group by; absent = one group. */
  readonly by?: 'district' | 'province' | 'targetYear' | 'year';
  /** Criteria count under which a commune counts as "dưới N tiêu chí"; default 15 for 19-criterion sets. */
  readonly belowCriteria?: number;
}

/**
 * Counts for one group of communes.
 *
 * @example
 * ```ts
 * summary.groups[0]?.label.vi; // 'Tân Uyên: 4/10 xã đạt chuẩn'
 * ```
 */
export interface NtmSummaryGroup {
  /** Group value (district name, year…); `(chưa rõ)` when the field is absent. */
  readonly key: string;
  /** Communes in the group. */
  readonly communes: number;
  /** Communes meeting the national standard. */
  readonly met: number;
  /** Communes not meeting it. */
  readonly notMet: number;
  /** Communes that cannot be evaluated yet (no criterion failed, some unknown): never counted as not met. */
  readonly cannotEvaluate: number;
  /** Criteria met, over every commune of the group. */
  readonly criteriaMet: number;
  /** Criteria not met, over every commune of the group. */
  readonly criteriaNotMet: number;
  /** Criteria that cannot be evaluated yet (thresholds or values missing), over every commune of the group. */
  readonly criteriaCannotEvaluate: number;
  /** Communes by provincial level id. */
  readonly provincial: Readonly<Record<string, number>>;
  /**
   * Communes known to have fewer criteria than `belowCriteria` ("dưới 15 tiêu chí"): even if every criterion that
   * cannot be evaluated yet turned out met, they would stay below.
   */
  readonly below: number;
  /** Communes that may be below `belowCriteria` or not, depending on criteria that cannot be evaluated yet. */
  readonly belowUndetermined: number;
  /** Communes whose result is illustrative. */
  readonly illustrative: number;
  /** "x/y xã đạt chuẩn", and the communes that cannot be evaluated yet. */
  readonly label: Bilingual;
}

/**
 * A summary of evaluations.
 *
 * @example
 * ```ts
 * summarize(evaluations, { by: 'district' }).total.met;
 * ```
 */
export interface NtmSummary {
  /** Grouping field, or `all`. */
  readonly by: string;
  /** Threshold of the "dưới N tiêu chí" count (`null` when the sets are not 19-criterion sets and none was given). */
  readonly belowCriteria: number | null;
  /** Groups, sorted by key. */
  readonly groups: readonly NtmSummaryGroup[];
  /** All communes together. */
  readonly total: NtmSummaryGroup;
}

const UNKNOWN_KEY = '(chưa rõ)';
const GROUP_FIELDS = ['district', 'province', 'targetYear', 'year'] as const;

/**
 * Counts evaluations by a field (district, province, target year, data year) and by outcome — "huyện Tân Uyên: x/y xã
 * đạt chuẩn" — with the provincial levels and the NQ 25/2021/QH15 indicator "xã dưới 15 tiêu chí". Unknown is never
 * "not met": communes and criteria that cannot be evaluated yet are counted apart, and a commune is "dưới 15 tiêu chí"
 * only when its unknown criteria could not lift it to 15 (otherwise it is `belowUndetermined`).
 *
 * @remarks Tổng hợp kết quả theo huyện/tỉnh/năm; chỉ tiêu "không còn xã dưới 15 tiêu chí" (NQ 25/2021/QH15).
 * @example
 * ```ts
 * const summary = summarize(evaluations, { by: 'district' });
 * summary.groups.map((g) => g.label.vi); // ['Tuần Giáo: 0/9 xã đạt chuẩn']
 * ```
 */
export function summarize(
  evaluations: readonly NtmCommuneEvaluation[],
  options: SummarizeOptions = {},
): NtmSummary {
  expectArray(evaluations, ['evaluations']).forEach((e, index) => {
    checkEvaluation(e, ['evaluations', index]);
  });
  expectRecord(options, ['options']);
  optional(options.belowCriteria, (v) =>
    expectInteger(v, ['options', 'belowCriteria'], { min: 0, max: 1000 }),
  );
  const by = optional(options.by, (v) => expectOneOf(v, GROUP_FIELDS, ['options', 'by']));
  const below =
    options.belowCriteria ?? (evaluations.every((e) => e.criteriaTotal === 19) ? 15 : null);
  const groups = new Map<string, NtmCommuneEvaluation[]>();
  for (const evaluation of evaluations) {
    const key = keyOf(evaluation, by);
    const list = groups.get(key) ?? [];
    list.push(evaluation);
    groups.set(key, list);
  }
  return {
    by: by ?? 'all',
    belowCriteria: below,
    groups: [...groups.keys()]
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .map((key) => count(key, groups.get(key) ?? [], below)),
    total: count(by === undefined ? 'all' : 'total', evaluations, below),
  };
}

function keyOf(evaluation: NtmCommuneEvaluation, by: SummarizeOptions['by']): string {
  if (by === undefined) return 'all';
  if (by === 'year') return String(evaluation.year);
  const value = evaluation.commune?.[by];
  return value === undefined ? UNKNOWN_KEY : String(value);
}

function count(
  key: string,
  list: readonly NtmCommuneEvaluation[],
  below: number | null,
): NtmSummaryGroup {
  let met = 0;
  let notMet = 0;
  let cannotEvaluate = 0;
  let criteriaMet = 0;
  let criteriaNotMet = 0;
  let criteriaCannotEvaluate = 0;
  let under = 0;
  let undetermined = 0;
  let illustrative = 0;
  const provincial: Record<string, number> = Object.create(null);
  for (const e of list) {
    if (e.outcome === 'met') met++;
    else if (e.outcome === 'not-met') notMet++;
    else cannotEvaluate++;
    criteriaMet += e.criteriaMet;
    criteriaNotMet += e.criteriaNotMet;
    criteriaCannotEvaluate += e.criteriaCannotEvaluate;
    // Unknown is not "not met": a commune is below only if its unknown criteria could not lift it.
    if (below !== null && e.criteriaMet < below) {
      if (e.criteriaMet + e.criteriaCannotEvaluate >= below) undetermined++;
      else under++;
    }
    if (e.illustrative) illustrative++;
    const level = e.provincial?.level.id;
    if (level !== undefined) provincial[level] = (provincial[level] ?? 0) + 1;
  }
  return {
    key,
    communes: list.length,
    met,
    notMet,
    cannotEvaluate,
    criteriaMet,
    criteriaNotMet,
    criteriaCannotEvaluate,
    provincial: { ...provincial },
    below: under,
    belowUndetermined: undetermined,
    illustrative,
    label:
      cannotEvaluate === 0
        ? {
            vi: `${key}: ${met}/${list.length} xã đạt chuẩn`,
            en: `${key}: ${met} of ${list.length} communes meet the standard`,
          }
        : {
            vi: `${key}: ${met}/${list.length} xã đạt chuẩn, ${cannotEvaluate} xã chưa đủ dữ liệu`,
            en: `${key}: ${met} of ${list.length} communes meet the standard, ${cannotEvaluate} cannot be evaluated yet`,
          },
  };
}
