import type {
  DataInfo,
  IsoDate,
  LegalBasis,
  OcopEvaluationKind,
  OcopStarBand,
  OcopVersion,
  OcopVersionId,
} from '@ntm/domain/core';
import { addDays, deepFreeze } from '@ntm/domain/core';
import { QD26_DECISION, QD26_EFFECTIVE } from './rubrics/generated/qd26-decision.js';
import {
  SOURCE_QD26,
  SOURCE_QD148_PARTS,
  SOURCE_QD148_SUMMARY,
  SOURCE_QD781_MINIMUMS,
  SOURCE_QD1048_QUANGNAM,
  SOURCE_QD1048_SUMMARY,
  SOURCE_QD1489,
  SOURCE_QD1489_SUMMARY,
} from './sources.js';

// Data literals are known-valid dates; the cast avoids parsing them on every import.
const day = (value: string): IsoDate => value as IsoDate;

/** Date the sources behind {@link OCOP_VERSIONS} were last checked. */
const DATA_AS_OF = day('2026-11-23');

/**
 * Currency and provenance of {@link OCOP_VERSIONS} and {@link OCOP_TRANSITION}: the decisions and the summaries the
 * older versions are known from.
 *
 * @example
 * ```ts
 * OCOP_VERSIONS_DATA_INFO.status; // 'partial' (QĐ 1048 and 148 are known from summaries)
 * ```
 */
export const OCOP_VERSIONS_DATA_INFO: DataInfo = /* @__PURE__ */ deepFreeze({
  id: 'ocop-versions',
  title: {
    vi: 'Các phiên bản Bộ tiêu chí OCOP: điểm tối đa từng phần, hạng sao, chuyển tiếp',
    en: 'Versions of the OCOP rules: part maxima, star bands, transition',
  },
  dataAsOf: DATA_AS_OF,
  sources: [
    SOURCE_QD26,
    SOURCE_QD1489,
    SOURCE_QD1489_SUMMARY,
    SOURCE_QD148_SUMMARY,
    SOURCE_QD148_PARTS,
    SOURCE_QD1048_SUMMARY,
    SOURCE_QD1048_QUANGNAM,
    SOURCE_QD781_MINIMUMS,
  ],
  status: 'partial',
  note: {
    vi: 'QĐ 26/2026 đọc từ văn bản; QĐ 1048/2019, 781/2020, 148/2023 và 1489/2025 từ tin tổng hợp (mỗi phiên bản ghi mức kiểm chứng của ngưỡng hạng sao).',
    en: 'QĐ 26/2026 read in the text; QĐ 1048/2019, 781/2020, 148/2023 and 1489/2025 from summaries (each version records how sure its star bands are).',
  },
});

/**
 * QĐ 26/2026 Điều 3.3 bands (half-open: 70 ≤ s < 90 is 4★); the older decisions use the same thresholds.
 * Highest band first so the first match wins.
 */
const BANDS: readonly OcopStarBand[] = [
  { stars: 5, from: 90, text: { vi: 'từ 90 đến 100 điểm', en: '90 to 100 points' } },
  { stars: 4, from: 70, text: { vi: 'từ 70 đến dưới 90 điểm', en: '70 to under 90 points' } },
  { stars: 3, from: 50, text: { vi: 'từ 50 đến dưới 70 điểm', en: '50 to under 70 points' } },
  { stars: 2, from: 30, text: { vi: 'từ 30 đến dưới 50 điểm', en: '30 to under 50 points' } },
  { stars: 1, from: 0, text: { vi: 'dưới 30 điểm', en: 'under 30 points' } },
];

const QD1048: LegalBasis = {
  number: '1048/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  title: {
    vi: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    en: 'OCOP product evaluation and rating criteria',
  },
  signed: day('2019-08-21'),
};

const QD148: LegalBasis = {
  number: '148/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  title: {
    vi: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    en: 'OCOP product evaluation and rating criteria and procedure',
  },
  signed: day('2023-02-24'),
  effective: day('2023-02-24'),
};

