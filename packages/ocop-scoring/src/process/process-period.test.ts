import { describe, expect, it } from 'vitest';
import { processPeriodFor } from './process-period.js';

describe('processPeriodFor', () => {
  it('refuses a day before the first national rules at the path given', () => {
    expect(() => processPeriodFor('2015-01-01', ['decidedOn'])).toThrowDomainError(
      'ocop/before-ocop',
      ['decidedOn'],
    );
  });

  // Found by fuzzing: a day before OCOP with a path that is not a list threw "path is not iterable".
  it('refuses a path that is not a list of keys', () => {
    expect(() => processPeriodFor('2015-01-01', Number.NaN as never)).toThrowDomainError(
      'input/wrong-type',
      ['path'],
    );
  });
});
