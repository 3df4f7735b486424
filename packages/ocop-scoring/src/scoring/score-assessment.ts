import type { DomainIssue, OcopAnswers, OcopRubric } from '@ntm/domain/core';
import {
  checkKey,
  DomainError,
  expectOneOf,
  expectRecord,
  fail,
  isDomainError,
  isRecord,
  issueOf,
  OCOP_SCORING_ERRORS,
  received,
  toResult,
} from '@ntm/domain/core';
import { decideStars } from './decide-stars.js';
import { automaticDisqualifiers, reportedDisqualifiers } from './disqualifiers.js';
import { failedMinimums } from './minimums.js';
import { checkBasis, isPoints, malformed, sheetError } from './rubric-guard.js';
import { scoreCriteria } from './score-criteria.js';
import type {
  OcopMarkerPolicy,
  OcopScoreResult,
  OcopTraceEntry,
  ScoreAssessmentOptions,
} from './score-result.js';
import { bandOf, displayScore } from './stars.js';

/**
 * Scores one product on one sheet. `answers.criteria` holds one entry per leaf criterion code: an option index
 * (0-based, sheet order), `true`/`false` for a yes/no criterion, or `{ case, option }` for alternative cases;
 * `answers.disqualifiers` lists the ids of the sheet's disqualifiers the assessor found.
 *
 * The total is the sum of the chosen points; the stars come from the version's bands, then the per-star minima: with
 * `markerPolicy: 'cap'` (default) a failed minimum lowers the stars to the highest level whose minima are all met;
 * with `'reject'` it fails the product at its band. Any disqualifier gives `status: 'disqualified'` and no stars.
 * 1★ and 2★ are `below-threshold` and never certifiable.
 *
 * Invalid answers (unknown criterion, missing answer, option not in the criterion, answers written for another
 * sheet, unknown disqualifier) throw one `DomainError` listing every problem with its path. When the assessor reports
 * a disqualifier, unanswered criteria are allowed (evaluation stopped) and score 0.
 *
 * @remarks Chấm điểm theo phiếu đánh giá sản phẩm OCOP; "dấu sao" = yêu cầu tối thiểu theo hạng sao; "Hồ sơ bị loại
 * khi …", "Bị loại nếu …", "Không đánh giá các bước tiếp theo nếu …" = disqualifiers.
 * @example
 * ```ts
 * import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
 * const result = scoreAssessment(QD26_2026_B04, { criteria: { '1.1': 2, '1.2': 1, … }, disqualifiers: [] });
 * result.total;   // e.g. 74
 * result.stars;   // 4
 * result.trace[0].reason.vi;
 * ```
 */
export function scoreAssessment(
  rubric: OcopRubric,
  answers: OcopAnswers,
  options: ScoreAssessmentOptions = {},
): OcopScoreResult {
  try {
    return score(rubric, answers, options);
  } catch (error) {
    // Every check on answers and options throws a DomainError; anything else is the sheet's problem or a bug.
    if (isDomainError(error)) throw error;
    throw sheetError(rubric, error);
  }
}

function score(
  rubric: OcopRubric,
  answers: OcopAnswers,
  options: ScoreAssessmentOptions,
): OcopScoreResult {
  if (!isRecord(rubric) || !Array.isArray(rubric.parts) || typeof rubric.id !== 'string')
    malformed();
  expectRecord(answers, ['answers']);
  const policy = markerPolicyOf(options);
  const criteria = expectRecord(answers.criteria, ['criteria']) as OcopAnswers['criteria'];
  if (answers.rubric !== undefined && answers.rubric !== rubric.id)
    fail(OCOP_SCORING_ERRORS['ocop/rubric-mismatch'], ['rubric'], {
      answered: received(answers.rubric),
      rubric: rubric.id,
    });

  const issues: DomainIssue[] = [];
  const reported = reportedDisqualifiers(rubric, answers.disqualifiers, issues);
  const stopped = reported.length > 0;
  checkBasis(rubric);
  const { trace, parts } = scoreCriteria(rubric, criteria, stopped, issues);
  unknownCriteria(rubric, Object.keys(criteria), trace, issues);
  if (issues.length > 0) throw new DomainError(issues);

  const automatic = automaticDisqualifiers(rubric, trace, stopped);
  const disqualifiedBy = automatic.length === 0 ? reported : [...reported, ...automatic];
  const total = parts.A + parts.B + parts.C;
  // Each value is within 0–100, but only a sheet whose sums are right keeps their total there.
  if (!isPoints(total)) malformed();
  const band = bandOf(total, rubric.version);
  const decision = decideStars(
    band,
    failedMinimums(trace, band),
    policy,
    disqualifiedBy.length > 0,
  );
  const stars = decision.stars;
  const status =
    disqualifiedBy.length > 0
      ? 'disqualified'
      : stars !== null && stars >= 3
        ? 'rated'
        : 'below-threshold';
  return {
    total,
    display: displayScore(total),
    parts,
    stars,
    status,
    certifiable: status === 'rated',
    disqualifiedBy,
    decision,
    trace,
    rubric: { id: rubric.id, version: rubric.version, basis: rubric.basis },
  };
}

const POLICIES: readonly OcopMarkerPolicy[] = ['cap', 'reject'];

/** The marker policy, `'cap'` when absent (`null` is a wrong value, not an absent one). */
function markerPolicyOf(options: ScoreAssessmentOptions): OcopMarkerPolicy {
  const { markerPolicy } = expectRecord(options, ['options']) as ScoreAssessmentOptions;
  return markerPolicy === undefined
    ? 'cap'
    : expectOneOf(markerPolicy, POLICIES, ['options', 'markerPolicy']);
}

/** Adds an issue for every answered code the sheet does not have. */
function unknownCriteria(
  rubric: OcopRubric,
  keys: readonly string[],
  trace: readonly OcopTraceEntry[],
  issues: DomainIssue[],
): void {
  // Each answered criterion used one own key, so equal counts mean no unknown key: scan only when they differ. (Not
  // the number of criteria: a missing answer and an unknown code would balance out.)
  if (keys.length === answeredCount(trace)) return;
  // Every code of the sheet is known, answered or not: after a reported disqualifier, `undefined` is unanswered.
  const codes = new Set(trace.map((t) => t.criterion));
  for (const code of keys) {
    if (codes.has(code)) continue;
    // A prototype key or a decomposed one is refused as such (`key/*`), as everywhere else.
    const key = toResult(() => checkKey(code, ['criteria']));
    issues.push(
      key.success
        ? issueOf(OCOP_SCORING_ERRORS['ocop/unknown-criterion'], ['criteria', code], {
            rubric: rubric.id,
            criterion: received(code),
          })
        : (key.issues[0] as DomainIssue),
    );
  }
}

/** Criteria that were answered (an unanswered one is missing, or allowed after a reported disqualifier). */
function answeredCount(trace: readonly OcopTraceEntry[]): number {
  let count = 0;
  for (const entry of trace) if (entry.answer !== null) count++;
  return count;
}
