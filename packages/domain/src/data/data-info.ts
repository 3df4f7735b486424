import type { IsoDate } from '../dates/iso-date.js';
import type { Bilingual } from '../errors/issue.js';

/**
 * How sure a whole dataset is. Records inside a `partial` dataset carry their own status.
 *
 * @remarks
 * `verified`: every value read in the legal text or an official list and cross-checked; `partial`: verified where the
 * records say so, the rest reported by one source, an interpretation or missing (never guessed); `unverified`: from
 * secondary sources only.
 *
 * @example
 * ```ts
 * const status: DataInfoStatus = 'partial';
 * ```
 */
export type DataInfoStatus = 'verified' | 'partial' | 'unverified';

/**
 * One source a dataset was read from: a legal document, a published article or an open dataset.
 *
 * @example
 * ```ts
 * const source: DataSource = {
 *   id: '26/2026/QĐ-TTg',
 *   title: 'Quyết định 26/2026/QĐ-TTg, Phụ lục I–II',
 *   url: 'https://vanban.chinhphu.vn/?classid=1&docid=218267&orggroupid=3&pageid=27160',
 * };
 * ```
 */
export interface DataSource {
  /** Stable id within the dataset: a document number (`26/2026/QĐ-TTg`), a source id (`S5`) or a dataset name. */
  readonly id: string;
  /** What it is, as one would cite it. */
  readonly title: string;
  /** Where to read it. */
  readonly url?: string;
  /** Licence and copyright holder, for a dataset whose facts were copied. */
  readonly licence?: string;
  /** Tag, file or commit that was read. */
  readonly version?: string;
  /** What the SDK took from it. */
  readonly use?: string;
}

/**
 * Currency and provenance of one dataset the SDK ships, the same shape in every package: exported as
 * `<NAME>_DATA_INFO` beside the data, and as `info` in the dataset's open-data JSON file.
 *
 * @remarks
 * Thông tin về một bộ dữ liệu: mã, ngày đối chiếu nguồn gần nhất (`dataAsOf`), nguồn, mức độ kiểm chứng.
 *
 * @example
 * ```ts
 * import { HOLIDAYS_DATA_INFO } from '@ntm/deadlines';
 * const info: DataInfo = HOLIDAYS_DATA_INFO;
 * `${info.id} as of ${info.dataAsOf}`; // 'vn-days-off as of 2026-11-23'
 * ```
 */
export interface DataInfo {
  /** Stable id of the dataset, e.g. `ocop-qd26-2026`, `vn-admin-units`. */
  readonly id: string;
  /** What the dataset holds, in Vietnamese and English. */
  readonly title: Bilingual;
  /** The day its sources were last checked (`YYYY-MM-DD`). */
  readonly dataAsOf: IsoDate;
  /** Where it comes from: legal documents first, then articles and datasets. */
  readonly sources: readonly DataSource[];
  /** How sure the dataset is as a whole. */
  readonly status: DataInfoStatus;
  /** What a reader must know: known gaps, cross-checks, pending changes. */
  readonly note?: Bilingual;
}