const QD1489: LegalBasis = {
  number: '1489/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  title: {
    vi: 'Sửa đổi, bổ sung một số nội dung của QĐ 148/QĐ-TTg',
    en: 'Amends 148/QĐ-TTg',
  },
  signed: day('2025-07-06'),
  effective: day('2025-07-06'),
  annex: 'Phụ lục II khoản 1',
};

/** The day before a version starts: the last day of the one it replaces. */
const dayBefore = (basis: LegalBasis): IsoDate => addDays(basis.effective as IsoDate, -1);

/**
 * A version with what every version shares: the {@link BANDS} (the older decisions use the thresholds of QĐ 26/2026),
 * recognition from 3★, and the day the sources were checked. Fields keep the order of {@link OcopVersion}.
 */
const version = ({
  bandsStatus,
  note,
  ...own
}: Omit<OcopVersion, 'bands' | 'certifiableFrom' | 'dataAsOf'>): OcopVersion => ({
  ...own,
  bands: BANDS,
  bandsStatus,
  certifiableFrom: 3,
  note,
  dataAsOf: DATA_AS_OF,
});

/**
 * Every version of the national OCOP rules, oldest first: id, legal basis, validity by submission date, part maxima,
 * star bands and how much of it is verified. Only `QD26_2026` has full scoring sheets (in `@ntm/ocop-scoring/rubrics`);
 * the others are `detail: 'parts-only'`.
 *
 * @remarks Phiên bản Bộ tiêu chí OCOP: QĐ 1048/2019 (A35/B25/C40), QĐ 148/2023 và 148 + 1489/2025 (A40/B25/C35),
 * QĐ 26/2026 (A40/B25/C35). QĐ 781/2020 amended the 1048 sheets (minimum requirements) but not the part maxima.
 * @example
 * ```ts
 * const v1048 = OCOP_VERSIONS.find((v) => v.id === 'QD1048_2019');
 * v1048?.partMax; // { A: 35, B: 25, C: 40 }
 * ```
 */
