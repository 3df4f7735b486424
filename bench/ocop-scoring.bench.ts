// Scoring OCOP products on sheet B04 (honey): our engine vs a hand-written sum of the same points vs
// json-rules-engine encoding the same sheet (one rule per option); one hand-worked product, then a round of 100
// products with varied answers (so minima fail and stars are capped as in a real round). Run:
//   npx vitest bench --run --config bench/vitest.config.ts bench/ocop-scoring.bench.ts
import type { OcopAnswer, OcopCriterion } from '@ntm/domain';
import { scoreAssessment } from '@ntm/ocop-scoring';
import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
import { Engine } from 'json-rules-engine';
import { bench, describe } from 'vitest';

const rubric = QD26_2026_B04;

// The realistic product worked by hand in the package's tests (66 points, 3★).
const criteria: Record<string, OcopAnswer> = {
  '1.1': 2,
  '1.2': 1,
  '1.3': 1,
  '1.4': 1,
  '1.5': 2,
  '1.6': 0,
  '1.7': 0,
  '2.1': 2,
  '2.2': 2,
  '2.3': 1,
  '2.4': false,
  '3.1': 2,
  '3.2': 1,
  '3.3': 2,
  '3.4': 1,
  '3.5': 1,
  '4.1': 2,
  '4.2': 1,
  '4.3': 3,
  '5.1': 3,
  '5.2': 1,
  '5.3': 2,
  '6.1': 2,
  '6.2': 2,
  '6.3': 2,
  '6.4': 3,
  '7': 2,
  '8': 2,
  '9': 1,
  '10': 0,
  '11': 1,
  '12': 0,
};

// Hand-written: the sheet flattened once into point tables, then one loop summing the chosen points per part.
const leaves: {
  code: string;
  kind: 'choice' | 'yes-no';
  part: 'A' | 'B' | 'C';
  points: readonly number[];
  max: number;
}[] = [];
for (const part of rubric.parts)
  for (const section of part.sections)
    for (const item of section.items) {
      const c = item as OcopCriterion;
      if (c.kind === 'choice')
        leaves.push({
          code: c.code,
          kind: c.kind,
          part: part.key,
          points: c.options.map((o) => o.points),
          max: c.maxPoints,
        });
      if (c.kind === 'yes-no')
        leaves.push({
          code: c.code,
          kind: c.kind,
          part: part.key,
          points: [0, c.maxPoints],
          max: c.maxPoints,
        });
    }

function handWritten(answers: Record<string, OcopAnswer>): {
  A: number;
  B: number;
  C: number;
  total: number;
} {
  const parts = { A: 0, B: 0, C: 0 };
  for (const leaf of leaves) {
    const a = answers[leaf.code];
    const index = typeof a === 'boolean' ? (a ? 1 : 0) : (a as number);
    const p = leaf.points[index];
    if (p === undefined) throw new Error(`bad answer for ${leaf.code}`);
    parts[leaf.part] += p;
  }
  return { ...parts, total: parts.A + parts.B + parts.C };
}

// json-rules-engine: one rule per (criterion, option); each fired rule's event carries the points.
const engine = new Engine([], { allowUndefinedFacts: true });
for (const leaf of leaves)
  for (const [index, points] of leaf.points.entries())
    engine.addRule({
      conditions: {
        all: [{ fact: 'answers', path: `$['${leaf.code}']`, operator: 'equal', value: index }],
      },
      event: { type: 'points', params: { criterion: leaf.code, part: leaf.part, points } },
    });
const factsOf = (answers: Record<string, OcopAnswer>) => ({
  answers: Object.fromEntries(
    Object.entries(answers).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]),
  ),
});

async function withRulesEngine(facts: ReturnType<typeof factsOf>): Promise<number> {
  const { events } = await engine.run(facts);
  let total = 0;
  for (const e of events) total += Number(e.params?.points ?? 0);
  return total;
}

// A round of 100 products with pseudo-random answers (fixed seed): every option equally likely.
let seed = 100;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const round = Array.from({ length: 100 }, () => ({
  criteria: Object.fromEntries(
    leaves.map((leaf) => [
      leaf.code,
      leaf.kind === 'yes-no' ? random() < 0.5 : Math.floor(random() * leaf.points.length),
    ]),
  ) as Record<string, OcopAnswer>,
}));
const roundFacts = round.map((p) => factsOf(p.criteria));

// Same answers from all three, checked once before timing.
const jreFacts = factsOf(criteria);
const expected = scoreAssessment(rubric, { criteria }).total;
if (handWritten(criteria).total !== expected) throw new Error('hand-written sum disagrees');
if ((await withRulesEngine(jreFacts)) !== expected) throw new Error('json-rules-engine disagrees');
for (const [i, product] of round.entries()) {
  const total = scoreAssessment(rubric, product).total;
  if (handWritten(product.criteria).total !== total) throw new Error('hand-written sum disagrees');
  if ((await withRulesEngine(roundFacts[i] as ReturnType<typeof factsOf>)) !== total)
    throw new Error('json-rules-engine disagrees');
}

// Every result goes into the sink, so no side's work can be optimised away.
let sink = 0;

describe('score one B04 product (32 criteria)', () => {
  bench('@ntm/ocop-scoring scoreAssessment (validation, minima, trace)', () => {
    sink += scoreAssessment(rubric, { criteria }).total;
  });
  bench('hand-written sum of the same points', () => {
    sink += handWritten(criteria).total;
  });
  bench('json-rules-engine (one rule per option)', async () => {
    sink += await withRulesEngine(jreFacts);
  });
});

describe('score a round of 100 B04 products (varied answers)', () => {
  bench('@ntm/ocop-scoring scoreAssessment (validation, minima, trace)', () => {
    for (const product of round) sink += scoreAssessment(rubric, product).total;
  });
  bench('hand-written sum of the same points', () => {
    for (const product of round) sink += handWritten(product.criteria).total;
  });
  bench('json-rules-engine (one rule per option)', async () => {
    for (const facts of roundFacts) sink += await withRulesEngine(facts);
  });
});

// biome-ignore lint/suspicious/noExportsInTest: exporting the sink keeps the measured work observable, so it is not optimised away.
export { sink };
