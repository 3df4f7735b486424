import type { DomainIssue, OcopAnswers, OcopRubric } from '@ntm/domain/core';
import { createIssue, DomainError, fail, isDomainError } from '@ntm/domain/core';
import { decideStars } from './decide-stars.js';
import { automaticDisqualifiers, reportedDisqualifiers } from './disqualifiers.js';
import { failedMinimums } from './minimums.js';
import { badRubric, checkBasis, isPoints } from './rubric-guard.js';
import { scoreCriteria } from './score-criteria.js';
import type {
  OcopMarkerPolicy,
  OcopScoreResult,
  OcopTraceEntry,
  ScoreAssessmentOptions,
} from './score-result.js';
import { show } from './show.js';
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
    // Every check on answers and options throws a DomainError; anything else comes from a malformed sheet.
    if (isDomainError(error)) throw error;
    return badRubric([], 'có cấu trúc không hợp lệ', 'is malformed');
  }
}

function score(
  rubric: OcopRubric,
  answers: OcopAnswers,
  options: ScoreAssessmentOptions,
): OcopScoreResult {
  if (
    typeof rubric !== 'object' ||
    rubric === null ||
    !Array.isArray(rubric.parts) ||
    typeof rubric.id !== 'string'
  )
    fail('ocop/invalid-rubric', ['rubric'], {
      vi: 'Phiếu chấm không hợp lệ',
      en: 'The rubric is not a valid OCOP rubric',
    });
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    fail('ocop/invalid-answers', ['answers'], {
      vi: 'Thiếu bảng trả lời',
      en: 'Answers must be an object',
    });
  const policy = markerPolicyOf(options);
  const criteria = answers.criteria;
  if (typeof criteria !== 'object' || criteria === null || Array.isArray(criteria))
    fail('ocop/invalid-answers', ['criteria'], {
      vi: 'criteria phải là bảng mã tiêu chí → lựa chọn',
      en: 'criteria must map criterion codes to answers',
    });
  if (answers.rubric !== undefined && answers.rubric !== rubric.id)
    fail('ocop/rubric-mismatch', ['rubric'], {
      vi: `Bảng trả lời viết cho phiếu ${show(answers.rubric)}, không phải ${rubric.id}`,
      en: `The answers were written for ${show(answers.rubric)}, not ${rubric.id}`,
    });

  const issues: DomainIssue[] = [];
  const reported = reportedDisqualifiers(rubric, answers.disqualifiers, issues);
  const stopped = reported.length > 0;
  checkBasis(rubric);
  const { trace, parts } = scoreCriteria(rubric, criteria, stopped, issues);
  unknownCriteria(rubric, Object.keys(criteria), trace, stopped, issues);
  if (issues.length > 0) throw new DomainError(issues);

  const automatic = automaticDisqualifiers(rubric, trace, stopped);
  const disqualifiedBy = automatic.length === 0 ? reported : [...reported, ...automatic];
  const total = parts.A + parts.B + parts.C;
  if (!isPoints(total))
    badRubric(
      [],
      `cho tổng điểm ${show(total)} ngoài 0–100`,
      `gives a total of ${show(total)}, outside 0–100`,
    );
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

function markerPolicyOf(options: ScoreAssessmentOptions): OcopMarkerPolicy {
  if (typeof options !== 'object' || options === null)
    fail('ocop/invalid-options', ['options'], {
      vi: 'Tùy chọn không hợp lệ',
      en: 'Options must be an object',
    });
  const policy = options.markerPolicy ?? 'cap';
  if (policy !== 'cap' && policy !== 'reject')
    fail('ocop/invalid-marker-policy', ['options', 'markerPolicy'], {
      vi: `markerPolicy phải là 'cap' hoặc 'reject', nhận được ${show(policy)}`,
      en: `markerPolicy must be 'cap' or 'reject', got ${show(policy)}`,
    });
  return policy;
}

/** Adds an issue for every answered code the sheet does not have. */
function unknownCriteria(
  rubric: OcopRubric,
  keys: readonly string[],
  trace: readonly OcopTraceEntry[],
  stopped: boolean,
  issues: DomainIssue[],
): void {
  // Each answered criterion used one own key, so equal counts mean no unknown key: scan only when they differ.
  if (keys.length === (stopped ? answeredCount(trace) : trace.length)) return;
  const codes = new Set(trace.filter((t) => t.answer !== null).map((t) => t.criterion));
  for (const code of keys) {
    if (!codes.has(code))
      issues.push(
        createIssue('ocop/unknown-criterion', ['criteria', code], {
          vi: `Phiếu ${rubric.id} không có tiêu chí "${code}" (chỉ trả lời tiêu chí con, ví dụ 6.1.1)`,
          en: `Sheet ${rubric.id} has no criterion "${code}" (answer leaf criteria only, e.g. 6.1.1)`,
        }),
      );
  }
}

/** Criteria that were answered (unanswered ones are only possible after a reported disqualifier). */
function answeredCount(trace: readonly OcopTraceEntry[]): number {
  let count = 0;
  for (const entry of trace) if (entry.answer !== null) count++;
  return count;
}
