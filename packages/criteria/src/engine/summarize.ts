import type { Bilingual } from '@ntm/domain/core';
import { expectArray, expectInteger, expectOneOf, expectRecord, optional } from '@ntm/domain/core';
import { checkEvaluation } from './check-evaluation.js';
import type { NtmCommuneEvaluation, NtmCriterionCounts } from './evaluation.js';

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
export interface NtmSummaryGroup extends NtmCriterionCounts {
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
  const list = expectArray(evaluations, ['evaluations']);
  const builder = createSummary(options);
  // Each one is checked by `add`, as it would be when added one by one.
  for (const evaluation of list) builder.add(evaluation as NtmCommuneEvaluation);
  return builder.result();
}

/**
 * A summary built one evaluation at a time, for a file too large to hold in memory: `add` each evaluation, then
 * `result()` gives what {@link summarize} gives for the whole list. Memory holds one set of counts per group.
 *
 * @example
 * ```ts
 * const summary = createSummary({ by: 'district' });
 * for await (const evaluation of evaluations) summary.add(evaluation);
 * summary.result().total.met;
 * ```
 */
export interface NtmSummaryBuilder {
  /** Counts one evaluation (checked like those given to `summarize`). */
  add(evaluation: NtmCommuneEvaluation): void;
  /** The summary of every evaluation added so far. */
  result(): NtmSummary;
}

/** Running counts of one group. */
interface Counts {
  communes: number;
  met: number;
  notMet: number;
  cannotEvaluate: number;
  criteriaMet: number;
  criteriaNotMet: number;
  criteriaCannotEvaluate: number;
  under: number;
  undetermined: number;
  illustrative: number;
  provincial: Record<string, number>;
}

/** The "dưới 15 tiêu chí" mark (NQ 25/2021/QH15), for sets of 19 criteria. */
const DEFAULT_BELOW = 15;

/**
 * Starts a summary that evaluations are added to one by one (see {@link NtmSummaryBuilder}); `summarize` is this
 * builder fed a whole list.
 *
 * @remarks Tổng hợp dần từng kết quả, cho tệp lớn không giữ hết trong bộ nhớ.
 * @example
 * ```ts
 * const builder = createSummary({ by: 'year' });
 * evaluations.forEach((e) => builder.add(e));
 * builder.result().groups.map((g) => g.label.vi);
 * ```
 */
export function createSummary(options: SummarizeOptions = {}): NtmSummaryBuilder {
  expectRecord(options, ['options']);
  optional(options.belowCriteria, (v) =>
    expectInteger(v, ['options', 'belowCriteria'], { min: 0, max: 1000 }),
  );
  const by = optional(options.by, (v) => expectOneOf(v, GROUP_FIELDS, ['options', 'by']));
  // Without an explicit mark, communes are counted under 15; the count is dropped at the end unless every set had 19.
  const mark = options.belowCriteria ?? DEFAULT_BELOW;
  let allNineteen = true;
  let index = 0;
  const groups = new Map<string, Counts>();
  const total = emptyCounts();
  return {
    add(evaluation) {
      checkEvaluation(evaluation, ['evaluations', index]);
      index += 1;
      allNineteen &&= evaluation.criteriaTotal === 19;
      const key = keyOf(evaluation, by);
      const counts = groups.get(key) ?? emptyCounts();
      groups.set(key, counts);
      tally(counts, evaluation, mark);
      tally(total, evaluation, mark);
    },
    result() {
      const below = options.belowCriteria ?? (allNineteen ? DEFAULT_BELOW : null);
      return {
        by: by ?? 'all',
        belowCriteria: below,
        groups: [...groups]
          .sort(([a], [b]) => a.localeCompare(b, 'vi'))
          .map(([key, counts]) => group(key, counts, below)),
        total: group(by === undefined ? 'all' : 'total', total, below),
      };
    },
  };
}

function keyOf(evaluation: NtmCommuneEvaluation, by: SummarizeOptions['by']): string {
  if (by === undefined) return 'all';
  if (by === 'year') return String(evaluation.year);
  const value = evaluation.commune?.[by];
  return value === undefined ? UNKNOWN_KEY : String(value);
}

function emptyCounts(): Counts {
  const counts = { provincial: Object.create(null) } as Counts;
  for (const field of COUNTED) counts[field] = 0;
  return counts;
}

const COUNTED = [
  'communes',
  'met',
  'notMet',
  'cannotEvaluate',
  'criteriaMet',
  'criteriaNotMet',
  'criteriaCannotEvaluate',
  'under',
  'undetermined',
  'illustrative',
] as const;

function tally(c: Counts, e: NtmCommuneEvaluation, mark: number): void {
  c.communes++;
  c[e.outcome === 'met' ? 'met' : e.outcome === 'not-met' ? 'notMet' : 'cannotEvaluate']++;
  c.criteriaMet += e.criteriaMet;
  c.criteriaNotMet += e.criteriaNotMet;
  c.criteriaCannotEvaluate += e.criteriaCannotEvaluate;
  // Unknown is not "not met": a commune is below only if its unknown criteria could not lift it.
  if (e.criteriaMet < mark)
    c[e.criteriaMet + e.criteriaCannotEvaluate >= mark ? 'undetermined' : 'under']++;
  if (e.illustrative) c.illustrative++;
  const level = e.provincial?.level.id;
  if (level !== undefined) c.provincial[level] = (c.provincial[level] ?? 0) + 1;
}

function group(key: string, c: Counts, below: number | null): NtmSummaryGroup {
  const { under, undetermined, provincial, ...counts } = c;
  const unknown = c.cannotEvaluate;
  return {
    key,
    ...counts,
    provincial: { ...provincial },
    below: below === null ? 0 : under,
    belowUndetermined: below === null ? 0 : undetermined,
    label: {
      vi: `${key}: ${c.met}/${c.communes} xã đạt chuẩn${unknown ? `, ${unknown} xã chưa đủ dữ liệu` : ''}`,
      en: `${key}: ${c.met} of ${c.communes} communes meet the standard${unknown ? `, ${unknown} cannot be evaluated yet` : ''}`,
    },
  };
}
