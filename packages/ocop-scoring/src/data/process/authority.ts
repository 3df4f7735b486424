import type { IsoDate } from '@ntm/domain/core';
import { addDays, deepFreeze } from '@ntm/domain/core';
import type { OcopLevelExistence, OcopProcessPeriod } from '../../process/types.js';
import { getOcopVersion } from '../../scoring/get-version.js';
import { processBases } from './legal-bases.js';

// Data literals are known-valid dates, cast rather than parsed: no call at module level, so bundlers can drop the
// data when no process function is imported.

/** The first day without a district level (NQ 203/2025/QH15, Luật 72/2025/QH15). */
const NO_DISTRICTS_FROM = '2025-07-01' as IsoDate;
const LAST_DISTRICT_DAY = /* @__PURE__ */ addDays(NO_DISTRICTS_FROM, -1);

/**
 * The levels of government in the OCOP process and the days they existed, within the span the SDK covers (from
 * QĐ 1048/2019 on). Only the district level ended: there has been no cấp huyện since 01/07/2025.
 *
 * @remarks Cấp xã, cấp huyện (chấm dứt hoạt động từ 01/07/2025), cấp tỉnh, trung ương.
 * @example
 * ```ts
 * OCOP_LEVELS.find((l) => l.level === 'district')?.validity.validTo; // '2025-06-30'
 * ```
 */
export const OCOP_LEVELS: readonly OcopLevelExistence[] = /* @__PURE__ */ buildLevels();

function buildLevels(): readonly OcopLevelExistence[] {
  // The SDK covers the process from QĐ 1048/2019 on.
  const FIRST_DAY = getOcopVersion('QD1048_2019').validity.validFrom;
  return deepFreeze([
    {
      level: 'commune',
      name: { vi: 'UBND cấp xã', en: 'Commune People’s Committee' },
      validity: { validFrom: FIRST_DAY },
      status: 'verified',
      source: { vi: 'QĐ 26/2026 (cấp xã)', en: 'QĐ 26/2026 (commune level)' },
    },
    {
      level: 'district',
      name: { vi: 'UBND / Hội đồng cấp huyện', en: 'District People’s Committee / council' },
      validity: { validFrom: FIRST_DAY, validTo: LAST_DISTRICT_DAY },
      status: 'reported',
      source: {
        vi: 'NQ 203/2025/QH15 và Luật Tổ chức chính quyền địa phương 72/2025/QH15: chính quyền địa phương hai cấp, không còn cấp huyện từ 01/07/2025 (số văn bản đã kiểm chứng; nội dung theo tin tổng hợp, ngày hiệu lực chưa kiểm chứng).',
        en: 'NQ 203/2025/QH15 and Local Government Law 72/2025/QH15: two-level local government, no district level from 2025-07-01 (numbers verified; content from summaries, effective dates unverified).',
      },
    },
    {
      level: 'province',
      name: { vi: 'UBND / Hội đồng cấp tỉnh', en: 'Provincial People’s Committee / council' },
      validity: { validFrom: FIRST_DAY },
      status: 'verified',
      source: { vi: 'QĐ 26/2026 Điều 7.3', en: 'QĐ 26/2026 Art. 7.3' },
    },
    {
      level: 'central',
      name: {
        vi: 'Trung ương (Bộ NN&PTNT, nay là Bộ NN&MT)',
        en: 'Central (Ministry of Agriculture and Rural Development, now of Agriculture and Environment)',
      },
      validity: { validFrom: FIRST_DAY },
      status: 'verified',
      source: { vi: 'QĐ 26/2026 Điều 7.4', en: 'QĐ 26/2026 Art. 7.4' },
    },
  ] satisfies OcopLevelExistence[]);
}

