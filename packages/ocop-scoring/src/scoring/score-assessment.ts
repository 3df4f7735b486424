import type {
  OcopAnswer,
  OcopAnswers,
  OcopCriterion,
  OcopDisqualifier,
  OcopOption,
  OcopPartKey,
  OcopRubric,
  OcopStarLevel,
} from '@ntm/domain';
import type { Bilingual, DomainIssue } from '@ntm/domain/core';
import { createIssue, DomainError, fail, isDomainError } from '@ntm/domain/core';
import type {
  OcopDisqualifierHit,
  OcopMarkerCheck,
  OcopMarkerPolicy,
  OcopScoreResult,
  OcopStarDecision,
  OcopTraceEntry,
  ScoreAssessmentOptions,
} from './score-result.js';
import { show } from './show.js';
import { bandOf, displayScore } from './stars.js';

/** A trace entry while scoring: its markers are filled in after all criteria are scored. */
type Scored = OcopTraceEntry & { markers: readonly OcopMarkerCheck[] };

// Shared by every entry without markers (most of them), so scoring allocates no empty arrays.
const NO_MARKERS: readonly OcopMarkerCheck[] = Object.freeze([]);

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
  const trace: Scored[] = [];
  const parts = { A: 0, B: 0, C: 0 };

  checkBasis(rubric);
  for (const part of rubric.parts) {
    if (part.key !== 'A' && part.key !== 'B' && part.key !== 'C')
      badRubric(['parts'], 'có phần không phải A/B/C', 'has a part other than A/B/C');
    for (const section of part.sections) {
      if (typeof section.code !== 'string')
        badRubric(['parts'], 'có mục thiếu mã', 'has a section without a code');
      for (const item of section.items) {
        scoreItem(item, part.key, section.code, criteria, stopped, issues, trace, parts);
      }
    }
  }
  // Each answered criterion used one own key, so equal counts mean no unknown key: scan only when they differ.
  const keys = Object.keys(criteria);
  if (keys.length !== (stopped ? answered(trace) : trace.length)) {
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
  const failed = checkMinimums(rubric, trace, band);
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
      vi: `markerPolicy phải là 'cap' hoặc 'reject', nhận được ${show(policy)}`,
      en: `markerPolicy must be 'cap' or 'reject', got ${show(policy)}`,
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
  trace: Scored[],
  parts: { A: number; B: number; C: number },
): void {
  if (item.kind === 'group') {
    for (const sub of item.items)
      scoreItem(sub, part, section, criteria, stopped, issues, trace, parts);
    return;
  }
  const code = item.code;
  if (typeof code !== 'string' || typeof item.title !== 'string' || !isPoints(item.maxPoints))
    badRubric(
      ['parts'],
      `có tiêu chí ${show(code)} không hợp lệ`,
      `has an invalid criterion ${show(code)}`,
    );
  // One lookup: an absent code and an explicit `undefined` both count as unanswered. Codes are digits and dots, so
  // nothing inherited from Object.prototype can answer for them.
  const raw = criteria[code];
  const has = raw !== undefined;
  let points = 0;
  let option: number | null = null;
  let caseId: string | null = null;
  let chosen: OcopOption | undefined;
  let reason: Bilingual;
  const answer = has ? raw : null;
  if (!has) {
    if (!stopped)
      issues.push(
        createIssue('ocop/missing-answer', ['criteria', code], {
          vi: `Chưa chấm tiêu chí ${code} (${item.title})`,
          en: `No answer for criterion ${code} (${item.title})`,
        }),
      );
    reason = { vi: 'Không đánh giá (đã dừng đánh giá)', en: 'Not evaluated (evaluation stopped)' };
  } else if (item.kind === 'yes-no') {
    if (typeof answer !== 'boolean') {
      issues.push(wrongType(code, 'true/false'));
      reason = EMPTY;
    } else {
      points = answer ? item.maxPoints : 0;
      reason = (answer ? MET[item.maxPoints] : NOT_MET[item.maxPoints]) ?? {
        vi: `${answer ? 'Đạt' : 'Không đạt'} → ${points}/${item.maxPoints} điểm`,
        en: `${answer ? 'Met' : 'Not met'} → ${points}/${item.maxPoints} points`,
      };
    }
  } else if (item.kind === 'choice') {
    if (typeof answer !== 'number') {
      issues.push(wrongType(code, 'số thứ tự phương án / an option index'));
      reason = EMPTY;
    } else {
      chosen = pick(item.options, answer, false, code, issues);
      option = answer;
      points = chosen?.points ?? 0;
      reason = chosenReason(chosen, points, item.maxPoints);
    }
  } else {
    const value = answer as { case?: unknown; option?: unknown } | null;
    const match =
      typeof value === 'object' && value !== null && typeof value.case === 'string'
        ? item.cases.find((c) => c.id === value.case)
        : undefined;
    if (!match || typeof value?.option !== 'number') {
      issues.push(
        createIssue('ocop/invalid-case', ['criteria', code], {
          vi: `Tiêu chí ${code} cần { case: ${item.cases.map((c) => `'${c.id}'`).join(' | ')}, option: số }`,
          en: `Criterion ${code} needs { case: ${item.cases.map((c) => `'${c.id}'`).join(' | ')}, option: number }`,
        }),
      );
      reason = EMPTY;
    } else {
      caseId = match.id;
      option = value.option;
      chosen = pick(match.options, value.option, true, code, issues);
      points = chosen?.points ?? 0;
      const base = chosenReason(chosen, points, item.maxPoints);
      reason = { vi: `Trường hợp ${match.id}: ${base.vi}`, en: `Case ${match.id}: ${base.en}` };
    }
  }
  if (chosen && (!isPoints(chosen.points) || typeof chosen.text !== 'string'))
    badRubric(
      ['parts'],
      `có phương án không hợp lệ ở tiêu chí ${code}`,
      `has an invalid option in criterion ${code}`,
    );
  parts[part] += points;
  const entry: Scored = {
    criterion: code,
    part,
    section,
    title: item.title,
    // A case answer is copied with its two fields only, so nothing else from the input reaches the result.
    answer: caseId === null ? answer : { case: caseId, option: option ?? 0 },
    case: caseId,
    option,
    optionText: chosen?.text ?? null,
    points,
    maxPoints: item.maxPoints,
    markers: NO_MARKERS,
    reason,
  };
  trace.push(entry);
}

