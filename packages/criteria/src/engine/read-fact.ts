import type { NtmIndicator } from '@ntm/domain/core';
import { fail, normalizeVietnamese } from '@ntm/domain/core';
import { show } from './guards.js';

/*
 * Checks one raw value against its indicator and returns the plain number or boolean. Everything the caller can get
 * wrong is an error naming the indicator: a value is never coerced, clamped or dropped.
 */
export function readFact(indicator: NtmIndicator, raw: unknown): number | boolean {
  const type = indicator.type;
  // Fast paths for plain values; comparisons are false for NaN, so NaN falls through to the range error.
  if (typeof raw === 'number') {
    if (type === 'percent' && raw >= 0 && raw <= 100) return raw;
    if (type === 'number' && raw >= 0 && raw <= Number.MAX_SAFE_INTEGER) return raw;
    if (type === 'absence' && Number.isInteger(raw) && raw >= 0) return raw;
  } else if (typeof raw === 'boolean' && (type === 'boolean' || type === 'absence')) {
    return raw;
  }
  return readSlow(indicator, raw);
}

function readSlow(indicator: NtmIndicator, raw: unknown): number | boolean {
  let value = raw;
  if (raw !== null && typeof raw === 'object') {
    if (!Object.hasOwn(raw, 'value')) {
      fail('criteria/invalid-value', ['values', indicator.code], {
        vi: `Chỉ tiêu ${indicator.code}: thiếu trường "value"`,
        en: `Indicator ${indicator.code}: the "value" field is missing`,
      });
    }
    const unit = (raw as { unit?: unknown }).unit;
    // Units are compared as text people typed: NFD ("triệu đồng" from some keyboards) and extra spaces still match.
    if (
      unit !== undefined &&
      !(typeof unit === 'string' && normalizeVietnamese(unit) === indicator.unit)
    ) {
      fail(
        'criteria/wrong-unit',
        ['values', indicator.code, 'unit'],
        {
          vi: `Chỉ tiêu ${indicator.code}: đơn vị ${show(unit)} khác đơn vị "${indicator.unit ?? '(không có)'}"`,
          en: `Indicator ${indicator.code}: unit ${show(unit)} differs from "${indicator.unit ?? '(none)'}"`,
        },
        { expected: indicator.unit, received: show(unit) },
      );
    }
    value = (raw as { value: unknown }).value;
  }
  switch (indicator.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return wrongType(indicator, value, 'true/false');
    case 'absence':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
      return wrongType(indicator, value, 'true/false or a count ≥ 0');
    case 'percent':
      return number(indicator, value, 100);
    case 'number':
      return number(indicator, value, Number.MAX_SAFE_INTEGER);
    default:
      return fail('criteria/invalid-set', ['set'], {
        vi: `Bộ tiêu chí bị hỏng: loại của chỉ tiêu ${show(indicator.code)}`,
        en: `The criteria set is damaged: type of indicator ${show(indicator.code)}`,
      });
  }
}

function number(indicator: NtmIndicator, value: unknown, max: number): number {
  if (typeof value !== 'number') return wrongType(indicator, value, 'a number');
  if (!Number.isFinite(value) || value < 0 || value > max) {
    fail(
      'criteria/out-of-range',
      ['values', indicator.code],
      {
        vi: `Chỉ tiêu ${indicator.code}: giá trị ${show(value)} nằm ngoài khoảng 0–${max === 100 ? '100 (%)' : 'số hữu hạn'}`,
        en: `Indicator ${indicator.code}: value ${show(value)} is outside 0–${max === 100 ? '100 (%)' : 'a finite number'}`,
      },
      { value: show(value), max },
    );
  }
  return value;
}

function wrongType(indicator: NtmIndicator, value: unknown, expected: string): never {
  const received = value === null ? 'null' : typeof value;
  fail(
    'criteria/wrong-type',
    ['values', indicator.code],
    {
      vi: `Chỉ tiêu ${indicator.code} (${indicator.type}) cần ${expected}, nhận ${received}`,
      en: `Indicator ${indicator.code} (${indicator.type}) needs ${expected}, got ${received}`,
    },
    { expected, received },
  );
}
