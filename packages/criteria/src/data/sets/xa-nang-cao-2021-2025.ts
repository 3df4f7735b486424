import type { NtmCriteriaSet } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import { communeSetHeader } from './commune-set.js';
import { QD51_2025, QD318 } from './decisions.js';
import { namesOnly } from './structure.js';
import { QD318_REGION_OVERRIDES } from './xa-2021-2025.js';

/**
 * The advanced commune set 2021–2025 (QĐ 318/QĐ-TTg, Phụ lục II) with its 19 criterion
 * names [UNVERIFIED numbering], no indicators. Evaluating it reports every criterion `cannot-evaluate` until a
 * configuration adds the indicators from Phụ lục II.
 *
 * @remarks Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025.
 * @example
 * ```ts
 * XA_NC_2021_2025.detail; // 'structure-only'
 * ```
 */
export const XA_NC_2021_2025: NtmCriteriaSet = deepFreeze({
  ...communeSetHeader('xa-nang-cao', 2021, [QD318, 'Phụ lục II'], {
    until: QD51_2025,
    status: 'verified',
  }),
  thresholdKey: 'region',
  detail: 'structure-only',
  annex: 'QĐ 318/QĐ-TTg Phụ lục II',
  regionOverrides: QD318_REGION_OVERRIDES,
  notes: [
    {
      vi: 'Số thứ tự tiêu chí khác Phụ lục I và chưa kiểm chứng; điều kiện tiên quyết: xã đã đạt chuẩn NTM (cách hiểu).',
      en: 'Criterion numbering differs from Phụ lục I and is unverified; prerequisite: the commune already meets the NTM standard (interpretation).',
    },
    {
      vi: 'Phụ lục II có chỉ tiêu "tỷ lệ đường xã được bảo trì hằng năm, đảm bảo sáng - xanh - sạch - đẹp" (S4).',
      en: 'Phụ lục II includes "share of commune roads maintained yearly, lit-green-clean-beautiful" (S4).',
    },
  ],
  criteria: namesOnly(
    [
      ['Quy hoạch', 'Planning'],
      ['Giao thông', 'Transport'],
      ['Thủy lợi và phòng, chống thiên tai', 'Irrigation and disaster prevention'],
      ['Điện', 'Electricity'],
      ['Giáo dục', 'Education'],
      ['Văn hóa', 'Culture'],
      ['Cơ sở hạ tầng thương mại nông thôn', 'Rural trade infrastructure'],
      ['Thông tin và truyền thông', 'Information and communication'],
      ['Nhà ở dân cư', 'Housing'],
      ['Thu nhập', 'Income'],
      ['Nghèo đa chiều', 'Multidimensional poverty'],
      ['Lao động', 'Labour'],
      ['Tổ chức sản xuất và phát triển kinh tế', 'Production organisation and economy'],
      ['Y tế', 'Health'],
      ['Hành chính công', 'Public administration'],
      ['Tiếp cận pháp luật', 'Access to law'],
      ['Môi trường', 'Environment'],
      ['Chất lượng môi trường sống', 'Quality of the living environment'],
      ['Quốc phòng và an ninh', 'Defence and security'],
    ],
    'unverified',
  ),
} satisfies NtmCriteriaSet);