export const OCOP_VERSIONS: readonly OcopVersion[] = deepFreeze([
  version({
    id: 'QD1048_2019',
    basis: QD1048,
    amendedBy: [
      {
        number: '781/QĐ-TTg',
        type: 'QĐ',
        issuer: 'TTg',
        title: {
          vi: 'Sửa đổi, bổ sung một số phụ lục của QĐ 1048/QĐ-TTg',
          en: 'Amends the annexes of 1048/QĐ-TTg',
        },
        signed: day('2020-06-08'),
      },
    ],
    // In force from signing is unverified (see the note).
    validity: { validFrom: QD1048.signed as IsoDate, validTo: dayBefore(QD148) },
    detail: 'parts-only',
    partMax: { A: 35, B: 25, C: 40 },
    bandsStatus: 'reported',
    note: {
      vi: 'Chỉ có điểm tối đa từng phần và hạng sao (theo tin tổng hợp); chưa có bản phiếu chấm đã kiểm chứng. Ngày ký 21/08/2019 (một nguồn ghi 20/08/2019); hiệu lực từ ngày ký chưa kiểm chứng.',
      en: 'Part maxima and star bands only (from summaries); no verified copy of the sheets. Signed 21/08/2019 (one source says 20/08/2019); in force from signing is unverified.',
    },
  }),
  version({
    id: 'QD148_2023',
    basis: QD148,
    amendedBy: [],
    validity: { validFrom: QD148.effective as IsoDate, validTo: dayBefore(QD1489) },
    detail: 'parts-only',
    partMax: { A: 40, B: 25, C: 35 },
    bandsStatus: 'unverified',
    note: {
      vi: 'Điểm tối đa từng phần đã kiểm chứng; ngưỡng 70 và 90 điểm được xác nhận gián tiếp, ngưỡng 30/50 chưa kiểm chứng (giả định như QĐ 1048 và 26/2026). Chưa có bản phiếu chấm.',
      en: 'Part maxima verified; the 70 and 90 thresholds are confirmed indirectly, 30/50 unverified (presumed as in 1048 and 26/2026). Sheets not available.',
    },
  }),
  version({
    id: 'QD148_1489_2025',
    basis: QD148,
    amendedBy: [QD1489],
    validity: { validFrom: QD1489.effective as IsoDate, validTo: dayBefore(QD26_DECISION) },
    detail: 'parts-only',
    partMax: { A: 40, B: 25, C: 35 },
    bandsStatus: 'unverified',
    note: {
      vi: 'QĐ 1489 chỉ sửa trình tự đánh giá (bỏ cấp huyện); không thấy thay đổi tiêu chí hay điểm (chưa kiểm chứng). Hồ sơ nộp trước ngày QĐ 26/2026 có hiệu lực tiếp tục theo quy định này (Điều 12 QĐ 26/2026).',
      en: 'QĐ 1489 changed only the procedure (no district level); no change to criteria or points reported (unverified). Dossiers submitted before QĐ 26/2026 took effect finish under these rules (QĐ 26/2026 Art. 12).',
    },
  }),
  version({
    id: 'QD26_2026',
    basis: { ...QD26_DECISION, article: 'Điều 3' },
    amendedBy: [],
    validity: { validFrom: QD26_EFFECTIVE },
    detail: 'full',
    partMax: { A: 40, B: 25, C: 35 },
    bandsStatus: 'verified',
    note: {
      vi: 'Đầy đủ 26 phiếu chấm (Phụ lục II). 1 sao và 2 sao không được công nhận, không cấp giấy chứng nhận (Điều 4.1.a).',
      en: 'All 26 sheets (Annex II). 1★ and 2★ are not recognised and get no certificate (Art. 4.1.a).',
    },
  }),
]);

/**
 * The version ids, oldest first.
 *
 * @example
 * ```ts
 * OCOP_VERSION_IDS.includes('QD148_2023'); // true
 * ```
 */
export const OCOP_VERSION_IDS: readonly OcopVersionId[] = Object.freeze(
  OCOP_VERSIONS.map((v) => v.id),
);

/**
 * The start of QĐ 26/2026 (Điều 11.1); dossiers submitted before it finish under QĐ 148 + 1489 (Điều 12.2).
 *
 * @example
 * ```ts
 * OCOP_QD26_EFFECTIVE; // '2026-05-22'
 * ```
 */
export const OCOP_QD26_EFFECTIVE: IsoDate = QD26_EFFECTIVE;

/**
 * QĐ 26/2026 Điều 12.2: dossiers submitted before 22/05/2026 and not yet evaluated finish under the 2021–2025 rules,
 * within these many days of 22/05/2026, by kind of evaluation.
 *
 * @remarks Chuyển tiếp: lần đầu / nâng hạng 60 ngày, phân hạng lại 30 ngày. Counting the days from 22/05/2026 with
 * `addDays` (22/05/2026 + 60 = 21/07/2026) is an interpretation; the decision does not say how to count.
 * @example
 * ```ts
 * OCOP_TRANSITION.completeWithinDays['re-evaluation']; // 30
 * ```
 */
export const OCOP_TRANSITION: {
  /** The day the new rules start; the transition covers dossiers submitted before it. */
  readonly from: IsoDate;
  /** Days after `from` to complete the evaluation, by kind. */
  readonly completeWithinDays: Readonly<Record<OcopEvaluationKind, number>>;
  /** Where the rule is. */
  readonly article: string;
} = deepFreeze({
  from: OCOP_QD26_EFFECTIVE,
  completeWithinDays: { first: 60, upgrade: 60, 're-evaluation': 30 },
  article: '26/2026/QĐ-TTg Điều 12 khoản 2',
});