const EMPTY: Bilingual = { vi: '', en: '' };

/** A point value the engine can add: a finite number from 0 to 100. */
function isPoints(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 100;
}

function isDisqualifier(d: OcopDisqualifier): boolean {
  return (
    typeof d.id === 'string' &&
    typeof d.text === 'string' &&
    (d.effect === 'excluded' || d.effect === 'not-evaluated') &&
    (d.whenZeroIn === undefined || Array.isArray(d.whenZeroIn))
  );
}

/** The result names the sheet's legal basis, so it must be plain text (and a vi/en title). */
function checkBasis(rubric: OcopRubric): void {
  const basis: unknown = rubric.basis;
  if (typeof basis !== 'object' || basis === null || typeof rubric.version !== 'string')
    badRubric(['basis'], 'thiếu căn cứ pháp lý', 'has no legal basis');
  for (const key of Object.keys(basis)) {
    const value: unknown = (basis as Record<string, unknown>)[key];
    const ok =
      typeof value === 'string' ||
      (key === 'title' &&
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Bilingual).vi === 'string' &&
        typeof (value as Bilingual).en === 'string');
    if (!ok)
      badRubric(['basis', key], 'có căn cứ pháp lý không hợp lệ', 'has an invalid legal basis');
  }
}

function badRubric(path: readonly (string | number)[], vi: string, en: string): never {
  return fail('ocop/invalid-rubric', ['rubric', ...path], {
    vi: `Phiếu chấm ${vi}`,
    en: `The rubric ${en}`,
  });
}

function pick(
  options: readonly OcopOption[],
  index: number,
  inCase: boolean,
  code: string,
  issues: DomainIssue[],
): OcopOption | undefined {
  const option = Number.isInteger(index) ? options[index] : undefined;
  if (!option)
    issues.push(
      createIssue(
        'ocop/invalid-option',
        inCase ? ['criteria', code, 'option'] : ['criteria', code],
        {
          vi: `Tiêu chí ${code} có ${options.length} phương án (0 … ${options.length - 1}); không có phương án ${show(index)}`,
          en: `Criterion ${code} has ${options.length} options (0 … ${options.length - 1}); there is no option ${show(index)}`,
        },
        { option: show(index), count: options.length },
      ),
    );
  return option;
}

function chosenReason(option: OcopOption | undefined, points: number, max: number): Bilingual {
  if (!option) return EMPTY;
  return (
    (max <= TABLE_MAX && points >= 0 && Number.isInteger(points)
      ? CHOSEN[max]?.[points]
      : undefined) ?? chosen(points, max)
  );
}

function chosen(points: number, max: number): Bilingual {
  return Object.freeze({
    vi: `Phương án đã chọn → ${points}/${max} điểm`,
    en: `Chosen option → ${points}/${max} points`,
  });
}

/*
 * Reasons for "n of max points", precomputed once as an immutable table: a reason is given for every criterion of
 * every product, and building the strings each time was most of the engine's cost. Larger caps (none in the national
 * sheets, whose largest criterion cap is 24) fall back to building the text.
 */
