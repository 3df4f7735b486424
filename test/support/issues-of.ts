// The issues of a call that must fail, for tests that look at several issues or at an issue's params and message;
// `expect(fn).toThrowDomainError(code, path)` (domain-error-matcher.ts) is the one-issue assertion.
import { type DomainIssue, isDomainError } from '@ntm/domain/core';

/**
 * The issues of the DomainError that `run` throws. A call that returns fails the test; any other error is rethrown.
 *
 * @example
 * ```ts
 * issuesOf(() => parseIsoDate('2022-02-30'))[0]?.code; // 'date/invalid'
 * ```
 */
export function issuesOf(run: () => unknown): readonly DomainIssue[] {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a DomainError, but the call returned');
}
