import type {
  DomainIssue,
  IssuePath,
  OcopCriterion,
  OcopOption,
  OcopRubric,
} from '@ntm/domain/core';
import { issueOf, OCOP_SCORING_ERRORS, toResult } from '@ntm/domain/core';
import { expectRubric } from './expect-rubric.js';
import { getOcopVersion } from './get-version.js';

/**
 * Checks that a sheet is sound before it is used for scoring: first its shape (the rules of `OcopRubricSchema` of
 * `@ntm/domain`, with the same codes), then that it adds up: each part's maximum is its version's (A/B/C), sections
 * and criteria sum to their caps, each cap is the best option, criterion codes are unique, every per-star minimum
 * points at an existing option with those points, and disqualifiers name existing criteria. Returns the problems
 * found (empty when the sheet is sound); a province's own sheet should pass this before it scores anything.
 *
 * @remarks Kiểm tra phiếu chấm: tổng điểm từng phần, từng mục, từng tiêu chí; dấu sao trỏ đúng phương án.
 * @example
 * ```ts
 * import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
 * checkRubric(QD26_2026_B04); // []
 * checkRubric({ ...QD26_2026_B04, minimums: [{ stars: 4, criterion: '9.9', option: 0, points: 1 }] });
 * // [{ code: 'ocop/rubric-minimum', path: ['minimums', 0], … }]
 * ```
 */
export function checkRubric(rubric: OcopRubric): DomainIssue[] {
  return rubricIssues(rubric, []);
}

/** The problems of a sheet, with paths under `path`: its first shape problem, else every sum that does not add up. */
export function rubricIssues(value: unknown, path: IssuePath): DomainIssue[] {
  const shape = toResult(() => expectRubric(value, path));
  if (!shape.success) return [...shape.issues];
  const rubric = shape.data;
  const issues: DomainIssue[] = [];
  const version = getOcopVersion(rubric.version);
  const leaves = new Map<string, OcopCriterion>();
  const keys = rubric.parts.map((p) => p.key).join('');
  if (keys !== 'ABC')
    issues.push(issueOf(OCOP_SCORING_ERRORS['ocop/rubric-parts'], [...path, 'parts'], { keys }));
  for (const [pi, part] of rubric.parts.entries()) {
    const at = [...path, 'parts', pi];
    const max = version.partMax[part.key];
    if (part.maxPoints !== max)
      issues.push(
        issueOf(OCOP_SCORING_ERRORS['ocop/rubric-part-max'], [...at, 'maxPoints'], {
          part: part.key,
          max,
          basis: version.basis.number,
          points: part.maxPoints,
        }),
      );
    let sum = 0;
    for (const [si, section] of part.sections.entries()) {
      const sectionPath = [...at, 'sections', si];
      let items = 0;
      for (const [ii, item] of section.items.entries()) {
        items += item.maxPoints;
        checkCriterion(item, [...sectionPath, 'items', ii], leaves, issues);
      }
      checkCap(issues, 'section', section.code, sectionPath, section.maxPoints, items);
      sum += section.maxPoints;
    }
    checkCap(issues, 'part', part.key, at, part.maxPoints, sum);
  }
  for (const [mi, m] of rubric.minimums.entries()) {
    const c = leaves.get(m.criterion);
    const options: readonly OcopOption[] =
      c?.kind === 'choice'
        ? c.options
        : c?.kind === 'cases'
          ? (c.cases.find((k) => k.id === m.case)?.options ?? [])
          : [];
    if (options[m.option]?.points !== m.points)
      issues.push(
        issueOf(OCOP_SCORING_ERRORS['ocop/rubric-minimum'], [...path, 'minimums', mi], {
          criterion: m.criterion,
          points: m.points,
        }),
      );
  }
  const ids = new Set<string>();
  for (const [di, d] of rubric.disqualifiers.entries()) {
    const at = [...path, 'disqualifiers', di];
    if (ids.has(d.id))
      issues.push(
        issueOf(OCOP_SCORING_ERRORS['ocop/rubric-duplicate-disqualifier'], [...at, 'id'], {
          id: d.id,
        }),
      );
    ids.add(d.id);
    for (const code of [
      ...(d.criterion === undefined ? [] : [d.criterion]),
      ...(d.whenZeroIn ?? []),
    ])
      if (!leaves.has(code))
        issues.push(
          issueOf(OCOP_SCORING_ERRORS['ocop/rubric-disqualifier'], at, {
            id: d.id,
            criterion: code,
          }),
        );
  }
  return issues;
}

function checkCriterion(
  c: OcopCriterion,
  path: IssuePath,
  leaves: Map<string, OcopCriterion>,
  issues: DomainIssue[],
): void {
  let best: number;
  if (c.kind === 'group') {
    best = 0;
    for (const [i, sub] of c.items.entries()) {
      best += sub.maxPoints;
      checkCriterion(sub, [...path, 'items', i], leaves, issues);
    }
  } else {
    if (leaves.has(c.code))
      issues.push(
        issueOf(OCOP_SCORING_ERRORS['ocop/rubric-duplicate'], [...path, 'code'], {
          criterion: c.code,
        }),
      );
    leaves.set(c.code, c);
    const points =
      c.kind === 'choice'
        ? c.options.map((o) => o.points)
        : c.kind === 'cases'
          ? c.cases.flatMap((k) => k.options.map((o) => o.points))
          : [c.maxPoints];
    best = Math.max(...points);
  }
  checkCap(issues, 'criterion', c.code, path, c.maxPoints, best);
}

/**
 * Checks a cap (`maxPoints` at `path`) against what its contents reach: a part's or a section's items add up to it,
 * a criterion's best option is worth it.
 */
function checkCap(
  issues: DomainIssue[],
  of: 'part' | 'section' | 'criterion',
  code: string,
  path: IssuePath,
  max: number,
  reached: number,
): void {
  if (reached === max) return;
  const at = [...path, 'maxPoints'];
  issues.push(
    of === 'criterion'
      ? issueOf(OCOP_SCORING_ERRORS['ocop/rubric-criterion-max'], at, {
          criterion: code,
          max,
          best: reached,
        })
      : of === 'part'
        ? issueOf(OCOP_SCORING_ERRORS['ocop/rubric-part-sum'], at, {
            part: code,
            max,
            sum: reached,
          })
        : issueOf(OCOP_SCORING_ERRORS['ocop/rubric-section-sum'], at, {
            section: code,
            max,
            sum: reached,
          }),
  );
}
