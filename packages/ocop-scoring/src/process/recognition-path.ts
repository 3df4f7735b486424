import type { Bilingual, DateInput, IsoDate, LegalBasis, OcopStarLevel } from '@ntm/domain/core';
import { expectRecord, fail, OCOP_PROCESS_ERRORS, optional, parseIsoDate } from '@ntm/domain/core';
import { OCOP_TRANSITION } from '../data/versions.js';
import { getOcopVersion } from '../scoring/get-version.js';
import { checkStars } from './check-input.js';
import { OCOP_LEVEL_LABELS } from './labels.js';
import { processPeriodFor } from './process-period.js';
import type { OcopIssuerLevel, OcopProcessFlag, OcopProcessPeriod, OcopStage } from './types.js';

/**
 * Options of {@link recognitionPath}.
 *
 * @example
 * ```ts
 * const options: RecognitionPathOptions = { submittedOn: '2026-05-10' };
 * ```
 */
export interface RecognitionPathOptions {
  /**
   * When the dossier was submitted. A dossier submitted before 22/05/2026 finishes under QĐ 148 + 1489 even when it
   * is evaluated later (QĐ 26/2026 Điều 12.2); without it the rules are picked by `date`.
   */
  readonly submittedOn?: DateInput;
}

/**
 * One stop on a dossier's route.
 *
 * @example
 * ```ts
 * const step: OcopRouteStep = {
 *   level: 'district', role: 'council', action: 'forward', forwardFrom: 50, to: 'province',
 *   text: { vi: '…', en: '…' }, basis: [], status: 'reported',
 * };
 * ```
 */
export interface OcopRouteStep extends OcopStage {
  /** What happens to a product of the asked star level here. */
  readonly action: 'forward' | 'recognise' | 'stop';
  /** The next level, when the dossier goes on. */
  readonly to?: OcopIssuerLevel;
}

/**
 * Who evaluates a product of a star level, who recognises it and where its dossier goes, under the rules in force.
 *
 * @example
 * ```ts
 * const p: OcopRecognitionPath = recognitionPath(3, '2024-05-10');
 * p.recognisedBy; // 'district'
 * ```
 */
export interface OcopRecognitionPath {
  /** The star level asked about. */
  readonly stars: OcopStarLevel;
  /** The date asked about. */
  readonly date: IsoDate;
  /** The date that picked the rules (the submission date for a transitional dossier). */
  readonly rulesDate: IsoDate;
  /** The authority-table row used. */
  readonly period: OcopProcessPeriod;
  /** `'flagged'` when the law leaves the answer open on that date (see `flags`); the result is then partial. */
  readonly status: 'determined' | 'flagged';
  /** False for 1★ and 2★: no recognition decision, no certificate. */
  readonly certifiable: boolean;
  /** The level the dossier goes to first; `null` when unclear (flagged). */
  readonly entry: OcopIssuerLevel | null;
  /** The councils that score the product, in order. */
  readonly evaluatedBy: readonly OcopIssuerLevel[];
  /** The level that recognises it; `null` for 1★/2★ or when no level was competent (flagged). */
  readonly recognisedBy: OcopIssuerLevel | null;
  /** The stops, in order, up to where the dossier ends. */
  readonly route: readonly OcopRouteStep[];
  /** Open questions and interpretations. */
  readonly flags: readonly OcopProcessFlag[];
  /** The legal bases used. */
  readonly basis: readonly LegalBasis[];
  /** The answer in words. */
  readonly reason: Bilingual;
}

/**
 * Who evaluates a product of `stars`, who recognises it and where its dossier goes next, by the rules in force on
 * `date`: QĐ 1048 (district council forwards 50–100 points; province recognises 3★ and 4★; central 5★), QĐ 148
 * (district recognises 3★ and forwards 70–100), QĐ 148 + 1489 from 06/07/2025 (commune pre-check, province
 * recognises 3★ and 4★, ≥ 90 to the Ministry), QĐ 26/2026 (province 3★/4★, Ministry 5★). On 01–05/07/2025,
 * when districts had ceased but QĐ 148's district step still stood, the result is `'flagged'` and says so.
 *
 * @remarks Trình tự đánh giá, phân hạng; cơ quan công nhận theo hạng sao. Star level 1–5; dates from 21/08/2019.
 * Throws `input/*` for stars that are not 1–5, `ocop/before-ocop`, `date/invalid`.
 * @example
 * ```ts
 * recognitionPath(3, '2020-06-15').evaluatedBy;  // ['district', 'province'] (Lai Châu 2020)
 * recognitionPath(3, '2024-05-10').recognisedBy; // 'district'
 * recognitionPath(3, '2025-07-03').status;       // 'flagged'
 * recognitionPath(5, '2026-06-01').recognisedBy; // 'central'
 * ```
 */
