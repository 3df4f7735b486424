import type { DataInfo, IsoDate } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import {
  SOURCE_DISTRICTS_ENDED,
  SOURCE_QD26,
  SOURCE_QD148_DISTRICT,
  SOURCE_QD1048_PROCESS,
  SOURCE_QD1489,
  SOURCE_QD1489_SUMMARY,
  SOURCE_QD1489_TWO_LEVELS,
} from '../sources.js';

/**
 * Currency and provenance of the OCOP process data: {@link OCOP_LEVELS}, {@link OCOP_PROCESS_PERIODS} and
 * {@link OCOP_TIME_LIMITS}. The QĐ 26/2026 rules are read in the decision; the earlier periods come from summaries and
 * each row says how sure it is.
 *
 * @example
 * ```ts
 * OCOP_PROCESS_DATA_INFO.sources.map((s) => s.id); // ['26/2026/QĐ-TTg', '1489/QĐ-TTg', …]
 * ```
 */
export const OCOP_PROCESS_DATA_INFO: DataInfo = /* @__PURE__ */ deepFreeze({
  id: 'ocop-process',
  title: {
    vi: 'Quy trình OCOP: cấp đánh giá, thẩm quyền công nhận theo thời kỳ, thời hạn',
    en: 'The OCOP process: evaluation levels, recognition authority by period, time limits',
  },
  dataAsOf: '2026-11-23' as IsoDate,
  sources: [
    SOURCE_QD26,
    SOURCE_QD1489,
    SOURCE_QD1489_SUMMARY,
    SOURCE_QD1489_TWO_LEVELS,
    SOURCE_QD148_DISTRICT,
    SOURCE_QD1048_PROCESS,
    SOURCE_DISTRICTS_ENDED,
  ],
  status: 'partial',
  note: {
    vi: 'Thời hạn và quy trình QĐ 26/2026 đã kiểm chứng; quy trình thời QĐ 1048 và 148 theo tin tổng hợp; khoảng 01–05/07/2025 được gắn cờ, không suy đoán.',
    en: 'QĐ 26/2026 limits and procedure verified; the QĐ 1048 and 148 procedures from summaries; 1–5 July 2025 is flagged, never guessed.',
  },
});
