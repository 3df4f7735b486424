import type {
  Bilingual,
  LegalBasis,
  NtmCommuneFlags,
  NtmCommuneGroup,
  NtmCommuneRef,
  NtmDirection,
  NtmProvenance,
  NtmRegion,
  NtmSupplyMark,
  NtmThresholdCell,
  NtmThresholdKey,
} from '@ntm/domain/core';

/**
 * The outcome of one indicator or criterion.
 *
 * @remarks `met` đạt · `not-met` chưa đạt · `not-applicable` không áp dụng ("nếu có") · `cannot-evaluate` chưa đủ dữ
 * liệu để đánh giá (thiếu số liệu hoặc thiếu ngưỡng).
 * @example
 * ```ts
 * const status: NtmStatus = 'cannot-evaluate';
 * ```
 */
export type NtmStatus = 'met' | 'not-met' | 'not-applicable' | 'cannot-evaluate';

/**
 * The national outcome of a commune: `met` only when every criterion is met; `cannot-evaluate` when none is failed but
 * some cannot be evaluated.
 *
 * @example
 * ```ts
 * const outcome: NtmOutcome = 'not-met';
 * ```
 */
export type NtmOutcome = 'met' | 'not-met' | 'cannot-evaluate';

/**
 * What `evaluateCommune` needs to know besides the values.
 *
 * @example
 * ```ts
 * const context: NtmEvaluationContext = { year: 2022, region: 'TDMNPB', flags: { khuVucIII: true } };
 * ```
 */
export interface NtmEvaluationContext {
  /** Data year; selects per-year thresholds (income) and must fall within the set's validity. */
  readonly year: number;
  /** Region of the commune (its pre-July-2025 province) for region-keyed sets. */
  readonly region?: NtmRegion | undefined;
  /** Commune group for group-keyed sets (2026–2030). */
  readonly communeGroup?: NtmCommuneGroup | undefined;
  /** Status flags that may put the commune on the TDMNPB thresholds. */
  readonly flags?: NtmCommuneFlags | undefined;
  /** Who is evaluated; copied into the result (falls back to `facts.commune`). */
  readonly commune?: NtmCommuneRef | undefined;
}

/**
 * Which threshold column was used, and why.
 *
 * @example
 * ```ts
 * const key: NtmKeyChoice = { kind: 'region', key: 'TDMNPB', reason: { vi: 'Vùng của xã', en: 'The commune’s region' } };
 * ```
 */
export interface NtmKeyChoice {
  /** Region or commune group. */
  readonly kind: NtmThresholdKey;
  /** The column (`TDMNPB`, `'3'` …). */
  readonly key: string;
  /** Id of the override rule that chose it, when one did. */
  readonly rule?: string;
  /** Why. */
  readonly reason: Bilingual;
}

/**
 * The result for one indicator.
 *
 * @example
 * ```ts
 * const r: NtmIndicatorResult = evaluation.criteria[14]!.indicators[2]!; // 15.3
 * r.status; // 'met'
 * ```
 */
export interface NtmIndicatorResult {
  /** Indicator code. */
  readonly code: string;
  /** Outcome. */
  readonly status: NtmStatus;
  /** The value given (`undefined` when none was). */
  readonly value: number | boolean | undefined;
  /** Key of the threshold cell looked up (`TDMNPB`, `2023:TDMNPB`, `'3'`). */
  readonly cell: string;
  /**
   * The threshold cell used — its value, status (`verified`, `reported`, `provincial`…), sources and note — or
   * `undefined` when the cell is missing. It is the set's own frozen cell, not a copy.
   */
  readonly threshold: NtmThresholdCell | undefined;
  /** Minimum or maximum (numbers); `undefined` for yes/no and absence indicators. */
  readonly direction: NtmDirection | undefined;
  /** For an unmet number: how far the value is from the threshold (always positive). */
  readonly gap: number | undefined;
  /** Why, in Vietnamese and English. */
  readonly reason: Bilingual;
}

/**
 * The provincial level of a criterion or commune, or `null` when the unknown indicators could change it.
 *
 * @example
 * ```ts
 * const level: NtmProvincialLevel = { id: 'co-ban-dat', name: { vi: 'Cơ bản đạt', en: 'Basically met' } };
 * ```
 */
export interface NtmProvincialLevel {
  /** Level id, or `cannot-evaluate`. */
  readonly id: string;
  /** Level name. */
  readonly name: Bilingual;
}

/**
 * The result for one criterion.
 *
 * @example
 * ```ts
 * const c: NtmCriterionResult = evaluation.criteria[9]!; // Thu nhập
 * c.status; // 'cannot-evaluate' while the income thresholds are missing
 * ```
 */
export interface NtmCriterionResult {
  /** Criterion code. */
  readonly code: string;
  /** Criterion name. */
  readonly name: Bilingual;
  /** Outcome: met when every indicator is met or not applicable. */
  readonly status: NtmStatus;
  /** Indicators met. */
  readonly met: number;
  /** Indicators not met. */
  readonly notMet: number;
  /** Indicators that cannot be evaluated. */
  readonly cannotEvaluate: number;
  /** Per-indicator results. */
  readonly indicators: readonly NtmIndicatorResult[];
  /** Provincial level, when the set carries provincial levels. */
  readonly provincialLevel?: NtmProvincialLevel;
}

