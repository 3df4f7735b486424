import { fail } from '@ntm/domain/core';
import type { NtmCommuneEvaluation } from './evaluation.js';
import {
  expectArray,
  expectInteger,
  expectRecord,
  expectString,
  optional,
  show,
} from './guards.js';

type Path = readonly (string | number)[];

const OUTCOMES: readonly unknown[] = ['met', 'not-met', 'cannot-evaluate'];

/** Checks the fields of an evaluation that `summarize` and `roadmap` read (it may come from a file or be edited). */
export function checkEvaluation(value: unknown, path: Path): NtmCommuneEvaluation {
  const e = expectRecord(value, path);
  expectInteger(e.year, [...path, 'year'], 1900, 2100);
  for (const field of [
    'criteriaMet',
    'criteriaTotal',
    'criteriaNotMet',
    'criteriaCannotEvaluate',
  ] as const) {
    expectInteger(e[field], [...path, field], 0, 1000);
  }
  if (!OUTCOMES.includes(e.outcome) || typeof e.illustrative !== 'boolean') {
    fail('criteria/invalid-input', [...path, 'outcome'], {
      vi: `Kết quả đánh giá không hợp lệ: ${show(e.outcome)}`,
      en: `Invalid evaluation outcome: ${show(e.outcome)}`,
    });
  }
  optional(e.commune, (v) => {
    const c = expectRecord(v, [...path, 'commune']);
    expectString(c.id, [...path, 'commune', 'id']);
    expectString(c.name, [...path, 'commune', 'name']);
    optional(c.district, (d) => expectString(d, [...path, 'commune', 'district']));
    optional(c.province, (d) => expectString(d, [...path, 'commune', 'province']));
    optional(c.targetYear, (y) => expectInteger(y, [...path, 'commune', 'targetYear'], 1900, 2100));
  });
  expectArray(e.criteria, [...path, 'criteria']).forEach((item, i) => {
    const c = expectRecord(item, [...path, 'criteria', i]);
    expectString(c.code, [...path, 'criteria', i, 'code']);
    expectString(c.status, [...path, 'criteria', i, 'status']);
    expectRecord(c.name, [...path, 'criteria', i, 'name']);
  });
  expectArray(e.gaps, [...path, 'gaps']).forEach((item, i) => {
    expectString(expectRecord(item, [...path, 'gaps', i]).criterion, [
      ...path,
      'gaps',
      i,
      'criterion',
    ]);
  });
  optional(e.provincial, (v) => {
    const p = expectRecord(v, [...path, 'provincial']);
    expectString(expectRecord(p.level, [...path, 'provincial', 'level']).id, [
      ...path,
      'provincial',
      'level',
      'id',
    ]);
    expectArray(p.order, [...path, 'provincial', 'order']).forEach((id, i) => {
      expectString(id, [...path, 'provincial', 'order', i]);
    });
  });
  return e as unknown as NtmCommuneEvaluation;
}
