import type { IssuePath, NtmCommuneRef } from '@ntm/domain/core';
import {
  expectArray,
  expectBoolean,
  expectInteger,
  expectOneOf,
  expectRecord,
  expectString,
  optional,
  optionalField,
  strictObject,
} from '@ntm/domain/core';
import { code, nfcText, year } from '../internal/shape.js';
import type { NtmCommuneEvaluation } from './evaluation.js';

const OUTCOMES = ['met', 'not-met', 'cannot-evaluate'] as const;

/**
 * The shape of a commune reference, as `CommuneFactsSchema` checks `commune`: an evaluation copies it into its
 * result, so nothing else may ride along.
 */
const communeRef = strictObject({
  id: code,
  name: nfcText,
  district: optionalField(nfcText),
  province: optionalField(nfcText),
  targetYear: optionalField(year),
});

/** Checks a commune reference: who an evaluation is about. */
export function checkCommuneRef(value: unknown, path: IssuePath): NtmCommuneRef {
  communeRef(value, path);
  return value as NtmCommuneRef;
}

/** Checks the fields of an evaluation that `summarize` and `roadmap` read (it may come from a file or be edited). */
export function checkEvaluation(value: unknown, path: IssuePath): NtmCommuneEvaluation {
  const e = expectRecord(value, path);
  year(e.year, [...path, 'year']);
  for (const field of [
    'criteriaMet',
    'criteriaTotal',
    'criteriaNotMet',
    'criteriaCannotEvaluate',
  ] as const) {
    expectInteger(e[field], [...path, field], { min: 0, max: 1000 });
  }
  expectOneOf(e.outcome, OUTCOMES, [...path, 'outcome']);
  expectBoolean(e.illustrative, [...path, 'illustrative']);
  optional(e.commune, (v) => checkCommuneRef(v, [...path, 'commune']));
  expectArray(e.criteria, [...path, 'criteria']).forEach((item, i) => {
    const c = expectRecord(item, [...path, 'criteria', i]);
    expectString(c.code, [...path, 'criteria', i, 'code']);
    expectString(c.status, [...path, 'criteria', i, 'status']);
    expectRecord(c.name, [...path, 'criteria', i, 'name']);
    expectArray(c.indicators, [...path, 'criteria', i, 'indicators']).forEach((result, k) => {
      const at = [...path, 'criteria', i, 'indicators', k];
      const r = expectRecord(result, at);
      expectString(r.code, [...at, 'code']);
      expectString(r.status, [...at, 'status']);
    });
  });
  expectArray(e.missingThresholds, [...path, 'missingThresholds']).forEach((item, i) => {
    const at = [...path, 'missingThresholds', i];
    const m = expectRecord(item, at);
    expectString(m.indicator, [...at, 'indicator']);
    expectString(m.cell, [...at, 'cell']);
  });
  expectArray(e.gaps, [...path, 'gaps']).forEach((item, i) => {
    const gap = expectRecord(item, [...path, 'gaps', i]);
    expectString(gap.criterion, [...path, 'gaps', i, 'criterion']);
  });
  optional(e.provincial, (v) => {
    const p = expectRecord(v, [...path, 'provincial']);
    const level = expectRecord(p.level, [...path, 'provincial', 'level']);
    expectString(level.id, [...path, 'provincial', 'level', 'id']);
    expectArray(p.order, [...path, 'provincial', 'order']).forEach((id, i) => {
      expectString(id, [...path, 'provincial', 'order', i]);
    });
  });
  return e as unknown as NtmCommuneEvaluation;
}
