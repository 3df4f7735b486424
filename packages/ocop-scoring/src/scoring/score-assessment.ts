import type {
  OcopAnswer,
  OcopAnswers,
  OcopCriterion,
  OcopOption,
  OcopPartKey,
  OcopRubric,
  OcopStarLevel,
} from '@ntm/domain';
import type { Bilingual, DomainIssue } from '@ntm/domain/core';
import { createIssue, DomainError, fail } from '@ntm/domain/core';
import type {
  OcopDisqualifierHit,
  OcopMarkerCheck,
  OcopMarkerPolicy,
  OcopScoreResult,
  OcopStarDecision,
  OcopTraceEntry,
  ScoreAssessmentOptions,
} from './score-result.js';
import { displayScore, starsForTotal } from './stars.js';

type Path = readonly (string | number)[];

interface Scored {
  points: number;
  entry: OcopTraceEntry & { markers: OcopMarkerCheck[] };
}

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
      vi: `Bảng trả lời viết cho phiếu ${String(answers.rubric)}, không phải ${rubric.id}`,
      en: `The answers were written for ${String(answers.rubric)}, not ${rubric.id}`,
    });

  const issues: DomainIssue[] = [];
  const reported = reportedDisqualifiers(rubric, answers.disqualifiers, issues);
  const stopped = reported.length > 0;
  const known: Record<string, Scored> = Object.create(null);
  const trace: OcopTraceEntry[] = [];
  const parts = { A: 0, B: 0, C: 0 };

  for (const part of rubric.parts) {
    for (const section of part.sections) {
      for (const item of section.items) {
        scoreItem(item, part.key, section.code, criteria, stopped, issues, known, trace, parts);
      }
    }
  }
  for (const code of Object.keys(criteria)) {
    if (!(code in known))
      issues.push(
        createIssue('ocop/unknown-criterion', ['criteria', code], {
          vi: `Phiếu ${rubric.id} không có tiêu chí "${code}" (chỉ trả lời tiêu chí con, ví dụ 6.1.1)`,
          en: `Sheet ${rubric.id} has no criterion "${code}" (answer leaf criteria only, e.g. 6.1.1)`,
        }),
      );
  }
  if (issues.length > 0) throw new DomainError(issues);

  const disqualifiedBy = [...reported, ...automaticDisqualifiers(rubric, known, stopped)];
  const total = parts.A + parts.B + parts.C;
  const band = starsForTotal(total, rubric.version).stars;
  const failed = checkMinimums(rubric, known, band);
  const decision = decide(band, failed, policy, disqualifiedBy.length > 0);
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
      vi: `markerPolicy phải là 'cap' hoặc 'reject', nhận được ${String(policy)}`,
      en: `markerPolicy must be 'cap' or 'reject', got ${String(policy)}`,
    });
  return policy;
}

