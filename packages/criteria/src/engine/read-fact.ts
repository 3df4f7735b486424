import type { NtmIndicator } from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  expectBoolean,
  expectInteger,
  expectNumber,
  expectString,
  fail,
  INPUT_ERRORS,
  isRecord,
  normalizeVietnamese,
  received,
} from '@ntm/domain/core';
import { isJudged } from '../internal/threshold-cell.js';
import { badSet } from './check-set.js';

/*
 * Checks one raw value against its indicator and returns the plain number or boolean. Everything the caller can get
 * wrong is an error whose path names the indicator: a value is never coerced, clamped or dropped.
 */
export function readFact(indicator: NtmIndicator, raw: unknown): number | boolean {
  const type = indicator.type;
  // Fast paths for plain values; comparisons are false for NaN, so NaN falls through to the range error.
  if (typeof raw === 'number') {
    if (type === 'percent' && raw >= 0 && raw <= 100) return raw;
    if (type === 'number' && raw >= 0 && raw <= Number.MAX_SAFE_INTEGER) return raw;
    if (type === 'absence' && Number.isInteger(raw) && raw >= 0) return raw;
  } else if (typeof raw === 'boolean' && isJudged(type)) {
    return raw;
  }
  return readSlow(indicator, raw);
}

const NO_UNIT = { vi: '(không có)', en: '(none)' };
const COUNT = { vi: 'true/false hoặc một số đếm ≥ 0', en: 'true/false or a count ≥ 0' };

function readSlow(indicator: NtmIndicator, raw: unknown): number | boolean {
  const path = ['values', indicator.code];
  let value = raw;
  if (isRecord(raw)) {
    if (!Object.hasOwn(raw, 'value') || raw.value === undefined)
      fail(INPUT_ERRORS['input/missing'], [...path, 'value'], { field: 'value' });
    // Units are compared as text people typed: NFD ("triệu đồng" from some keyboards) and extra spaces still match.
    if (raw.unit !== undefined) {
      const unit = expectString(raw.unit, [...path, 'unit']);
      if (normalizeVietnamese(unit) !== indicator.unit)
        fail(CRITERIA_ERRORS['criteria/wrong-unit'], [...path, 'unit'], {
          indicator: indicator.code,
          received: received(unit),
          expected: indicator.unit ?? NO_UNIT,
        });
    }
    value = raw.value;
  }
  switch (indicator.type) {
    case 'boolean':
      return expectBoolean(value, path);
    case 'absence':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number') return expectInteger(value, path, { min: 0 });
      return fail(INPUT_ERRORS['input/wrong-type'], path, {
        expected: COUNT,
        received: received(value),
      });
    case 'percent':
      return expectNumber(value, path, { min: 0, max: 100 });
    case 'number':
      return expectNumber(value, path, { min: 0, max: Number.MAX_SAFE_INTEGER });
    default:
      return badSet(['set'], `${indicator.code}: type`);
  }
}