/**
 * Who evaluates and who recognises, period by period (QĐ 1048/2019, QĐ 148/2023 Phụ lục II, QĐ 1489/2025, QĐ 26/2026
 * Điều 4 and 7), oldest first. Periods are contiguous and
 * cover every day from 21/08/2019 on; the 01–05/07/2025 row is the gap between the end of the district level and
 * QĐ 1489, and carries a flag instead of a rule.
 *
 * @remarks Thẩm quyền đánh giá, phân hạng và công nhận sản phẩm OCOP theo QĐ 1048/2019, QĐ 148/2023, QĐ 148 sửa
 * đổi bởi QĐ 1489/2025 và QĐ 26/2026.
 * @example
 * ```ts
 * const row = OCOP_PROCESS_PERIODS.find((p) => p.id === 'QD1048_2019');
 * row?.stages.map((s) => s.level); // ['district', 'province', 'central']
 * row?.recognisers[3];             // 'province'
 * ```
 */
export const OCOP_PROCESS_PERIODS: readonly OcopProcessPeriod[] = /* @__PURE__ */ buildPeriods();

function buildPeriods(): readonly OcopProcessPeriod[] {
  const BASES = processBases();
  // A period with its own rules spans its version's validity, except where the end of districts cuts it.
  const validity = (id: Parameters<typeof getOcopVersion>[0]) => getOcopVersion(id).validity;
  const qd1489 = validity('QD148_1489_2025');
  return deepFreeze([
    {
      id: 'QD1048_2019',
      versionId: 'QD1048_2019',
      validity: validity('QD1048_2019'),
      stages: [
        {
          level: 'district',
          role: 'council',
          forwardFrom: 50,
          text: {
            vi: 'Hội đồng cấp huyện đánh giá, chuyển sản phẩm đạt 50–100 điểm lên cấp tỉnh',
            en: 'The district council evaluates and forwards products scoring 50–100 to the province',
          },
          basis: [BASES.qd1048],
          status: 'reported',
        },
        {
          level: 'province',
          role: 'council',
          forwardFrom: 90,
          text: {
            vi: 'Hội đồng cấp tỉnh đánh giá; UBND tỉnh công nhận 3 sao và 4 sao; sản phẩm có thể đạt 5 sao chuyển lên trung ương',
            en: 'The provincial council evaluates; the province recognises 3★ and 4★; possible 5★ products go to the central council',
          },
          basis: [BASES.qd1048],
          // The 90-point forwarding line is the 5★ band; no source states it for the 1048 era.
          status: 'unverified',
        },
        {
          level: 'central',
          role: 'council',
          text: {
            vi: 'Hội đồng cấp trung ương (Bộ NN&PTNT) đánh giá và công nhận 5 sao',
            en: 'The central council (Ministry of Agriculture and Rural Development) evaluates and recognises 5★',
          },
          basis: [BASES.qd1048],
          status: 'reported',
        },
      ],
      recognisers: { 3: 'province', 4: 'province', 5: 'central' },
      basis: [BASES.qd1048],
      status: 'reported',
      note: {
        vi: 'Ba cấp hội đồng; cấp huyện chỉ đánh giá, cấp tỉnh công nhận 3 và 4 sao (theo tin tổng hợp, danang.gov.vn).',
        en: 'Three council levels; the district only evaluates, the province recognises 3★ and 4★ (from summaries, danang.gov.vn).',
      },
    },
    {
      id: 'QD148_2023',
      versionId: 'QD148_2023',
      validity: { validFrom: validity('QD148_2023').validFrom, validTo: LAST_DISTRICT_DAY },
      stages: [
        {
          level: 'district',
          role: 'council',
          forwardFrom: 70,
          text: {
            vi: 'Hội đồng cấp huyện đánh giá; UBND cấp huyện công nhận và cấp giấy chứng nhận 3 sao; chuyển sản phẩm đạt 70–100 điểm lên cấp tỉnh',
            en: 'The district council evaluates; the district recognises and certifies 3★ and forwards products scoring 70–100 to the province',
          },
          basis: [BASES.qd148District],
          status: 'reported',
        },
        {
          level: 'province',
          role: 'council',
          forwardFrom: 90,
          text: {
            vi: 'Hội đồng cấp tỉnh đánh giá; UBND cấp tỉnh công nhận 4 sao; sản phẩm đạt từ 90 điểm trở lên chuyển lên trung ương',
            en: 'The provincial council evaluates; the province recognises 4★; products scoring 90 or more go to the central level',
          },
          basis: [BASES.qd148Procedure],
          status: 'reported',
        },
        {
          level: 'central',
          role: 'council',
          text: {
            vi: 'Hội đồng cấp trung ương (Bộ NN&PTNT, sau là Bộ NN&MT) đánh giá và công nhận 5 sao',
            en: 'The central council (the Ministry) evaluates and recognises 5★',
          },
          basis: [BASES.qd148Procedure],
          status: 'reported',
        },
      ],
      recognisers: { 3: 'district', 4: 'province', 5: 'central' },
      basis: [BASES.qd148Procedure],
      status: 'reported',
      note: {
        vi: 'Ba cấp: huyện (3 sao), tỉnh (4 sao), trung ương (5 sao). Cấp huyện chấm dứt ngày 01/07/2025.',
        en: 'Three levels: district (3★), province (4★), central (5★). Districts ceased on 2025-07-01.',
      },
    },
    {
      id: 'DISTRICTS_CEASED_2025',
      versionId: 'QD148_2023',
      validity: { validFrom: NO_DISTRICTS_FROM, validTo: addDays(qd1489.validFrom, -1) },
      stages: [
        {
          level: 'province',
          role: 'council',
          forwardFrom: 90,
          text: {
            vi: 'Hội đồng cấp tỉnh đánh giá, công nhận 4 sao; sản phẩm đạt từ 90 điểm chuyển lên trung ương',
            en: 'The provincial council evaluates and recognises 4★; products scoring 90 or more go to the central level',
          },
          basis: [BASES.qd148Procedure],
          status: 'reported',
        },
        {
          level: 'central',
          role: 'council',
          text: {
            vi: 'Hội đồng cấp trung ương đánh giá và công nhận 5 sao',
            en: 'The central council evaluates and recognises 5★',
          },
          basis: [BASES.qd148Procedure],
          status: 'reported',
        },
      ],
      recognisers: { 3: null, 4: 'province', 5: 'central' },
      basis: [BASES.qd148District, BASES.qd1489],
      status: 'unverified',
      flag: {
        vi: 'Từ 01/07/2025 không còn cấp huyện, nhưng bước cấp huyện của QĐ 148 (Phụ lục II khoản 1 điểm b) chỉ bị bãi bỏ từ 06/07/2025 (QĐ 1489). Trong các ngày 01–05/07/2025 không có cơ quan có thẩm quyền rõ ràng để đánh giá và công nhận 3 sao; cần xác minh văn bản hướng dẫn của tỉnh.',
        en: 'Districts ceased on 2025-07-01, but QĐ 148’s district step (Annex II §1(b)) was only repealed from 2025-07-06 (QĐ 1489). On 1–5 July 2025 no level was clearly competent to evaluate and recognise 3★; check the province’s own guidance.',
      },
      note: {
        vi: 'Khoảng trống 01–05/07/2025: kết quả được gắn cờ, không suy đoán.',
        en: 'The 1–5 July 2025 gap: results are flagged, never guessed.',
      },
    },
    {
      id: 'QD148_1489_2025',
      versionId: 'QD148_1489_2025',
      validity: qd1489,
      stages: [
        {
          level: 'commune',
          role: 'pre-check',
          text: {
            vi: 'UBND cấp xã đánh giá sơ bộ (nguồn gốc sản phẩm, nguyên liệu; lao động địa phương; nguồn gốc ý tưởng; bản sắc, trí tuệ địa phương), lập báo cáo và đề nghị cấp tỉnh',
            en: 'The commune pre-assesses (origin of product and raw materials, local labour, origin of the idea, local identity), reports and proposes to the province',
          },
          basis: [BASES.qd1489],
          status: 'reported',
        },
        {
          level: 'province',
          role: 'council',
          forwardFrom: 90,
          text: {
            vi: 'Hội đồng cấp tỉnh đánh giá; Chủ tịch UBND cấp tỉnh công nhận 3 sao và 4 sao; sản phẩm đạt từ 90 điểm đề nghị Bộ NN&MT',
            en: 'The provincial council evaluates; the provincial chair recognises 3★ and 4★; products scoring 90 or more are proposed to the Ministry',
          },
          basis: [BASES.qd1489],
          status: 'reported',
        },
        {
          level: 'central',
          role: 'council',
          text: {
            vi: 'Hội đồng cấp trung ương (Bộ NN&MT) đánh giá và công nhận 5 sao',
            en: 'The central council (Ministry of Agriculture and Environment) evaluates and recognises 5★',
          },
          basis: [BASES.qd1489],
          status: 'reported',
        },
      ],
      recognisers: { 3: 'province', 4: 'province', 5: 'central' },
      basis: [BASES.qd148Procedure, BASES.qd1489],
      status: 'reported',
      note: {
        vi: 'Hai cấp: tỉnh (3 và 4 sao), trung ương (5 sao); cấp xã đánh giá sơ bộ. Áp dụng cả cho hồ sơ nộp trước ngày QĐ 26/2026 có hiệu lực (Điều 12.2).',
        en: 'Two levels: province (3★, 4★) and central (5★); the commune pre-assesses. Also applies to dossiers submitted before QĐ 26/2026 took effect (QĐ 26/2026 Art. 12.2).',
      },
    },
    {
      id: 'QD26_2026',
      versionId: 'QD26_2026',
      validity: validity('QD26_2026'),
      stages: [
        {
          level: 'commune',
          role: 'pre-check',
          text: {
            vi: 'UBND cấp xã trong 15 ngày làm việc kiểm tra hồ sơ, đánh giá các nội dung địa phương, lập Báo cáo (Mẫu số 03) và đề nghị cấp tỉnh',
            en: 'Within 15 working days the commune checks the dossier, assesses the local criteria, reports (Form 03) and proposes to the province',
          },
          basis: [BASES.qd26Commune],
          status: 'verified',
        },
        {
          level: 'province',
          role: 'council',
          forwardFrom: 90,
          text: {
            vi: 'Hội đồng cấp tỉnh đánh giá; Chủ tịch UBND cấp tỉnh công nhận 3 sao và 4 sao; sản phẩm đạt từ 90 điểm chuyển Bộ NN&MT',
            en: 'The provincial council evaluates; the provincial chair recognises 3★ and 4★; products scoring 90 or more go to the Ministry',
          },
          basis: [BASES.qd26Province],
          status: 'verified',
        },
        {
          level: 'central',
          role: 'council',
          text: {
            vi: 'Hội đồng cấp trung ương đánh giá; Bộ trưởng Bộ NN&MT công nhận 5 sao',
            en: 'The central council evaluates; the Minister of Agriculture and Environment recognises 5★',
          },
          basis: [BASES.qd26Central],
          status: 'verified',
        },
      ],
      recognisers: { 3: 'province', 4: 'province', 5: 'central' },
      basis: [BASES.qd26Recognition, BASES.qd26Province, BASES.qd26Central],
      status: 'verified',
      note: {
        vi: 'Hai cấp hội đồng: tỉnh (3 và 4 sao), trung ương (5 sao); cấp xã kiểm tra hồ sơ trong 15 ngày làm việc.',
        en: 'Two council levels: province (3★, 4★), central (5★); the commune checks the dossier within 15 working days.',
      },
    },
  ] satisfies OcopProcessPeriod[]);
}