function scoreItem(
  item: OcopCriterion,
  part: OcopPartKey,
  section: string,
  criteria: Readonly<Record<string, OcopAnswer>>,
  stopped: boolean,
  issues: DomainIssue[],
  known: Record<string, Scored>,
  trace: OcopTraceEntry[],
  parts: { A: number; B: number; C: number },
): void {
  if (item.kind === 'group') {
    for (const sub of item.items)
      scoreItem(sub, part, section, criteria, stopped, issues, known, trace, parts);
    return;
  }
  const code = item.code;
  const path: Path = ['criteria', code];
  const has = Object.hasOwn(criteria, code);
  let points = 0;
  let option: number | null = null;
  let caseId: string | null = null;
  let chosen: OcopOption | undefined;
  let reason: Bilingual;
  const answer = has ? (criteria[code] as OcopAnswer) : null;
  if (!has) {
    if (!stopped)
      issues.push(
        createIssue('ocop/missing-answer', path, {
          vi: `Chưa chấm tiêu chí ${code} (${item.title})`,
          en: `No answer for criterion ${code} (${item.title})`,
        }),
      );
    reason = { vi: 'Không đánh giá (đã dừng đánh giá)', en: 'Not evaluated (evaluation stopped)' };
  } else if (item.kind === 'yes-no') {
    if (typeof answer !== 'boolean') {
      issues.push(wrongType(path, code, 'true/false'));
      reason = EMPTY;
    } else {
      points = answer ? item.maxPoints : 0;
      reason = answer
        ? {
            vi: `Đạt → ${points}/${item.maxPoints} điểm`,
            en: `Met → ${points}/${item.maxPoints} points`,
          }
        : {
            vi: `Không đạt → 0/${item.maxPoints} điểm`,
            en: `Not met → 0/${item.maxPoints} points`,
          };
    }
  } else if (item.kind === 'choice') {
    if (typeof answer !== 'number') {
      issues.push(wrongType(path, code, 'số thứ tự phương án / an option index'));
      reason = EMPTY;
    } else {
      chosen = pick(item.options, answer, path, code, issues);
      option = answer;
      points = chosen?.points ?? 0;
      reason = chosenReason(answer, chosen, points, item.maxPoints);
    }
  } else {
    const value = answer as { case?: unknown; option?: unknown } | null;
    const match =
      typeof value === 'object' && value !== null && typeof value.case === 'string'
        ? item.cases.find((c) => c.id === value.case)
        : undefined;
    if (!match || typeof value?.option !== 'number') {
      issues.push(
        createIssue('ocop/invalid-case', path, {
          vi: `Tiêu chí ${code} cần { case: ${item.cases.map((c) => `'${c.id}'`).join(' | ')}, option: số }`,
          en: `Criterion ${code} needs { case: ${item.cases.map((c) => `'${c.id}'`).join(' | ')}, option: number }`,
        }),
      );
      reason = EMPTY;
    } else {
      caseId = match.id;
      option = value.option;
      chosen = pick(match.options, value.option, [...path, 'option'], code, issues);
      points = chosen?.points ?? 0;
      const base = chosenReason(value.option, chosen, points, item.maxPoints);
      reason = { vi: `Trường hợp ${match.id}: ${base.vi}`, en: `Case ${match.id}: ${base.en}` };
    }
  }
  parts[part] += points;
  const entry: Scored['entry'] = {
    criterion: code,
    part,
    section,
    title: item.title,
    answer,
    case: caseId,
    option,
    optionText: chosen?.text ?? null,
    points,
    maxPoints: item.maxPoints,
    markers: [],
    reason,
  };
  known[code] = { points, entry };
  trace.push(entry);
}

const EMPTY: Bilingual = { vi: '', en: '' };

function pick(
  options: readonly OcopOption[],
  index: number,
  path: Path,
  code: string,
  issues: DomainIssue[],
): OcopOption | undefined {
  const option = Number.isInteger(index) ? options[index] : undefined;
  if (!option)
    issues.push(
      createIssue(
        'ocop/invalid-option',
        path,
        {
          vi: `Tiêu chí ${code} có ${options.length} phương án (0 … ${options.length - 1}); không có phương án ${String(index)}`,
          en: `Criterion ${code} has ${options.length} options (0 … ${options.length - 1}); there is no option ${String(index)}`,
        },
        { option: String(index), count: options.length },
      ),
    );
  return option;
}

function chosenReason(
  index: number,
  option: OcopOption | undefined,
  points: number,
  max: number,
): Bilingual {
  if (!option) return EMPTY;
  return {
    vi: `Phương án ${index + 1}: "${option.text}" → ${points}/${max} điểm`,
    en: `Option ${index + 1}: "${option.text}" → ${points}/${max} points`,
  };
}

function wrongType(path: Path, code: string, expected: string): DomainIssue {
  return createIssue('ocop/invalid-answer-type', path, {
    vi: `Tiêu chí ${code} cần câu trả lời kiểu ${expected}`,
    en: `Criterion ${code} needs an answer of type ${expected}`,
  });
}