export function recognitionPath(
  stars: OcopStarLevel,
  date: DateInput,
  options?: RecognitionPathOptions,
): OcopRecognitionPath {
  checkStars(stars, ['stars']);
  const day = parseIsoDate(date, ['date']);
  optional(options, (value) => expectRecord(value, ['options']));
  const rulesDate = rulesDateFor(day, options?.submittedOn);
  const period = processPeriodFor(rulesDate, ['date']);
  const version = getOcopVersion(period.versionId);
  const certifiable = stars >= version.certifiableFrom;
  const recogniser = certifiable ? period.recognisers[stars as 3 | 4 | 5] : null;
  // Lowest total that earns this star level: decides whether a council forwards the dossier.
  const band = version.bands.find((b) => b.stars === stars);
  // Every version has the five bands (stars.test.ts): only a bug in the data gets here.
  if (!band) throw new Error(`No ${stars}★ band in ${version.id}`);

  const route: OcopRouteStep[] = [];
  // In the July 2025 gap, a product no level was clearly competent for (1★–3★) has no route that is not a guess.
  const open = period.flag !== undefined && recogniser === null;
  for (let i = 0; !open && i < period.stages.length; i++) {
    const stage = period.stages[i] as OcopStage;
    const next = period.stages[i + 1];
    if (stage.role === 'council' && stage.level === recogniser) {
      route.push({ ...stage, action: 'recognise' });
      break;
    }
    const goesOn =
      next !== undefined &&
      (stage.role === 'pre-check' ||
        (stage.forwardFrom !== undefined && band.from >= stage.forwardFrom));
    if (!goesOn) {
      route.push({ ...stage, action: 'stop' });
      break;
    }
    route.push({ ...stage, action: 'forward', to: next.level });
  }
  const evaluatedBy = route.filter((s) => s.role === 'council');
  const flags: OcopProcessFlag[] = [];
  if (period.flag) flags.push({ code: 'ocop/district-gap', message: period.flag });
  if (rulesDate !== day)
    flags.push({
      code: 'ocop/transitional-dossier',
      message: {
        vi: `Hồ sơ nộp ngày ${rulesDate}, trước ${OCOP_TRANSITION.from}: tiếp tục theo quy định giai đoạn 2021–2025 (QĐ 26/2026 Điều 12.2)`,
        en: `Dossier submitted on ${rulesDate}, before ${OCOP_TRANSITION.from}: it continues under the 2021–2025 rules (QĐ 26/2026 Art. 12.2)`,
      },
    });
  const flagged = period.flag !== undefined;
  return {
    stars,
    date: day,
    rulesDate,
    period,
    status: flagged ? 'flagged' : 'determined',
    certifiable,
    entry: flagged ? null : (route[0]?.level ?? null),
    evaluatedBy: evaluatedBy.map((s) => s.level),
    recognisedBy: recogniser,
    route,
    flags,
    basis: period.basis,
    reason: describe(stars, period, recogniser, evaluatedBy),
  };
}

function rulesDateFor(day: IsoDate, submittedOn: DateInput | undefined): IsoDate {
  if (submittedOn === undefined) return day;
  const submitted = parseIsoDate(submittedOn, ['options', 'submittedOn']);
  if (submitted > day)
    fail(OCOP_PROCESS_ERRORS['ocop/submitted-after-date'], ['options', 'submittedOn'], {
      submittedOn: submitted,
      date: day,
    });
  // Only the QĐ 26/2026 transition keeps a dossier under the rules of its submission date.
  return submitted < OCOP_TRANSITION.from && day >= OCOP_TRANSITION.from ? submitted : day;
}

function describe(
  stars: OcopStarLevel,
  period: OcopProcessPeriod,
  recogniser: OcopIssuerLevel | null,
  councils: readonly OcopStage[],
): Bilingual {
  const by = councils.map((s) => OCOP_LEVEL_LABELS[s.level]);
  const evaluated = {
    vi: by.map((n) => n.vi).join(' → '),
    en: by.map((n) => n.en).join(' → '),
  };
  // No council: the July 2025 gap left the route open (period.flag says why). Outside it, a route always ends at the
  // recogniser's council, so a missing recogniser means 1★/2★.
  if (councils.length === 0)
    return {
      vi: `Hạng ${stars} sao: ${period.flag?.vi ?? ''}`,
      en: `${stars}★: ${period.flag?.en ?? ''}`,
    };
  if (recogniser === null)
    return {
      vi: `Hạng ${stars} sao: hội đồng ${evaluated.vi} đánh giá; không ban hành quyết định công nhận, không cấp giấy chứng nhận`,
      en: `${stars}★: evaluated by the ${evaluated.en} council; no recognition decision, no certificate`,
    };
  return {
    vi: `Hạng ${stars} sao: hội đồng ${evaluated.vi} đánh giá; ${OCOP_LEVEL_LABELS[recogniser].vi} công nhận (${period.note.vi})`,
    en: `${stars}★: evaluated by ${evaluated.en}; recognised by the ${OCOP_LEVEL_LABELS[recogniser].en} (${period.note.en})`,
  };
}
