import type { DomainIssue, OcopCriterion, OcopOption, OcopRubric } from '@ntm/domain/core';
import { createIssue } from '@ntm/domain/core';
import { show } from './show.js';
import { OCOP_VERSIONS } from './versions.js';

type Path = readonly (string | number)[];

/**
 * Checks that a sheet adds up before it is used for scoring: each part's maximum is its version's (A/B/C), sections
 * and criteria sum to their caps, each cap is the best option, criterion codes are unique, every per-star minimum points
 * at an existing option with those points, and disqualifiers name existing criteria. Returns the problems found
 * (empty when the sheet is sound); a province's own sheet should pass this before it scores anything.
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
  const issues: DomainIssue[] = [];
  const problem = (code: string, path: Path, vi: string, en: string): void => {
    issues.push(createIssue(`ocop/rubric-${code}`, path, { vi, en }));
  };
  const version = OCOP_VERSIONS.find((v) => v.id === rubric.version);
  if (!version) {
    problem(
      'version',
      ['version'],
      `Phiên bản "${show(rubric.version)}" không có`,
      `Unknown version "${show(rubric.version)}"`,
    );
    return issues;
  }
  const leaves = new Map<string, OcopCriterion>();
  const keys = rubric.parts.map((p) => p.key).join('');
  if (keys !== 'ABC')
    problem(
      'parts',
      ['parts'],
      `Cần đúng ba phần A, B, C (có: ${keys})`,
      `Needs parts A, B, C in order (has: ${keys})`,
    );
  for (const [pi, part] of rubric.parts.entries()) {
    const max = version.partMax[part.key];
    if (part.maxPoints !== max)
      problem(
        'part-max',
        ['parts', pi, 'maxPoints'],
        `Phần ${part.key} tối đa ${max} điểm theo ${version.basis.number}, phiếu ghi ${part.maxPoints}`,
        `Part ${part.key} is worth ${max} under ${version.basis.number}; the sheet says ${part.maxPoints}`,
      );
    let sum = 0;
    for (const [si, section] of part.sections.entries()) {
      const path: Path = ['parts', pi, 'sections', si];
      let items = 0;
      for (const [ii, item] of section.items.entries()) {
        items += item.maxPoints;
        checkCriterion(item, [...path, 'items', ii], leaves, problem);
      }
      if (items !== section.maxPoints)
        problem(
          'section-sum',
          [...path, 'maxPoints'],
          `Mục ${section.code}: tối đa ${section.maxPoints} nhưng các tiêu chí cộng lại ${items}`,
          `Section ${section.code}: cap ${section.maxPoints} but its criteria add up to ${items}`,
        );
      sum += section.maxPoints;
    }
    if (sum !== part.maxPoints)
      problem(
        'part-sum',
        ['parts', pi, 'maxPoints'],
        `Phần ${part.key}: tối đa ${part.maxPoints} nhưng các mục cộng lại ${sum}`,
        `Part ${part.key}: cap ${part.maxPoints} but its sections add up to ${sum}`,
      );
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
      problem(
        'minimum',
        ['minimums', mi],
        `Yêu cầu tối thiểu ${m.criterion} ≥ ${m.points} không trỏ tới phương án có ${m.points} điểm`,
        `Minimum ${m.criterion} ≥ ${m.points} does not point at an option worth ${m.points}`,
      );
  }
  const ids = new Set<string>();
  for (const [di, d] of rubric.disqualifiers.entries()) {
    if (ids.has(d.id))
      problem(
        'disqualifier',
        ['disqualifiers', di, 'id'],
        `Mã điều kiện loại "${d.id}" bị lặp`,
        `Disqualifier id "${d.id}" is repeated`,
      );
    ids.add(d.id);
    for (const code of [
      ...(d.criterion === undefined ? [] : [d.criterion]),
      ...(d.whenZeroIn ?? []),
    ])
      if (!leaves.has(code))
        problem(
          'disqualifier',
          ['disqualifiers', di],
          `Điều kiện loại "${d.id}" nhắc tới tiêu chí ${code} không có trên phiếu`,
          `Disqualifier "${d.id}" names criterion ${code}, which is not on the sheet`,
        );
  }
  return issues;
}

function checkCriterion(
  c: OcopCriterion,
  path: Path,
  leaves: Map<string, OcopCriterion>,
  problem: (code: string, path: Path, vi: string, en: string) => void,
): void {
  let best: number;
  if (c.kind === 'group') {
    best = 0;
    for (const [i, sub] of c.items.entries()) {
      best += sub.maxPoints;
      checkCriterion(sub, [...path, 'items', i], leaves, problem);
    }
  } else {
    if (leaves.has(c.code))
      problem(
        'duplicate',
        [...path, 'code'],
        `Mã tiêu chí ${c.code} bị lặp`,
        `Criterion code ${c.code} is repeated`,
      );
    leaves.set(c.code, c);
    const points =
      c.kind === 'choice'
        ? c.options.map((o) => o.points)
        : c.kind === 'cases'
          ? c.cases.flatMap((k) => k.options.map((o) => o.points))
          : [c.maxPoints];
    if (points.some((p) => !Number.isFinite(p) || p < 0))
      problem(
        'points',
        path,
        `Tiêu chí ${c.code} có điểm không hợp lệ`,
        `Criterion ${c.code} has an invalid point value`,
      );
    best = points.length > 0 ? Math.max(...points) : 0;
  }
  if (best !== c.maxPoints)
    problem(
      'criterion-max',
      [...path, 'maxPoints'],
      `Tiêu chí ${c.code}: tối đa ${c.maxPoints} nhưng phương án cao nhất ${best}`,
      `Criterion ${c.code}: cap ${c.maxPoints} but the best option is worth ${best}`,
    );
}
