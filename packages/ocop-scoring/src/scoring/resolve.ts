import type {
  Bilingual,
  DateInput,
  IsoDate,
  OcopEvaluationKind,
  OcopRubric,
  OcopVersion,
} from '@ntm/domain/core';
import {
  expectAnyString,
  expectOneOf,
  expectPath,
  expectRecord,
  fail,
  type IssuePath,
  OCOP_PROCESS_ERRORS,
  OCOP_SCORING_ERRORS,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { OCOP_TRANSITION, OCOP_VERSIONS } from '../data/versions.js';
import { transitionDeadline } from '../process/transition-deadline.js';

/**
 * Options of {@link resolveRubric}.
 *
 * @example
 * ```ts
 * const options: ResolveRubricOptions = { submittedOn: '2026-06-01', kind: 'first', rubrics: QD26_RUBRICS };
 * ```
 */
export interface ResolveRubricOptions {
  /** Date the dossier was submitted (YYYY-MM-DD). */
  readonly submittedOn: DateInput;
  /** First evaluation, upgrade or re-evaluation. */
  readonly kind: OcopEvaluationKind;
  /**
   * The sheets to pick from, by product set code (`QD26_RUBRICS` from `@ntm/ocop-scoring/rubrics`). Optional so the
   * engine entry carries no sheet data; without it the result names the sheet in `rubricId`.
   */
  readonly rubrics?: Readonly<Record<string, OcopRubric>>;
}

/**
 * The deadline QĐ 26/2026 Điều 12.2 sets for dossiers submitted before 22/05/2026 that finish under the old rules.
 *
 * @example
 * ```ts
 * resolveRubric('B04', { submittedOn: '2026-05-21', kind: 'first' }).transition?.completeBy; // '2026-07-21'
 * ```
 */
export interface OcopTransition {
  /** Legal basis of the rule. */
  readonly article: string;
  /**
   * Last day to complete the evaluation: 60 days after 22/05/2026, 30 for a re-evaluation, moved to the next working
   * day when it falls on a day off (as {@link transitionDeadline} counts).
   */
  readonly completeBy: IsoDate;
  /** The rule in words. */
  readonly reason: Bilingual;
}

/**
 * The version of the OCOP rules that applies to one dossier, and its sheet when one exists.
 *
 * @example
 * ```ts
 * const r: OcopRubricResolution = resolveRubric('B09', { submittedOn: '2026-06-01', kind: 'first' });
 * r.rubricId; // 'QD26_2026-B09'
 * ```
 */
export interface OcopRubricResolution {
  /** Product set code. */
  readonly productSet: string;
  /** Kind of evaluation. */
  readonly kind: OcopEvaluationKind;
  /** Submission date used. */
  readonly submittedOn: IsoDate;
  /** The version that applies. */
  readonly version: OcopVersion;
  /** `'full'`: score with {@link scoreAssessment}; `'parts-only'`: only {@link scoreParts} is possible. */
  readonly detail: 'full' | 'parts-only';
  /** Id of the sheet to use (`null` for parts-only versions). */
  readonly rubricId: string | null;
  /** The sheet, when `rubrics` was passed and the version has sheets. */
  readonly rubric?: OcopRubric;
  /** The Điều 12 transition deadline, for dossiers submitted before 22/05/2026 under the 2021–2025 rules. */
  readonly transition?: OcopTransition;
  /** Why this version, in Vietnamese and English. */
  readonly reason: Bilingual;
}

const KINDS: readonly OcopEvaluationKind[] = ['first', 'upgrade', 're-evaluation'];

// QĐ 26/2026 Phụ lục I/II has 26 product sets, coded B01 … B26 after their sheet number.
const PRODUCT_SET = /^B(0[1-9]|1\d|2[0-6])$/u;

/**
 * Picks the version of the OCOP rules for a dossier by its submission date: QĐ 1048/2019 from 21/08/2019, QĐ 148
 * from 24/02/2023, QĐ 148 + 1489 from 06/07/2025, QĐ 26/2026 from 22/05/2026. Dossiers submitted before 22/05/2026
 * finish under the old rules (Điều 12.2), within 60 days of 22/05/2026 (30 days for a re-evaluation).
 *
 * @remarks Xác định bộ tiêu chí áp dụng theo ngày nộp hồ sơ; chuyển tiếp theo Điều 12 QĐ 26/2026. The deadline day
 * count (22/05/2026 + 60 days = 21/07/2026) is an interpretation of "trong thời hạn 60 ngày".
 * @example
 * ```ts
 * import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
 * const r = resolveRubric('B04', { submittedOn: '2026-06-01', kind: 'first', rubrics: QD26_RUBRICS });
 * r.version.id; // 'QD26_2026'
 * resolveRubric('B04', { submittedOn: '2026-05-21', kind: 'upgrade' }).version.id; // 'QD148_1489_2025'
 * ```
 */
export function resolveRubric(
  productSet: string,
  options: ResolveRubricOptions,
): OcopRubricResolution {
  if (!PRODUCT_SET.test(expectAnyString(productSet, ['productSet'])))
    fail(OCOP_SCORING_ERRORS['ocop/unknown-product-set'], ['productSet'], {
      productSet: received(productSet),
    });
  expectRecord(options, ['options']);
  const submittedOn = parseIsoDate(options.submittedOn, ['submittedOn']);
  const kind = expectOneOf(options.kind, KINDS, ['kind']);
  const version = versionForDate(submittedOn, ['submittedOn']);
  const full = version.detail === 'full';
  const rubricId = full ? `${version.id}-${productSet}` : null;
  let rubric: OcopRubric | undefined;
  if (rubricId !== null && options.rubrics !== undefined) {
    const rubrics = expectRecord(options.rubrics, ['rubrics']);
    const found = (Object.hasOwn(rubrics, productSet) ? rubrics[productSet] : undefined) as
      | OcopRubric
      | undefined;
    if (found?.id !== rubricId)
      fail(OCOP_PROCESS_ERRORS['ocop/rubric-not-found'], ['rubrics', productSet], {
        rubric: rubricId,
      });
    rubric = found;
  }
  const transition =
    submittedOn < OCOP_TRANSITION.from && version.id !== 'QD1048_2019'
      ? transitionFor(submittedOn, kind)
      : undefined;
  // An amendment counts only from its own date: QĐ 781 (08/06/2020) amended 1048, but a dossier of January 2020 was
  // assessed under 1048 alone. An amendment with no date is taken as in force for the whole version.
  const amendments = version.amendedBy.filter((b) => {
    const from = b.effective ?? b.signed;
    return from === undefined || from <= submittedOn;
  });
  const reason: Bilingual = {
    vi: `Hồ sơ nộp ngày ${submittedOn}: áp dụng ${version.basis.number}${amendments.map((b) => ` (sửa đổi bởi ${b.number})`).join('')}`,
    en: `Dossier submitted on ${submittedOn}: ${version.basis.number}${amendments.map((b) => ` (as amended by ${b.number})`).join('')} applies`,
  };
  return {
    productSet,
    kind,
    submittedOn,
    version,
    detail: version.detail,
    rubricId,
    ...(rubric ? { rubric } : {}),
    ...(transition ? { transition } : {}),
    reason,
  };
}

/**
 * The version in force for dossiers submitted on `date`, or a `DomainError` (`ocop/before-ocop`) before 21/08/2019.
 *
 * @example
 * ```ts
 * versionForDate('2023-02-24').id; // 'QD148_2023'
 * ```
 */
export function versionForDate(date: DateInput, path: IssuePath = ['date']): OcopVersion {
  const day = parseIsoDate(date, path);
  for (let i = OCOP_VERSIONS.length - 1; i >= 0; i--) {
    const version = OCOP_VERSIONS[i];
    if (version && day >= version.validity.validFrom) return version;
  }
  return fail(OCOP_PROCESS_ERRORS['ocop/before-ocop'], expectPath(path, ['path']), { date: day });
}

/** One counting rule for the transition limit: the process's, which moves an end on a day off (Civil Code). */
function transitionFor(submittedOn: IsoDate, kind: OcopEvaluationKind): OcopTransition {
  const days = OCOP_TRANSITION.completeWithinDays[kind];
  return {
    article: OCOP_TRANSITION.article,
    completeBy: transitionDeadline(submittedOn, kind).completeBy,
    reason: {
      vi: `Hồ sơ nộp trước ${OCOP_TRANSITION.from} tiếp tục đánh giá theo quy định giai đoạn 2021–2025, hoàn thành trong ${days} ngày kể từ ${OCOP_TRANSITION.from}`,
      en: `Dossiers submitted before ${OCOP_TRANSITION.from} continue under the 2021–2025 rules and must be completed within ${days} days of ${OCOP_TRANSITION.from}`,
    },
  };
}
