import type { DataInfo, DataSource, LegalBasis } from '@ntm/domain/core';
import { deepFreeze, parseIsoDate } from '@ntm/domain/core';
import { QD51_2025, QD318, QD320, QD558, QD1980 } from './decisions.js';
import { NTM_SOURCES } from './sources.js';

const decision = (basis: LegalBasis, what: string): DataSource => ({
  id: basis.number,
  title: `Quyết định ${basis.number}: ${what}`,
});

/**
 * Currency and provenance of the national NTM criteria sets: the decisions, then the published sources threshold
 * cells cite by id (`S1` … `S25`, also in `NTM_SOURCES`). Thresholds no source gives are `missing`, never guessed.
 *
 * @remarks Nguồn dữ liệu bộ tiêu chí NTM; ngưỡng chưa có nguồn được ghi `missing`.
 * @example
 * ```ts
 * NTM_CRITERIA_DATA_INFO.sources.find((s) => s.id === 'S19')?.title; // 'QĐ 51/2025/QĐ-TTg full text (Điều 1)'
 * ```
 */
export const NTM_CRITERIA_DATA_INFO: DataInfo = deepFreeze({
  id: 'ntm-criteria-sets',
  title: {
    vi: 'Bộ tiêu chí quốc gia về nông thôn mới (xã, xã nâng cao, huyện), 2016–2030',
    en: 'National new-rural (NTM) criteria sets (commune, advanced commune, district), 2016–2030',
  },
  dataAsOf: parseIsoDate('2026-11-23'),
  sources: [
    decision(QD1980, 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020'),
    decision(QD318, 'Bộ tiêu chí xã nông thôn mới và xã nông thôn mới nâng cao 2021–2025'),
    decision(QD51_2025, 'Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030'),
    decision(QD558, 'Tiêu chí huyện nông thôn mới giai đoạn 2016–2020'),
    decision(QD320, 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025'),
    ...Object.values(NTM_SOURCES).map((s) => ({ id: s.id, title: s.what, url: s.url })),
  ],
  status: 'partial',
  note: {
    vi: 'Chỉ một phần ngưỡng có nguồn công bố; ngưỡng còn thiếu được liệt kê (docs/ntm-missing-thresholds.md) và tỉnh bổ sung bằng cấu hình.',
    en: 'Only some thresholds have a published source; the missing ones are listed (docs/ntm-missing-thresholds.md) and provinces supply them in their configuration.',
  },
});
