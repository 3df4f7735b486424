// Test helpers: answer sheets built from a rubric's structure (best, worst, or chosen per criterion).
import type { OcopAnswer, OcopCriterion, OcopOption, OcopRubric } from '@ntm/domain';

/** Leaf criteria of a rubric, in sheet order, with their part. */
export function leaves(
  rubric: OcopRubric,
): { part: 'A' | 'B' | 'C'; criterion: Exclude<OcopCriterion, { kind: 'group' }> }[] {
  const out: { part: 'A' | 'B' | 'C'; criterion: Exclude<OcopCriterion, { kind: 'group' }> }[] = [];
  const walk = (part: 'A' | 'B' | 'C', c: OcopCriterion): void => {
    if (c.kind === 'group') for (const s of c.items) walk(part, s);
    else out.push({ part, criterion: c });
  };
  for (const p of rubric.parts) for (const s of p.sections) for (const c of s.items) walk(p.key, c);
  return out;
}

const extreme = (options: readonly OcopOption[], best: boolean): number =>
  options.reduce((at, o, i) => {
    const current = options[at]?.points ?? 0;
    return best ? (o.points > current ? i : at) : o.points < current ? i : at;
  }, 0);

/** The answer that earns the most (best) or fewest (worst) points on each criterion. */
export function extremeAnswers(rubric: OcopRubric, best: boolean): Record<string, OcopAnswer> {
  const answers: Record<string, OcopAnswer> = {};
  for (const { criterion: c } of leaves(rubric)) {
    if (c.kind === 'yes-no') answers[c.code] = best;
    else if (c.kind === 'choice') answers[c.code] = extreme(c.options, best);
    else {
      let chosen = { case: c.cases[0]?.id ?? 'a', option: 0, points: best ? -1 : 101 };
      for (const k of c.cases) {
        const i = extreme(k.options, best);
        const p = k.options[i]?.points ?? 0;
        if (best ? p > chosen.points : p < chosen.points)
          chosen = { case: k.id, option: i, points: p };
      }
      answers[c.code] = { case: chosen.case, option: chosen.option };
    }
  }
  return answers;
}