function reportedDisqualifiers(
  rubric: OcopRubric,
  ids: readonly string[] | undefined,
  issues: DomainIssue[],
): OcopDisqualifierHit[] {
  if (ids === undefined) return [];
  if (!Array.isArray(ids)) {
    issues.push(
      createIssue('ocop/invalid-disqualifiers', ['disqualifiers'], {
        vi: 'disqualifiers phải là danh sách mã',
        en: 'disqualifiers must be a list of ids',
      }),
    );
    return [];
  }
  const hits: OcopDisqualifierHit[] = [];
  for (const [index, id] of ids.entries()) {
    const found = rubric.disqualifiers.find((d) => d.id === id);
    if (!found) {
      issues.push(
        createIssue('ocop/unknown-disqualifier', ['disqualifiers', index], {
          vi: `Phiếu ${rubric.id} không có điều kiện loại "${String(id)}"; có: ${rubric.disqualifiers.map((d) => d.id).join(', ') || '(không có)'}`,
          en: `Sheet ${rubric.id} has no disqualifier "${String(id)}"; it has: ${rubric.disqualifiers.map((d) => d.id).join(', ') || '(none)'}`,
        }),
      );
    } else if (!hits.some((h) => h.id === found.id)) {
      hits.push({ id: found.id, effect: found.effect, text: found.text, detected: 'reported' });
    }
  }
  return hits;
}

function automaticDisqualifiers(
  rubric: OcopRubric,
  known: Record<string, Scored>,
  stopped: boolean,
): OcopDisqualifierHit[] {
  const hits: OcopDisqualifierHit[] = [];
  if (stopped) return hits;
  for (const d of rubric.disqualifiers) {
    if (d.whenZeroIn?.some((code) => known[code]?.points === 0))
      hits.push({ id: d.id, effect: d.effect, text: d.text, detected: 'automatic' });
  }
  return hits;
}

function checkMinimums(
  rubric: OcopRubric,
  known: Record<string, Scored>,
  band: OcopStarLevel,
): (OcopMarkerCheck & { criterion: string })[] {
  const failed: (OcopMarkerCheck & { criterion: string })[] = [];
  for (const m of rubric.minimums) {
    const scored = known[m.criterion];
    const points = scored?.points ?? 0;
    const check: OcopMarkerCheck = {
      stars: m.stars,
      minPoints: m.points,
      points,
      met: points >= m.points,
    };
    scored?.entry.markers.push(check);
    if (!check.met && m.stars <= band) failed.push({ ...check, criterion: m.criterion });
  }
  return failed;
}

function decide(
  band: OcopStarLevel,
  failed: readonly (OcopMarkerCheck & { criterion: string })[],
  policy: OcopMarkerPolicy,
  disqualified: boolean,
): OcopStarDecision {
  if (disqualified)
    return {
      bandStars: band,
      stars: null,
      markerPolicy: policy,
      failedMinimums: failed,
      reason: {
        vi: 'Hồ sơ bị loại / dừng đánh giá: không xếp hạng',
        en: 'Disqualified or evaluation stopped: not rated',
      },
    };
  let stars: OcopStarLevel = band;
  for (const f of failed) if (f.stars <= stars) stars = (f.stars - 1) as OcopStarLevel;
  const list = failed.map((f) => `${f.criterion} ≥ ${f.minPoints} (${f.stars}★)`).join(', ');
  if (stars === band)
    return {
      bandStars: band,
      stars,
      markerPolicy: policy,
      failedMinimums: failed,
      reason: { vi: `Tổng điểm xếp ${band} sao`, en: `The total rates ${band} stars` },
    };
  if (policy === 'reject')
    return {
      bandStars: band,
      stars: null,
      markerPolicy: policy,
      failedMinimums: failed,
      reason: {
        vi: `Tổng điểm xếp ${band} sao nhưng không đạt yêu cầu tối thiểu: ${list} → không đạt (chính sách 'reject')`,
        en: `The total rates ${band} stars but minima are not met: ${list} → rejected (policy 'reject')`,
      },
    };
  return {
    bandStars: band,
    stars,
    markerPolicy: policy,
    failedMinimums: failed,
    reason: {
      vi: `Tổng điểm xếp ${band} sao nhưng không đạt yêu cầu tối thiểu: ${list} → ${stars} sao (chính sách 'cap')`,
      en: `The total rates ${band} stars but minima are not met: ${list} → ${stars} stars (policy 'cap')`,
    },
  };
}
