import { expectTypeOf, test } from 'vitest';
import {
  addDays,
  type IsoDate,
  type PartialDate,
  parseIsoDate,
  parseVietnameseDate,
  type Result,
  toResult,
} from './core.js';

test('dates are branded strings', () => {
  expectTypeOf(parseIsoDate('2022-07-26')).toEqualTypeOf<IsoDate>();
  expectTypeOf(addDays('2022-07-26', 1)).toEqualTypeOf<IsoDate>();
  expectTypeOf<IsoDate>().toExtend<string>();
  expectTypeOf<string>().not.toExtend<IsoDate>();
});

test('results and partial dates are discriminated unions', () => {
  expectTypeOf(toResult(() => 1)).toEqualTypeOf<Result<number>>();
  expectTypeOf(parseVietnameseDate('năm 2022')).toEqualTypeOf<PartialDate>();
  expectTypeOf<Extract<PartialDate, { precision: 'day' }>['date']>().toEqualTypeOf<IsoDate>();
});
