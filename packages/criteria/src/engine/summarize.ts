import type { Bilingual } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';
import { checkEvaluation } from './check-evaluation.js';
import type { NtmCommuneEvaluation } from './evaluation.js';
import { expectArray, expectInteger, expectRecord, optional, show } from './guards.js';

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
  /** Communes that cannot be evaluated yet. */
  readonly cannotEvaluate: number;
  /** Communes by provincial level id. */
  readonly provincial: Readonly<Record<string, number>>;
  /** Communes with fewer criteria met than `belowCriteria` (counting only criteria known to be met). */
  readonly below: number;
  /** Of those, how many could still reach `belowCriteria` once unknown criteria are evaluated. */
  readonly belowUndetermined: number;
  /** Communes whose data is illustrative. */
  readonly illustrative: number;
  /** "x/y xã đạt chuẩn". */
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

/**
 * Counts evaluations by a field (district, province, target year, data year) and by outcome — "huyện Tân Uyên: x/y xã
 * đạt chuẩn" — with the provincial levels and the NQ 25/2021/QH15 indicator "xã dưới 15 tiêu chí".
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
  if (!Array.isArray(evaluations)) {
    fail('criteria/invalid-evaluations', ['evaluations'], {
      vi: 'Cần một danh sách kết quả đánh giá',
      en: 'Expected a list of evaluations',
    });
  }
  const builder = createSummary(options);
  // Each one is checked by `add`, as it would be when added one by one.
  for (const evaluation of expectArray(evaluations, ['evaluations']))
    builder.add(evaluation as NtmCommuneEvaluation);
  return builder.result();
}

const UNKNOWN_KEY = '(chưa rõ)';

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
  optional(options.belowCriteria, (v) => expectInteger(v, ['options', 'belowCriteria'], 0, 1000));
  const by = options.by;
  if (
    by !== undefined &&
    !(['district', 'province', 'targetYear', 'year'] as unknown[]).includes(by)
  ) {
    fail('criteria/invalid-group-field', ['options', 'by'], {
      vi: `Không nhóm được theo ${show(by)}`,
      en: `Cannot group by ${show(by)}`,
    });
  }
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
      if (evaluation.criteriaTotal !== 19) allNineteen = false;
      const key = keyOf(evaluation, by);
      let counts = groups.get(key);
      if (counts === undefined) {
        counts = emptyCounts();
        groups.set(key, counts);
      }
      tally(counts, evaluation, mark);
      tally(total, evaluation, mark);
    },
    result() {
      const below = options.belowCriteria ?? (allNineteen ? DEFAULT_BELOW : null);
      return {
        by: by ?? 'all',
        belowCriteria: below,
        groups: [...groups.keys()]
          .sort((a, b) => a.localeCompare(b, 'vi'))
          .map((key) => group(key, groups.get(key) ?? emptyCounts(), below)),
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
  return {
    communes: 0,
    met: 0,
    notMet: 0,
    cannotEvaluate: 0,
    under: 0,
    undetermined: 0,
    illustrative: 0,
    provincial: Object.create(null) as Record<string, number>,
  };
}

function tally(counts: Counts, e: NtmCommuneEvaluation, mark: number): void {
  counts.communes++;
  if (e.outcome === 'met') counts.met++;
  else if (e.outcome === 'not-met') counts.notMet++;
  else counts.cannotEvaluate++;
  if (e.criteriaMet < mark) {
    counts.under++;
    if (e.criteriaMet + e.criteriaCannotEvaluate >= mark) counts.undetermined++;
  }
  if (e.illustrative) counts.illustrative++;
  const level = e.provincial?.level.id;
  if (level !== undefined) counts.provincial[level] = (counts.provincial[level] ?? 0) + 1;
}

function group(key: string, c: Counts, below: number | null): NtmSummaryGroup {
  return {
    key,
    communes: c.communes,
    met: c.met,
    notMet: c.notMet,
    cannotEvaluate: c.cannotEvaluate,
    provincial: { ...c.provincial },
    below: below === null ? 0 : c.under,
    belowUndetermined: below === null ? 0 : c.undetermined,
    illustrative: c.illustrative,
    label: {
      vi: `${key}: ${c.met}/${c.communes} xã đạt chuẩn`,
      en: `${key}: ${c.met} of ${c.communes} communes meet the standard`,
    },
  };
}
