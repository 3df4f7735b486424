import type { OcopAnswer } from '@ntm/domain';
import { parseIsoDate } from '@ntm/domain/core';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../io/ocop-answers.js';
import { assessmentFromJson, assessmentFromSheets } from '../io/ocop-assessment-format.js';
import { answerLabel, leafCriteria } from '../io/ocop-sheet.js';
import type { TableRow } from '../io/table.js';
import { assessmentFormJson, assessmentFormSheets } from './ocop-assessment-form.js';

type Leaf = ReturnType<typeof leafCriteria>[number]['criterion'];

/** Every answer a criterion takes, in the engine's own form. */
function everyAnswer(c: Leaf): OcopAnswer[] {
  if (c.kind === 'yes-no') return [true, false];
  if (c.kind === 'choice') return c.options.map((_, i) => i);
  return c.cases.flatMap((k) => k.options.map((_, option) => ({ case: k.id, option })));
}

/** The last answer of every criterion of a sheet (varied enough: the last option differs from the first). */
function lastAnswers(code: string): Record<string, OcopAnswer> {
  const rubric = QD26_RUBRICS[code];
  if (!rubric) throw new Error(code);
  return Object.fromEntries(
    leafCriteria(rubric).map(({ criterion }) => [criterion.code, everyAnswer(criterion).at(-1)]),
  ) as Record<string, OcopAnswer>;
}

function labels(code: string, answers: Record<string, OcopAnswer>): Record<string, string> {
  const rubric = QD26_RUBRICS[code];
  if (!rubric) throw new Error(code);
  const out: Record<string, string> = {};
  for (const { criterion } of leafCriteria(rubric)) {
    const answer = answers[criterion.code];
    const label = answer === undefined ? undefined : answerLabel(criterion, answer);
    if (label !== undefined) out[criterion.code] = label;
  }
  return out;
}

describe('the assessment form, filled in', () => {
  it('reads every answer label of every sheet back to the same answer', () => {
    let count = 0;
    for (const rubric of Object.values(QD26_RUBRICS))
      for (const { criterion } of leafCriteria(rubric))
        for (const answer of everyAnswer(criterion)) {
          const label = answerLabel(criterion, answer);
          expect(label, `${rubric.id} ${criterion.code}`).toBeDefined();
          const where = { file: 'x.json', field: `/criteria/${criterion.code}` };
          expect(readAnswer(criterion, label, where, 'sheet')).toEqual(answer);
          count += 1;
        }
    expect(count).toBeGreaterThan(26 * 20);
  });

  it('names no option for an answer the criterion does not have', () => {
    const rubric = QD26_RUBRICS.B04;
    if (!rubric) throw new Error('B04');
    const [first] = leafCriteria(rubric);
    if (!first) throw new Error('no criterion');
    expect(answerLabel(first.criterion, 99)).toBeUndefined();
    expect(answerLabel(first.criterion, { case: 'z', option: 0 })).toBeUndefined();
  });

  it.each(Object.keys(QD26_RUBRICS))('round-trips the JSON form of %s', (code) => {
    const rubric = QD26_RUBRICS[code];
    if (!rubric) throw new Error(code);
    const answers = lastAnswers(code);
    const filled = {
      product: { name: 'Sản phẩm minh hoạ', producer: 'HTX minh hoạ' },
      submittedOn: parseIsoDate('2026-06-10'),
      kind: 'upgrade' as const,
      answers: labels(code, answers),
      disqualifiers: rubric.disqualifiers.slice(0, 1).map((d) => d.id),
    };
    const read = assessmentFromJson('x.json', JSON.parse(assessmentFormJson(code, rubric, filled)));
    expect(read.assessment.criteria).toEqual(answers);
    expect(read.assessment.submittedOn).toBe('2026-06-10');
    expect(read.assessment.kind).toBe('upgrade');
    expect(read.assessment.disqualifiers).toEqual(filled.disqualifiers);
    expect(read.assessment.product.name).toBe('Sản phẩm minh hoạ');
  });

  it('round-trips the Excel form of B04 (its sheets as rows)', () => {
    const rubric = QD26_RUBRICS.B04;
    if (!rubric) throw new Error('B04');
    const answers = lastAnswers('B04');
    const sheets = assessmentFormSheets(rubric, 'B04', 'phieu.xlsx', {
      product: { name: 'Mật ong minh hoạ' },
      submittedOn: parseIsoDate('2026-06-10'),
      answers: labels('B04', answers),
    }).map((s) => ({
      name: s.name,
      rows: [s.columns.map((c) => c.header), ...s.rows].map(
        (cells, i): TableRow => ({ row: i + 1, cells: cells.map((c) => c ?? null) }),
      ),
    }));
    const read = assessmentFromSheets('phieu.xlsx', sheets);
    expect(read.assessment.criteria).toEqual(answers);
    expect(read.assessment.submittedOn).toBe('2026-06-10');
    expect(read.assessment.kind).toBe('first');
  });

  it('writes an empty form with null answers, as `ntm init assessment` always has', () => {
    const rubric = QD26_RUBRICS.B04;
    if (!rubric) throw new Error('B04');
    const text = assessmentFormJson('B04', rubric);
    const form = JSON.parse(text) as { criteria: Record<string, unknown> };
    expect(Object.values(form.criteria).every((v) => v === null)).toBe(true);
    // Sheet order in the text (JSON.parse itself would put "7" before "1.1").
    expect(text.indexOf('"1.1"')).toBeLessThan(text.indexOf('"7"'));
  });
});
