import type { OcopAnswer, OcopCase, OcopCriterion, OcopOption, OcopRubric } from '@ntm/domain';

/** A criterion that takes an answer (groups flattened), with its part. */
export interface LeafCriterion {
  /** Part A, B or C. */
  readonly part: string;
  /** The criterion. */
  readonly criterion: Exclude<OcopCriterion, { kind: 'group' }>;
}

/**
 * The criteria that take an answer, in the order the paper sheet prints them (groups flattened).
 *
 * @example
 * ```ts
 * leafCriteria(QD26_2026_B04).map((l) => l.criterion.code); // ['1.1', '1.2', …, '12']
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
 * Points as the sheet prints them: `2 điểm`, `0,5 điểm`.
 *
 * @example
 * ```ts
 * pointsText(0.5); // '0,5 điểm'
 * ```
 */
export function pointsText(points: number): string {
  return `${String(points).replace('.', ',')} điểm`;
}

/**
 * An option as the drop-down of the Excel sheet lists it and as messages quote it: its points, then its words.
 *
 * @example
 * ```ts
 * optionLabel({ text: 'Sơ chế thủ công', points: 1 }); // '1 điểm — Sơ chế thủ công'
 * optionLabel({ text: '…', points: 2 }, { id: 'a', title: 'Sản xuất', options: [] }); // 'a) 2 điểm — …'
 * ```
 */
export function optionLabel(option: OcopOption, inCase?: OcopCase): string {
  const text = option.text.replace(/\s+/g, ' ').trim();
  return `${inCase ? `${inCase.id}) ` : ''}${pointsText(option.points)} — ${text}`;
}

/**
 * Every answer a criterion takes, in sheet order, as the Excel drop-down lists them: `Có` / `Không` for a yes/no
 * criterion, one label per option otherwise.
 *
 * @example
 * ```ts
 * answerChoices(criterion); // ['1 điểm — …', '2 điểm — …', '3 điểm — …']
 * ```
 */
export function answerChoices(criterion: LeafCriterion['criterion']): string[] {
  if (criterion.kind === 'yes-no') return ['Có', 'Không'];
  if (criterion.kind === 'choice') return criterion.options.map((o) => optionLabel(o));
  return criterion.cases.flatMap((c) => c.options.map((o) => optionLabel(o, c)));
}

/**
 * An answer as the drop-down of the Excel sheet lists it (one of {@link answerChoices}), or `undefined` when the
 * answer names no option of the criterion. `readAnswer` reads it back to the same answer.
 *
 * @example
 * ```ts
 * answerLabel(criterion, 1); // '2 điểm — …'
 * answerLabel(yesNo, true); // 'Có'
 * ```
 */
export function answerLabel(
  criterion: LeafCriterion['criterion'],
  answer: OcopAnswer,
): string | undefined {
  if (criterion.kind === 'yes-no')
    return typeof answer === 'boolean' ? (answer ? 'Có' : 'Không') : undefined;
  if (criterion.kind === 'choice') {
    const option = typeof answer === 'number' ? criterion.options[answer] : undefined;
    return option ? optionLabel(option) : undefined;
  }
  if (typeof answer !== 'object' || answer === null) return undefined;
  const chosen = criterion.cases.find((c) => c.id === answer.case);
  const option = chosen?.options[answer.option];
  return chosen && option ? optionLabel(option, chosen) : undefined;
}
