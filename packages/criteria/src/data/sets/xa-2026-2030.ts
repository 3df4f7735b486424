import type { NtmCriteriaSet } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import { communeSetHeader } from './commune-set.js';
import { QD51_2025 } from './decisions.js';
import { namesOnly } from './structure.js';

/**
 * The national commune set 2026–2030 (QĐ 51/2025/QĐ-TTg, Phụ lục I): 10 criteria and 47 indicators keyed by commune
 * group 1/2/3. Only the structure is known: the indicators and every threshold are to be loaded from Phụ lục I.
 *
 * @remarks Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030 (xã nhóm 1, 2, 3).
 * @example
 * ```ts
 * XA_2026_2030.thresholdKey; // 'communeGroup'
 * ```
 */
export const XA_2026_2030: NtmCriteriaSet = deepFreeze({
  ...communeSetHeader('xa', 2026, [QD51_2025, 'Phụ lục I'], { status: 'reported' }),
  thresholdKey: 'communeGroup',
  detail: 'structure-only',
  indicatorCount: 47,
  annex: 'QĐ 51/2025/QĐ-TTg Phụ lục I',
  regionOverrides: [],
  notes: [
    {
      vi: 'Ngày hiệu lực 15/02/2026 theo một nguồn (vneconomy.vn); quy định chuyển tiếp chưa thu thập; thứ tự ưu tiên khi xã thuộc cả nhóm 1 và 3 chưa rõ.',
      en: 'In force 15/02/2026 per one source (vneconomy.vn); transitional rules not obtained; precedence when a commune fits groups 1 and 3 unknown.',
    },
  ],
  criteria: namesOnly(
    [
      ['Quy hoạch', 'Planning'],
      ['Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
      ['Phát triển kinh tế nông thôn', 'Rural economic development'],
      ['Đào tạo nguồn nhân lực nông thôn', 'Rural human-resource training'],
      ['Văn hóa, giáo dục, y tế', 'Culture, education, health'],
      ['Giảm nghèo và an sinh xã hội', 'Poverty reduction and social security'],
      ['Khoa học công nghệ và chuyển đổi số', 'Science, technology and digital transformation'],
      ['Môi trường và cảnh quan nông thôn', 'Rural environment and landscape'],
      [
        'Xây dựng hệ thống chính trị và hành chính công',
        'Political system and public administration',
      ],
      ['Tiếp cận pháp luật và an ninh, quốc phòng', 'Access to law, security and defence'],
    ],
    'verified',
  ),
} satisfies NtmCriteriaSet);
