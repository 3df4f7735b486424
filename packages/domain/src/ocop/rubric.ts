import type { LegalBasis, LegalVersion } from '../legal/legal-basis.js';

/**
 * A part of every OCOP scoring sheet: A product and community strength, B marketing, C product quality.
 *
 * @remarks Phần A "Sản phẩm và sức mạnh cộng đồng", Phần B "Khả năng tiếp thị", Phần C "Chất lượng sản phẩm".
 * @example
 * ```ts
 * const part: OcopPartKey = 'A';
 * ```
 */
export type OcopPartKey = 'A' | 'B' | 'C';

/**
 * A star level (hạng sao) from 1 to 5.
 *
 * @example
 * ```ts
 * const stars: OcopStarLevel = 4;
 * ```
 */
export type OcopStarLevel = 1 | 2 | 3 | 4 | 5;

/**
 * The identifier of a version of the OCOP rules.
 *
 * @remarks `QD1048_2019` = QĐ 1048/QĐ-TTg (2019); `QD148_2023` = QĐ 148/QĐ-TTg (2023); `QD148_1489_2025` = QĐ 148 as
 * amended by QĐ 1489/QĐ-TTg (from 06/07/2025); `QD26_2026` = QĐ 26/2026/QĐ-TTg (from 22/05/2026).
 * @example
 * ```ts
 * const id: OcopVersionId = 'QD26_2026';
 * ```
 */
export type OcopVersionId = 'QD1048_2019' | 'QD148_2023' | 'QD148_1489_2025' | 'QD26_2026';

/**
 * How sure the SDK is of a fact it ships: read in the legal text, reported by one secondary source, or not seen.
 *
 * @example
 * ```ts
 * const status: OcopDataStatus = 'reported';
 * ```
 */
export type OcopDataStatus = 'verified' | 'reported' | 'unverified';

/**
 * One star band: totals from `from` (inclusive) up to the next band's `from` (exclusive); the top band includes 100.
 *
 * @remarks Phân hạng, e.g. 4 sao "từ 70 đến dưới 90 điểm".
 * @example
 * ```ts
 * const band: OcopStarBand = { stars: 4, from: 70, text: { vi: 'từ 70 đến dưới 90 điểm', en: '70 to under 90' } };
 * ```
 */
export interface OcopStarBand {
  /** The star level of this band. */
  readonly stars: OcopStarLevel;
  /** Lowest total (inclusive) in this band. */
  readonly from: number;
  /** The band as the decision words it. */
  readonly text: { readonly vi: string; readonly en: string };
}

/**
 * Points per part A/B/C.
 *
 * @example
 * ```ts
 * const max: OcopParts = { A: 40, B: 25, C: 35 };
 * ```
 */
export interface OcopParts {
  /** Part A: product and community strength (sản phẩm và sức mạnh cộng đồng). */
  readonly A: number;
  /** Part B: marketing (khả năng tiếp thị). */
  readonly B: number;
  /** Part C: product quality (chất lượng sản phẩm). */
  readonly C: number;
}

/**
 * One version of the OCOP rules at the level the SDK knows it: part maxima and star bands always, sheets only where
 * `detail` is `'full'`.
 *
 * @example
 * ```ts
 * const v: OcopVersion = OCOP_VERSIONS[0]; // from @ntm/ocop-scoring
 * v.partMax.C; // 40 under QĐ 1048/2019
 * ```
 */
export interface OcopVersion extends LegalVersion {
  /** Stable identifier. */
  readonly id: OcopVersionId;
  /** Decisions that amended it, in order. */
  readonly amendedBy: readonly LegalBasis[];
  /** `'full'` when every scoring sheet is available; `'parts-only'` when only part maxima and bands are verified. */
  readonly detail: 'full' | 'parts-only';
  /** Maximum points of each part. */
  readonly partMax: OcopParts;
  /** Star bands, highest first. */
  readonly bands: readonly OcopStarBand[];
  /** How sure the band thresholds are. */
  readonly bandsStatus: OcopDataStatus;
  /** Star levels that earn a recognition decision and certificate. */
  readonly certifiableFrom: OcopStarLevel;
  /** What is known and what is not, in Vietnamese and English. */
  readonly note: { readonly vi: string; readonly en: string };
}

/**
 * One option of a criterion (a "□" line on the sheet): tick exactly one per criterion.
 *
 * @example
 * ```ts
 * const o: OcopOption = { text: 'Đồng đều', points: 2, minStars: 4 };
 * ```
 */
export interface OcopOption {
  /** Wording as printed on the sheet. */
  readonly text: string;
  /** Points the option earns. */
  readonly points: number;
  /** Present when the sheet marks this option as the minimum for that star level (`***`, `****`, `*****`). */
  readonly minStars?: 3 | 4 | 5;
  /** A correction the SDK made to the transcript (the anomalies of QĐ 26/2026 in the open data `qd26-2026/index.json`). */
  readonly correction?: string;
}

/**
 * One alternative case of a criterion ("Lựa chọn một trong hai trường hợp sau"): score within one case only.
 *
 * @example
 * ```ts
 * const c: OcopCase = { id: 'a', title: 'Dịch vụ du lịch do cộng đồng cung cấp', options: [] };
 * ```
 */
