import type {
  Bilingual,
  LegalBasis,
  OcopAnswer,
  OcopDisqualifier,
  OcopPartKey,
  OcopParts,
  OcopStarLevel,
  OcopVersionId,
} from '@ntm/domain/core';

/**
 * What a failed per-star minimum does. The decision says only "yêu cầu tối thiểu phải đạt"; it does not say whether
 * a miss lowers the stars (`cap`, the SDK's reading and the default) or fails the product (`reject`).
 *
 * @remarks Xử lý khi không đạt yêu cầu tối thiểu theo hạng sao (dấu sao trên phiếu).
 * @example
 * ```ts
 * scoreAssessment(rubric, answers, { markerPolicy: 'reject' });
 * ```
 */
export type OcopMarkerPolicy = 'cap' | 'reject';

/**
 * Options of {@link scoreAssessment}.
 *
 * @example
 * ```ts
 * const options: ScoreAssessmentOptions = { markerPolicy: 'cap' };
 * ```
 */
export interface ScoreAssessmentOptions {
  /** What a failed per-star minimum does; default `'cap'`. */
  readonly markerPolicy?: OcopMarkerPolicy;
}

/**
 * One per-star minimum checked against the chosen option.
 *
 * @example
 * ```ts
 * const m: OcopMarkerCheck = { stars: 4, minPoints: 2, points: 1, met: false };
 * ```
 */
export interface OcopMarkerCheck {
  /** The star level the minimum belongs to. */
  readonly stars: 3 | 4 | 5;
  /** Points of the marked option. */
  readonly minPoints: number;
  /** Points scored. */
  readonly points: number;
  /** Whether the minimum is met. */
  readonly met: boolean;
}

/**
 * How one criterion was scored.
 *
 * @example
 * ```ts
 * result.trace[0]; // { criterion: '1.1', points: 2, maxPoints: 3, reason: { vi: '…', en: '…' }, … }
 * ```
 */
export interface OcopTraceEntry {
  /** Criterion code. */
  readonly criterion: string;
  /** Part it counts towards. */
  readonly part: OcopPartKey;
  /** Section code. */
  readonly section: string;
  /** Criterion title as printed. */
  readonly title: string;
  /** The answer given, or `null` when evaluation stopped before it. */
  readonly answer: OcopAnswer | null;
  /** Case chosen, for criteria with alternative cases. */
  readonly case: string | null;
  /** Option index chosen (`null` for yes/no criteria and unanswered ones). */
  readonly option: number | null;
  /** Wording of the option chosen. */
  readonly optionText: string | null;
  /** Points earned. */
  readonly points: number;
  /** Maximum points of the criterion. */
  readonly maxPoints: number;
  /** Per-star minima on this criterion and whether they are met. */
  readonly markers: readonly OcopMarkerCheck[];
  /** The reason, in Vietnamese and English. */
  readonly reason: Bilingual;
}

/**
 * A disqualifier that applies to the product.
 *
 * @example
 * ```ts
 * const hit: OcopDisqualifierHit = { id: 'sheet', effect: 'excluded', text: 'Hồ sơ bị loại khi: …', detected: 'reported' };
 * ```
 */
export interface OcopDisqualifierHit {
  /** Disqualifier id in the rubric. */
  readonly id: string;
  /** Excluded or not evaluated further. */
  readonly effect: OcopDisqualifier['effect'];
  /** Wording as printed. */
  readonly text: string;
  /** `reported` by the assessor, or `automatic` (a criterion scored 0 where the sheet says evaluation stops). */
  readonly detected: 'reported' | 'automatic';
}

/**
 * How the stars were decided from the total, the per-star minima and the marker policy.
 *
 * @example
 * ```ts
 * result.decision.bandStars; // 5
 * result.decision.stars;     // 4 (a 5★ minimum failed, policy 'cap')
 * ```
 */
export interface OcopStarDecision {
  /** Stars by the total alone. */
  readonly bandStars: OcopStarLevel;
  /** Stars awarded (`null` when disqualified or rejected). */
  readonly stars: OcopStarLevel | null;
  /** The marker policy applied. */
  readonly markerPolicy: OcopMarkerPolicy;
  /** Minima not met, for star levels up to the band. */
  readonly failedMinimums: readonly (OcopMarkerCheck & { readonly criterion: string })[];
  /** The decision in words. */
  readonly reason: Bilingual;
}

/**
 * The outcome of scoring one product on one sheet.
 *
 * @example
 * ```ts
 * const r: OcopScoreResult = scoreAssessment(QD26_2026_B04, answers);
 * r.total; r.parts.C; r.stars; r.status; r.certifiable;
 * ```
 */
export interface OcopScoreResult {
  /** Total points (A + B + C), full precision. */
  readonly total: number;
  /** The total for display, cut to 2 decimals. */
  readonly display: Bilingual;
  /** Points per part. */
  readonly parts: OcopParts;
  /** Stars awarded; `null` when disqualified or rejected by a failed minimum. */
  readonly stars: OcopStarLevel | null;
  /** `rated` (3★–5★), `disqualified`, or `below-threshold` (1★–2★, or rejected by a failed minimum). */
  readonly status: 'rated' | 'disqualified' | 'below-threshold';
  /** True only for a rated product of 3★ or more. */
  readonly certifiable: boolean;
  /** Disqualifiers that apply. */
  readonly disqualifiedBy: readonly OcopDisqualifierHit[];
  /** How the stars were decided. */
  readonly decision: OcopStarDecision;
  /** Every criterion, in sheet order. */
  readonly trace: readonly OcopTraceEntry[];
  /** The sheet and version used. */
  readonly rubric: {
    readonly id: string;
    readonly version: OcopVersionId;
    readonly basis: LegalBasis;
  };
}