const TABLE_MAX = 30;
const CHOSEN: readonly (readonly Bilingual[])[] = Object.freeze(
  Array.from({ length: TABLE_MAX + 1 }, (_, max) =>
    Object.freeze(Array.from({ length: max + 1 }, (_, points) => chosen(points, max))),
  ),
);
const MET: readonly Bilingual[] = Object.freeze(
  Array.from({ length: TABLE_MAX + 1 }, (_, max) =>
    Object.freeze({ vi: `Đạt → ${max}/${max} điểm`, en: `Met → ${max}/${max} points` }),
  ),
);
const NOT_MET: readonly Bilingual[] = Object.freeze(
  Array.from({ length: TABLE_MAX + 1 }, (_, max) =>
    Object.freeze({ vi: `Không đạt → 0/${max} điểm`, en: `Not met → 0/${max} points` }),
  ),
);

/** Criteria that were answered (unanswered ones are only possible after a reported disqualifier). */
function answered(trace: readonly Scored[]): number {
  let count = 0;
  for (const entry of trace) if (entry.answer !== null) count++;
  return count;
}

function wrongType(code: string, expected: string): DomainIssue {
  return createIssue('ocop/invalid-answer-type', ['criteria', code], {
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
          vi: `Phiếu ${rubric.id} không có điều kiện loại "${show(id)}"; có: ${rubric.disqualifiers.map((d) => d.id).join(', ') || '(không có)'}`,
          en: `Sheet ${rubric.id} has no disqualifier "${show(id)}"; it has: ${rubric.disqualifiers.map((d) => d.id).join(', ') || '(none)'}`,
        }),
      );
    } else if (!isDisqualifier(found)) {
      badRubric(['disqualifiers'], 'có điều kiện loại không hợp lệ', 'has an invalid disqualifier');
    } else if (!hits.some((h) => h.id === found.id)) {
      hits.push({ id: found.id, effect: found.effect, text: found.text, detected: 'reported' });
    }
  }
  return hits;
}

function automaticDisqualifiers(
  rubric: OcopRubric,
  trace: readonly Scored[],
  stopped: boolean,
): OcopDisqualifierHit[] {
  const hits: OcopDisqualifierHit[] = [];
  if (stopped) return hits;
  for (const d of rubric.disqualifiers) {
    if (d.whenZeroIn !== undefined && !isDisqualifier(d))
      badRubric(['disqualifiers'], 'có điều kiện loại không hợp lệ', 'has an invalid disqualifier');
    if (d.whenZeroIn?.some((code) => trace.find((t) => t.criterion === code)?.points === 0))
      hits.push({ id: d.id, effect: d.effect, text: d.text, detected: 'automatic' });
  }
  return hits;
}

function checkMinimums(
  rubric: OcopRubric,
  trace: Scored[],
  band: OcopStarLevel,
): (OcopMarkerCheck & { criterion: string })[] {
  const failed: (OcopMarkerCheck & { criterion: string })[] = [];
  // Minima are listed in sheet order, so one forward walk over the trace finds them; a sheet listing them in
  // another order falls back to a search from the start.
  let at = 0;
  for (const m of rubric.minimums) {
    if (
      (m.stars !== 3 && m.stars !== 4 && m.stars !== 5) ||
      !isPoints(m.points) ||
      typeof m.criterion !== 'string'
    )
      badRubric(
        ['minimums'],
        'có yêu cầu tối thiểu không hợp lệ',
        'has an invalid per-star minimum',
      );
    if (trace[at]?.criterion !== m.criterion) {
      let next = at;
      while (next < trace.length && trace[next]?.criterion !== m.criterion) next++;
      at = next < trace.length ? next : trace.findIndex((t) => t.criterion === m.criterion);
    }
    const scored = at >= 0 ? trace[at] : undefined;
    if (at < 0) at = 0;
    const points = scored?.points ?? 0;
    const check: OcopMarkerCheck = {
      stars: m.stars,
      minPoints: m.points,
      points,
      met: points >= m.points,
    };
    // The first check replaces the shared empty list with a fresh array of this entry's own, later ones append.
    if (scored) {
      if (scored.markers === NO_MARKERS) scored.markers = [check];
      else (scored.markers as OcopMarkerCheck[]).push(check);
    }
    if (!check.met && m.stars <= band) failed.push({ ...check, criterion: m.criterion });
  }
  return failed;
}

const BAND_REASONS: readonly Bilingual[] = Object.freeze(
  [1, 2, 3, 4, 5].map((n) =>
    Object.freeze({ vi: `Tổng điểm xếp ${n} sao`, en: `The total rates ${n} stars` }),
  ),
);

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
  if (stars === band)
    return {
      bandStars: band,
      stars,
      markerPolicy: policy,
      failedMinimums: failed,
      reason: BAND_REASONS[band - 1] ?? EMPTY,
    };
  const list = failed.map((f) => `${f.criterion} ≥ ${f.minPoints} (${f.stars}★)`).join(', ');
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
