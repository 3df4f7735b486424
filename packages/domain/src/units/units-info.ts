import type { DataInfo, DataSource } from '../data/data-info.js';
import { deepFreeze } from '../data/deep-freeze.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import { UNITS_SOURCE } from './data/units.generated.js';
import { DATASET } from './dataset.js';

/** The resolutions the dataset's links cite, in order of first use: read from the dataset, never listed by hand. */
function legalSources(): DataSource[] {
  const seen = new Map<string, LegalBasis>();
  for (const links of DATASET.successors.values())
    for (const link of links)
      if (!seen.has(link.basis.number)) seen.set(link.basis.number, link.basis);
  return [...seen.values()].map((basis) => ({
    id: basis.number,
    title: basis.title ? `${basis.number} — ${basis.title.vi}` : basis.number,
  }));
}

/** The open datasets the generator read, from the generated file (one entry per tag or file read). */
function datasetSources(): DataSource[] {
  return UNITS_SOURCE.sources.map((s) => ({
    id: `${s.name}@${s.version.split(' ')[0]}`,
    title: s.name,
    url: s.url,
    licence: s.licence,
    version: s.version,
    use: s.use,
  }));
}

/**
 * Currency and provenance of the administrative-units dataset: the resolutions its links cite and the MIT-licensed
 * datasets it was generated from (version, commit, licence), `dataAsOf`, and the cross-check of the old → new links.
 * Regenerate the dataset with `packages/domain/scripts/build-units.ts`; this record follows from it.
 *
 * @remarks
 * Nguồn dữ liệu đơn vị hành chính: nghị quyết sắp xếp, danh mục trước và sau 01/07/2025, bảng chuyển đổi cũ → mới.
 *
 * @example
 * ```ts
 * UNITS_DATA_INFO.sources.filter((s) => s.licence).map((s) => `${s.title} ${s.version} (${s.licence})`);
 * ```
 */
export const UNITS_DATA_INFO: DataInfo = deepFreeze({
  id: 'vn-admin-units',
  title: {
    vi: 'Đơn vị hành chính Việt Nam và lịch sử sắp xếp',
    en: 'Administrative units of Vietnam and their history',
  },
  dataAsOf: UNITS_SOURCE.dataAsOf as IsoDate,
  sources: [...legalSources(), ...datasetSources()],
  // Links confirmed by one dataset only are `reported` on the link itself.
  status: 'partial',
  note: {
    vi: `Đối chiếu bảng chuyển đổi: ${UNITS_SOURCE.crossCheck}.`,
    en: `Cross-check of the old → new links: ${UNITS_SOURCE.crossCheck}.`,
  },
});