export interface OcopCase {
  /** Case letter as printed: `a`, `b`. */
  readonly id: string;
  /** What the case covers. */
  readonly title: string;
  /** The options of this case. */
  readonly options: readonly OcopOption[];
}

/**
 * Fields every numbered heading of a sheet has: a section and each criterion.
 *
 * @example
 * ```ts
 * const heading: OcopHeading = QD26_2026_B04.parts[0]!.sections[0]!;
 * ```
 */
export interface OcopHeading {
  /**
   * Code as printed: a section's number (numbering runs on across parts), a criterion's code, e.g. `1.1`, `6.1.1`,
   * or the section number when the section is scored directly (`7`).
   */
  readonly code: string;
  /** Title as printed. */
  readonly title: string;
  /** Maximum points: the cap of a section or group, the best option of a criterion. */
  readonly maxPoints: number;
  /** Notes printed under the heading: requirements ("Yêu cầu", "Ghi chú"), descriptions. */
  readonly notes: readonly string[];
}

/**
 * A criterion scored by ticking one of its options.
 *
 * @example
 * ```ts
 * const c: OcopChoiceCriterion = { kind: 'choice', code: '6.1', title: 'Tạp chất', maxPoints: 2, notes: [], options: [] };
 * ```
 */
export interface OcopChoiceCriterion extends OcopHeading {
  /** Discriminant. */
  readonly kind: 'choice';
  /** The options, in sheet order. */
  readonly options: readonly OcopOption[];
}

/**
 * A criterion printed with a cap but no options: met earns the cap, not met earns 0.
 *
 * @remarks e.g. "2.4. Ghi nhãn hàng hóa có sử dụng song ngữ" (đạt/không đạt, an interpretation recorded with the anomalies of the decision).
 * @example
 * ```ts
 * const c: OcopYesNoCriterion = { kind: 'yes-no', code: '2.4', title: 'Song ngữ', maxPoints: 1, notes: [] };
 * ```
 */
export interface OcopYesNoCriterion extends OcopHeading {
  /** Discriminant. */
  readonly kind: 'yes-no';
}

/**
 * A criterion with alternative cases: the assessor picks a case, then one option in it.
 *
 * @example
 * ```ts
 * const c: OcopCasesCriterion = { kind: 'cases', code: '8', title: 'Điều kiện kinh doanh', maxPoints: 3, notes: [], cases: [] };
 * ```
 */
export interface OcopCasesCriterion extends OcopHeading {
  /** Discriminant. */
  readonly kind: 'cases';
  /** The alternative cases. */
  readonly cases: readonly OcopCase[];
}

/**
 * A criterion made of sub-criteria (e.g. `6.1 Ngoại hình` = `6.1.1` + `6.1.2`); only the sub-criteria are answered.
 *
 * @example
 * ```ts
 * const g: OcopCriterionGroup = { kind: 'group', code: '6.1', title: 'Ngoại hình', maxPoints: 4, notes: [], items: [] };
 * ```
 */
export interface OcopCriterionGroup extends OcopHeading {
  /** Discriminant. */
  readonly kind: 'group';
  /** The sub-criteria. */
  readonly items: readonly OcopCriterion[];
}

/**
 * Any criterion of a sheet.
 *
 * @example
 * ```ts
 * const isLeaf = (c: OcopCriterion) => c.kind !== 'group';
 * ```
 */
export type OcopCriterion =
  | OcopChoiceCriterion
  | OcopYesNoCriterion
  | OcopCasesCriterion
  | OcopCriterionGroup;

/**
 * A numbered section (mục) of a part, e.g. `1. TỔ CHỨC SẢN XUẤT`.
 *
 * @example
 * ```ts
 * const s: OcopSection = { code: '1', title: 'TỔ CHỨC SẢN XUẤT', maxPoints: 18, notes: [], items: [] };
 * ```
 */
export interface OcopSection extends OcopHeading {
  /** The criteria of the section; a section scored directly holds one criterion with the section's code. */
  readonly items: readonly OcopCriterion[];
}

/**
 * One part (A, B or C) of a sheet.
 *
 * @example
 * ```ts
 * const p: OcopPart = { key: 'C', title: 'CHẤT LƯỢNG SẢN PHẨM', maxPoints: 35, sections: [] };
 * ```
 */
export interface OcopPart {
  /** A, B or C. */
  readonly key: OcopPartKey;
  /** Title as printed. */
  readonly title: string;
  /** Cap of the part (40 / 25 / 35 under QĐ 26/2026). */
  readonly maxPoints: number;
  /** The sections of the part. */
  readonly sections: readonly OcopSection[];
}

/**
 * A per-star minimum: the criterion must score at least the marked option's points for the product to reach `stars`.
 *
 * @remarks "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao".
 * @example
 * ```ts
 * const m: OcopMinimum = { stars: 4, criterion: '6.1', option: 2, points: 2 };
 * ```
 */
