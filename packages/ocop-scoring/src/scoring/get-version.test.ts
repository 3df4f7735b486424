import { describe, expect, it } from 'vitest';
import { getOcopVersion } from './get-version.js';

describe('getOcopVersion', () => {
  it('returns the version with that id, and refuses another id at the path given', () => {
    expect(getOcopVersion('QD26_2026').partMax.A).toBe(40);
    expect(() => getOcopVersion('QD999', ['rubric', 'version'])).toThrowDomainError(
      'input/not-allowed',
      ['rubric', 'version'],
    );
  });

  // Found by fuzzing: an unknown id with a path that is not a list threw "path is not iterable".
  it('refuses a path that is not a list of keys', () => {
    expect(() => getOcopVersion('QD999', Number.NaN as never)).toThrowDomainError(
      'input/wrong-type',
      ['path'],
    );
  });
});