/**
 * What an unmet indicator still needs.
 *
 * @example
 * ```ts
 * const gap: NtmGap = { criterion: '15', indicator: '15.1', value: 80, needed: 85, direction: '>=', difference: 5, unit: '%' };
 * ```
 */
export interface NtmGap {
  /** Criterion code. */
  readonly criterion: string;
  /** Indicator code. */
  readonly indicator: string;
  /** Current value. */
  readonly value: number | boolean;
  /** Value needed: the threshold, or `true`/`false` for judgements. */
  readonly needed: number | boolean;
  /** Minimum or maximum (numbers only). */
  readonly direction: NtmDirection | undefined;
  /** Distance to the threshold (numbers only). */
  readonly difference: number | undefined;
  /** Unit (numbers only). */
  readonly unit: string | undefined;
}

/**
 * A threshold the evaluation needed but the set does not have: type it from `annex` into a national supplement
 * (`supplementCriteriaSet`).
 *
 * @example
 * ```ts
 * const m: NtmMissingThreshold = { indicator: '10', cell: '2022:TDMNPB', annex: 'QĐ 318/QĐ-TTg Phụ lục I' };
 * ```
 */
export interface NtmMissingThreshold {
  /** Indicator code (or the criterion code when its indicators were not obtained). */
  readonly indicator: string;
  /** Cell key. */
  readonly cell: string;
  /** Where to load it from. */
  readonly annex: string;
}

/**
 * A provincial outcome next to the national one.
 *
 * @example
 * ```ts
 * evaluation.provincial?.level.name.vi; // 'Cơ bản đạt chuẩn NTM'
 * ```
 */
export interface NtmProvincialOutcome {
  /** The commune's provincial level (`cannot-evaluate` when unknown values could change it). */
  readonly level: NtmProvincialLevel;
  /** Ids of the province's commune levels, highest first, then the fallback level. */
  readonly order: readonly string[];
  /** True when the province's rules are an example, not official. */
  readonly illustrative: boolean;
  /** Source or caveat of the rules. */
  readonly note?: Bilingual;
}

/**
 * Criteria counted by outcome: one commune's in an evaluation, a group's (summed over its communes) in a summary.
 *
 * @example
 * ```ts
 * const counts: NtmCriterionCounts = { criteriaMet: 15, criteriaNotMet: 3, criteriaCannotEvaluate: 1 };
 * ```
 */
export interface NtmCriterionCounts {
  /** Criteria met (`đạt x/…`). */
  readonly criteriaMet: number;
  /** Criteria not met. */
  readonly criteriaNotMet: number;
  /** Criteria that cannot be evaluated yet (thresholds or values missing): never counted as not met. */
  readonly criteriaCannotEvaluate: number;
}

/**
 * The evaluation of one commune for one year against one set.
 *
 * @remarks "Đạt x/19 tiêu chí"; kết quả quốc gia và (nếu có) kết quả theo quy định của tỉnh.
 * @example
 * ```ts
 * const e = evaluateCommune(XA_2021_2025, facts, { year: 2022, region: 'TDMNPB' });
 * e.label.vi; // 'đạt 15/19 tiêu chí'
 * ```
 */
export interface NtmCommuneEvaluation extends NtmCriterionCounts {
  /** Id of the set used (the national id for a localised set; see `provenance`). */
  readonly setId: string;
  /** Legal basis of the set. */
  readonly basis: LegalBasis;
  /** Annex to load missing values from. */
  readonly annex: string;
  /** National basis and provincial decision, for a localised set. */
  readonly provenance?: NtmProvenance;
  /** The national supplement the set was completed with (`supplementCriteriaSet`): its source, and whether it is an example. */
  readonly supplement?: NtmSupplyMark;
  /** Who was evaluated. */
  readonly commune?: NtmCommuneRef;
  /** Data year. */
  readonly year: number;
  /** Threshold column used. */
  readonly thresholds: NtmKeyChoice;
  /** Per-criterion results, in set order. */
  readonly criteria: readonly NtmCriterionResult[];
  /** Number of criteria in the set. */
  readonly criteriaTotal: number;
  /** "đạt x/19 tiêu chí" / "x of 19 criteria met". */
  readonly label: Bilingual;
  /** National outcome. */
  readonly outcome: NtmOutcome;
  /** Gap for each unmet indicator. */
  readonly gaps: readonly NtmGap[];
  /** Thresholds that were needed and are missing. */
  readonly missingThresholds: readonly NtmMissingThreshold[];
  /** Provincial outcome, when the set carries provincial levels. */
  readonly provincial?: NtmProvincialOutcome;
  /**
   * True when the result is an example ("minh hoạ"), never a real result: the facts are illustrative, or a value or
   * indicator of an illustrative national supplement was used.
   */
  readonly illustrative: boolean;
}
