import { UNITS_SOURCE } from './data/units.generated.js';

/**
 * One source the units dataset was built from.
 *
 * @example
 * ```ts
 * const first: UnitsSource | undefined = UNITS_DATA_INFO.sources[0];
 * first?.licence; // 'MIT, Copyright (c) 2021 Thang Le Quoc'
 * ```
 */
export interface UnitsSource {
  /** Repository or package name. */
  readonly name: string;
  /** Where to find it. */
  readonly url: string;
  /** Licence and copyright holder. */
  readonly licence: string;
  /** Tag or file, with the commit it was read from. */
  readonly version: string;
  /** What was taken from it. */
  readonly use: string;
}

/**
 * Provenance of the administrative-units dataset.
 *
 * @example
 * ```ts
 * const info: UnitsDataInfo = UNITS_DATA_INFO;
 * info.dataAsOf; // the day the sources were last checked
 * ```
 */
export interface UnitsDataInfo {
  /** The day the sources were last read and checked (`YYYY-MM-DD`). */
  readonly dataAsOf: string;
  /** Datasets the tables were generated from (facts only, MIT-licensed), and the resolutions that date the history. */
  readonly sources: readonly UnitsSource[];
  /** Result of the cross-check against a second mapping dataset. */
  readonly crossCheck: string;
}

/**
 * Where the administrative-units dataset comes from: sources with version, licence and commit, `dataAsOf`, and the
 * cross-check of the old → new links. Regenerate with `packages/domain/scripts/build-units.ts`.
 *
 * @remarks
 * Nguồn dữ liệu đơn vị hành chính (danh mục trước và sau 01/07/2025, bảng chuyển đổi cũ → mới).
 *
 * @example
 * ```ts
 * UNITS_DATA_INFO.sources.map((s) => `${s.name} ${s.version} (${s.licence})`);
 * ```
 */
export const UNITS_DATA_INFO: UnitsDataInfo = UNITS_SOURCE;
