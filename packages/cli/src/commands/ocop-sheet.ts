import type { OcopCriterion, OcopRubric } from '@ntm/domain';

/** A criterion that takes an answer (groups flattened), with its part and section. */
export interface LeafCriterion {
  /** Part A, B or C. */
  readonly part: string;
  /** The criterion. */
  readonly criterion: Exclude<OcopCriterion, { kind: 'group' }>;
}

/**
 * Lists the criteria that take an answer, in sheet order (groups are flattened into their items).
 *
 * @example
 * ```ts
 * leafCriteria(QD26_2026_B04).map((l) => l.criterion.code); // ['1.1', '1.2', …]
 * ```
 */
export function leafCriteria(rubric: OcopRubric): LeafCriterion[] {
  const out: LeafCriterion[] = [];
  const visit = (part: string, item: OcopCriterion): void => {
    if (item.kind === 'group') for (const sub of item.items) visit(part, sub);
    else out.push({ part, criterion: item });
  };
  for (const part of rubric.parts)
    for (const section of part.sections) for (const item of section.items) visit(part.key, item);
  return out;
}

/**
 * The options of a criterion as people read them on paper: `1) text (2đ)`; cases as `a1)`, `b2)`.
 *
 * @example
 * ```ts
 * optionsText(leaf.criterion); // '1) … (1đ)\n2) … (2đ)'
 * ```
 */
export function optionsText(criterion: LeafCriterion['criterion']): string {
  if (criterion.kind === 'yes-no') return `có / không (${criterion.maxPoints}đ)`;
  if (criterion.kind === 'choice')
    return criterion.options.map((o, i) => `${i + 1}) ${o.text} (${o.points}đ)`).join('\n');
  return criterion.cases
    .map((c) =>
      [
        `${c.id}. ${c.title}`,
        ...c.options.map((o, i) => `${c.id}${i + 1}) ${o.text} (${o.points}đ)`),
      ].join('\n'),
    )
    .join('\n');
}
