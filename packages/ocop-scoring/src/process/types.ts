import type {
  Bilingual,
  LegalBasis,
  OcopDataStatus,
  OcopVersionId,
  Validity,
} from '@ntm/domain/core';

/**
 * A level of government that can take part in the OCOP process.
 *
 * @remarks `commune` = UBND cấp xã, `district` = UBND / Hội đồng cấp huyện (abolished 01/07/2025), `province` =
 * UBND / Hội đồng cấp tỉnh, `central` = Bộ NN&PTNT, later Bộ NN&MT (Hội đồng cấp trung ương).
 * @example
 * ```ts
 * const level: OcopIssuerLevel = 'province';
 * ```
 */
export type OcopIssuerLevel = 'commune' | 'district' | 'province' | 'central';

/**
 * The days a level of government existed, as far as the OCOP process is concerned.
 *
 * @example
 * ```ts
 * const district: OcopLevelExistence = OCOP_LEVELS.find((l) => l.level === 'district')!;
 * district.validity.validTo; // '2025-06-30'
 * ```
 */
export interface OcopLevelExistence {
  /** The level. */
  readonly level: OcopIssuerLevel;
  /** Its name in Vietnamese and English. */
  readonly name: Bilingual;
  /** The days it existed (open-ended while it still does). */
  readonly validity: Validity;
  /** How sure the end date is. */
  readonly status: OcopDataStatus;
  /** Where the dates come from. */
  readonly source: Bilingual;
}

/**
 * What a level does at one stage of a regime's route.
 *
 * @remarks `pre-check` = UBND cấp xã đánh giá sơ bộ, `council` = Hội đồng đánh giá, phân hạng.
 * @example
 * ```ts
 * const role: OcopStageRole = 'council';
 * ```
 */
export type OcopStageRole = 'pre-check' | 'council';

/**
 * One stage of the route a dossier takes under a regime.
 *
 * @example
 * ```ts
 * const stage: OcopStage = {
 *   level: 'district',
 *   role: 'council',
 *   forwardFrom: 70,
 *   text: { vi: 'Hội đồng cấp huyện', en: 'District council' },
 *   basis: [],
 *   status: 'reported',
 * };
 * ```
 */
export interface OcopStage {
  /** The level acting at this stage. */
  readonly level: OcopIssuerLevel;
  /** Checking the dossier or scoring it in a council. */
  readonly role: OcopStageRole;
  /**
   * The lowest council total that sends the dossier on to the next stage (e.g. 50 under QĐ 1048, 70 under QĐ 148,
   * 90 at the province). Absent for the last stage and for a pre-check, which always forwards a complete dossier.
   */
  readonly forwardFrom?: number;
  /** What happens at this stage, in Vietnamese and English. */
  readonly text: Bilingual;
  /** Where the stage is written. */
  readonly basis: readonly LegalBasis[];
  /** How sure the SDK is of this stage. */
  readonly status: OcopDataStatus;
}

/**
 * The certifiable star levels, each recognised by exactly one level of government.
 *
 * @example
 * ```ts
 * const r: OcopRecognisers = { 3: 'district', 4: 'province', 5: 'central' };
 * ```
 */
export interface OcopRecognisers {
  /** Who issues the decision and certificate for 3★. `null` when the law left no competent level (flagged). */
  readonly 3: OcopIssuerLevel | null;
  /** Who recognises 4★. */
  readonly 4: OcopIssuerLevel;
  /** Who recognises 5★. */
  readonly 5: OcopIssuerLevel;
}

/**
 * Identifier of a period of the OCOP procedure. Besides the four versions of the rules it names the gap of
 * 01–05/07/2025, when districts no longer existed but QĐ 148's district step was still the text in force.
 *
 * @example
 * ```ts
 * const id: OcopProcessPeriodId = 'DISTRICTS_CEASED_2025';
 * ```
 */
export type OcopProcessPeriodId =
  | 'QD1048_2019'
  | 'QD148_2023'
  | 'DISTRICTS_CEASED_2025'
  | 'QD148_1489_2025'
  | 'QD26_2026';

/**
 * Who evaluates and who recognises in one period: one row of the authority table (QĐ 1048/2019, QĐ 148/2023, QĐ 1489/2025, QĐ 26/2026 Điều 4 and 7).
 *
 * @remarks Thẩm quyền đánh giá, công nhận sản phẩm OCOP theo từng thời kỳ.
 * @example
 * ```ts
 * const p = OCOP_PROCESS_PERIODS.find((x) => x.id === 'QD148_2023')!;
 * p.recognisers[3]; // 'district'
 * ```
 */
export interface OcopProcessPeriod {
  /** Stable identifier. */
  readonly id: OcopProcessPeriodId;
  /** The version of the rules (criteria and bands) in force in the period. */
  readonly versionId: OcopVersionId;
  /** The days (by decision or submission date) the period covers, both ends inclusive. */
  readonly validity: Validity;
  /** The stages a dossier passes through, in order. */
  readonly stages: readonly OcopStage[];
  /** Who recognises each certifiable star level. */
  readonly recognisers: OcopRecognisers;
  /** The decisions behind the row. */
  readonly basis: readonly LegalBasis[];
  /** How sure the row is as a whole. */
  readonly status: OcopDataStatus;
  /** Set when the period has no clear rule; results in it are flagged, never guessed. */
  readonly flag?: Bilingual;
  /** Short description. */
  readonly note: Bilingual;
}

/**
 * A flag raised by a process function: something the law leaves open, an interpretation, or a date on a day off.
 *
 * @example
 * ```ts
 * const flag: OcopProcessFlag = { code: 'ocop/district-gap', message: { vi: '…', en: '…' } };
 * ```
 */
export interface OcopProcessFlag {
  /** Stable code. */
  readonly code: string;
  /** Explanation in Vietnamese and English. */
  readonly message: Bilingual;
}