export interface OcopMinimum {
  /** The star level this minimum belongs to (cumulative: 4★ also needs the 3★ minima). */
  readonly stars: 3 | 4 | 5;
  /** Code of the (leaf) criterion. */
  readonly criterion: string;
  /** Case id when the criterion has alternative cases. */
  readonly case?: string;
  /** Index of the marked option within the criterion (or case). */
  readonly option: number;
  /** Points of the marked option: the minimum to reach. */
  readonly points: number;
}

/**
 * Something that stops the evaluation: the dossier is rejected ("Hồ sơ bị loại khi …", "Bị loại nếu …") or the
 * remaining steps are not evaluated ("Không đánh giá các bước tiếp theo nếu …").
 *
 * @example
 * ```ts
 * const d: OcopDisqualifier = { id: 'sheet', scope: 'sheet', effect: 'excluded', text: 'Hồ sơ bị loại khi: …' };
 * ```
 */
export interface OcopDisqualifier {
  /** Identifier used in answers: `sheet` for the sheet-level line, else `<criterion code>` (suffixed `#2` when repeated). */
  readonly id: string;
  /** Printed above the sheet, or as a note of one criterion. */
  readonly scope: 'sheet' | 'criterion';
  /** The criterion the note belongs to (criterion scope only). */
  readonly criterion?: string;
  /** `excluded`: the dossier is rejected; `not-evaluated`: evaluation stops, the product is not rated. */
  readonly effect: 'excluded' | 'not-evaluated';
  /** When present, the engine detects it itself: it applies when any listed criterion scores 0. */
  readonly whenZeroIn?: readonly string[];
  /** Wording as printed. */
  readonly text: string;
}

/**
 * A complete scoring sheet (Bộ tiêu chí, kiêm phiếu đánh giá) for one product set.
 *
 * @example
 * ```ts
 * import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
 * QD26_2026_B04.parts.map((p) => p.maxPoints); // [40, 25, 35]
 * ```
 */
export interface OcopRubric extends LegalVersion {
  /** Stable id, `<version>-<product set>`, e.g. `QD26_2026-B04`. */
  readonly id: string;
  /** The version of the rules. */
  readonly version: OcopVersionId;
  /** Product set code (`B01` … `B26`). */
  readonly productSet: string;
  /** Sheet title as printed, e.g. `Bộ sản phẩm: Mật ong, mật khác và nông sản thực phẩm khác`. */
  readonly title: string;
  /** Classification printed on the sheet. */
  readonly classification: string;
  /** Parts A, B, C in order. */
  readonly parts: readonly OcopPart[];
  /** Per-star minima marked on the sheet. */
  readonly minimums: readonly OcopMinimum[];
  /** Sheet- and criterion-level disqualifiers. */
  readonly disqualifiers: readonly OcopDisqualifier[];
  /** Notes printed at the foot of the sheet, and corrections made to the transcript. */
  readonly notes: readonly string[];
}

/**
 * One product set (bộ sản phẩm) of the OCOP taxonomy with its place in the tree.
 *
 * @remarks Ngành → Nhóm → Phân nhóm (Phụ lục I, QĐ 26/2026).
 * @example
 * ```ts
 * const s: OcopProductSet = { code: 'B04', sector: 'I', group: 'I.2', name: { vi: 'Mật ong…', en: 'Honey…' }, keywords: [], authority: [] };
 * ```
 */
export interface OcopProductSet {
  /** Sheet code `B01` … `B26` (the Phụ lục II sheet number). */
  readonly code: string;
  /** Sector code (`I` … `VI`). */
  readonly sector: string;
  /** Group code, e.g. `I.2`. */
  readonly group: string;
  /** Sub-group letter in Phụ lục I, when the group has several. */
  readonly subgroup?: string;
  /** Name in Vietnamese and English. */
  readonly name: { readonly vi: string; readonly en: string };
  /** Everyday words that find this set (e.g. `nước mắm`). */
  readonly keywords: readonly string[];
  /** Lead ministries (cơ quan chủ trì quản lý). */
  readonly authority: readonly string[];
}

/**
 * A sector or group of the OCOP taxonomy.
 *
 * @example
 * ```ts
 * const g: OcopTaxon = { code: 'I.5', name: { vi: 'Chè', en: 'Tea' } };
 * ```
 */
export interface OcopTaxon {
  /** Code: `I` … `VI` for sectors, `I.1` … for groups. */
  readonly code: string;
  /** Name in Vietnamese and English. */
  readonly name: { readonly vi: string; readonly en: string };
}

/**
 * The OCOP product classification of one version: 6 sectors → 17 groups → 26 product sets.
 *
 * @example
 * ```ts
 * import { OCOP_TAXONOMY } from '@ntm/ocop-scoring/rubrics';
 * OCOP_TAXONOMY.productSets.length; // 26
 * ```
 */
export interface OcopTaxonomy extends Omit<LegalVersion, 'validity'> {
  /** The version it belongs to (whose validity it follows). */
  readonly version: OcopVersionId;
  /** Sectors (ngành). */
  readonly sectors: readonly OcopTaxon[];
  /** Groups (nhóm). */
  readonly groups: readonly OcopTaxon[];
  /** Product sets (bộ sản phẩm). */
  readonly productSets: readonly OcopProductSet[];
}
