import { describe, expectTypeOf, it } from 'vitest';
import {
  type AdminUnit,
  ancestorsOf,
  findUnit,
  type NtmRegion,
  type ntmRegionOf,
  successorsOf,
  type TransitionKind,
  type UnitBoundary,
  type UnitLevel,
  type UnitTransition,
  unitsOf,
} from '../units.js';

describe('units types', () => {
  it('lookups return frozen-shaped records', () => {
    expectTypeOf(findUnit).returns.toEqualTypeOf<AdminUnit>();
    expectTypeOf(successorsOf).returns.toEqualTypeOf<readonly UnitTransition[]>();
    expectTypeOf(ancestorsOf).returns.toEqualTypeOf<readonly AdminUnit[]>();
    expectTypeOf(unitsOf).parameter(0).toEqualTypeOf<string | null>();
    expectTypeOf<ReturnType<typeof ntmRegionOf>['region']>().toEqualTypeOf<NtmRegion>();
    expectTypeOf<AdminUnit['level']>().toEqualTypeOf<UnitLevel>();
  });

  it('a date is required and records are read-only', () => {
    // @ts-expect-error the options with a date are required
    findUnit('03274');
    // @ts-expect-error the date is required
    findUnit('03274', {});
    const unit = findUnit('03274', { date: '2020-01-01' });
    // @ts-expect-error units are read-only
    unit.code = '00000';
  });
});

describe('history fields', () => {
  it('boundaries and flags are optional, read-only additions', () => {
    const unit = findUnit('03144', { date: '2019-06-01' });
    expectTypeOf(unit.validToBoundary).toEqualTypeOf<UnitBoundary | undefined>();
    expectTypeOf(unit.dateStatus).toEqualTypeOf<'between-lists' | undefined>();
    expectTypeOf(unit.successorsKnown).toEqualTypeOf<false | undefined>();
    expectTypeOf<UnitBoundary['boundaryStatus']>().toEqualTypeOf<'resolution' | 'between-lists'>();
    expectTypeOf<UnitTransition['kind']>().toEqualTypeOf<TransitionKind>();
  });
});
