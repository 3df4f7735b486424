import type { NtmCriteriaSet } from '@ntm/domain/core';
import { deepFreeze, parseIsoDate } from '@ntm/domain/core';
import { NTM_CRITERIA_DATA_INFO } from './data-info.js';
import { dayBefore, QD320, QD558, startOf } from './decisions.js';
import { namesOnly } from './structure.js';

const DISTRICT_NOTE = {
  vi: 'Huyện chỉ được công nhận khi 100% số xã đạt chuẩn NTM (chưa kiểm chứng). Cấp huyện bị bãi bỏ từ 01/07/2025: chỉ dùng cho đánh giá lịch sử.',
  en: 'A district is recognised only when 100 % of its communes meet the NTM standard (unverified). Districts were abolished on 01/07/2025: historical use only.',
};

/**
 * District criteria 2016–2020 (QĐ 558/QĐ-TTg): 9 criterion names [UNVERIFIED], no indicators.
 *
 * @remarks Tiêu chí huyện nông thôn mới giai đoạn 2016–2020.
 * @example
 * ```ts
 * HUYEN_2016_2020.criteria.length; // 9
 * ```
 */
export const HUYEN_2016_2020: NtmCriteriaSet = deepFreeze({
  id: 'HUYEN_2016_2020',
  level: 'huyen',
  title: {
    vi: 'Tiêu chí huyện nông thôn mới giai đoạn 2016–2020',
    en: 'New-rural district criteria, 2016–2020',
  },
  basis: QD558,
  validity: { validFrom: startOf(QD558), validTo: dayBefore(QD320) },
  validityStatus: 'unverified',
  dataAsOf: NTM_CRITERIA_DATA_INFO.dataAsOf,
  thresholdKey: 'region',
  detail: 'structure-only',
  annex: 'QĐ 558/QĐ-TTg',
  regionOverrides: [],
  notes: [
    DISTRICT_NOTE,
    {
      vi: 'Ngày ký 05/04/2016 chưa kiểm chứng và được dùng làm ngày bắt đầu; hết hiệu lực khi QĐ 320 có hiệu lực (cách hiểu).',
      en: 'Signing date 05/04/2016 is unverified and used as the start; ends when QĐ 320 takes effect (interpretation).',
    },
  ],
  criteria: namesOnly(
    [
      ['Quy hoạch', 'Planning'],
      ['Giao thông', 'Transport'],
      ['Thủy lợi', 'Irrigation'],
      ['Điện', 'Electricity'],
      ['Y tế - Văn hóa - Giáo dục', 'Health, culture, education'],
      ['Sản xuất', 'Production'],
      ['Môi trường', 'Environment'],
      ['An ninh, trật tự xã hội', 'Security and social order'],
      ['Chỉ đạo xây dựng nông thôn mới', 'Steering of the NTM programme'],
    ],
    'unverified',
  ),
} satisfies NtmCriteriaSet);

/**
 * District criteria 2021–2025 (QĐ 320/QĐ-TTg, in force 08/03/2022 until the district level ended on 30/06/2025) at
 * 9 criterion names [UNVERIFIED], no indicators.
 *
 * @remarks Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025.
 * @example
 * ```ts
 * HUYEN_2021_2025.validity.validTo; // '2025-06-30'
 * ```
 */
export const HUYEN_2021_2025: NtmCriteriaSet = deepFreeze({
  id: 'HUYEN_2021_2025',
  level: 'huyen',
  title: {
    vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025',
    en: 'National new-rural district criteria, 2021–2025',
  },
  basis: QD320,
  // The district level ended on 01/07/2025 (NQ 203/2025/QH15, Luật 72/2025/QH15).
  validity: { validFrom: startOf(QD320), validTo: parseIsoDate('2025-06-30') },
  validityStatus: 'verified',
  dataAsOf: NTM_CRITERIA_DATA_INFO.dataAsOf,
  thresholdKey: 'region',
  detail: 'structure-only',
  annex: 'QĐ 320/QĐ-TTg',
  regionOverrides: [],
  notes: [DISTRICT_NOTE],
  criteria: namesOnly(
    [
      ['Quy hoạch', 'Planning'],
      ['Giao thông', 'Transport'],
      ['Thủy lợi và phòng, chống thiên tai', 'Irrigation and disaster prevention'],
      ['Điện', 'Electricity'],
      ['Y tế - Văn hóa - Giáo dục', 'Health, culture, education'],
      ['Kinh tế', 'Economy'],
      ['Môi trường', 'Environment'],
      ['Chất lượng môi trường sống', 'Quality of the living environment'],
      [
        'Hệ thống chính trị - An ninh trật tự - Hành chính công',
        'Political system, security and public administration',
      ],
    ],
    'unverified',
  ),
} satisfies NtmCriteriaSet);
