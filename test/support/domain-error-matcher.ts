// One assertion for "this call fails with our error": `expect(() => f()).toThrowDomainError('date/invalid', ['from'])`.
// Registered for every vitest project in vitest.config.ts, so no test keeps its own copy.
import { formatIssues, type IssuePath, isDomainError, type NtmErrorCode } from '@ntm/domain/core';
import { expect } from 'vitest';

const UNFILLED = /\{[A-Za-z][A-Za-z0-9]*\}/u;

interface DomainErrorMatchers<R = unknown> {
  /**
   * The function throws a DomainError with an issue of `code` (at `path`, when given), and every issue has a
   * message in both languages with all its parameters filled.
   */
  toThrowDomainError(code: NtmErrorCode, path?: IssuePath): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must match vitest's own declaration of Assertion
  interface Assertion<T = any> extends DomainErrorMatchers<T> {}
  interface AsymmetricMatchersContaining extends DomainErrorMatchers {}
}

expect.extend({
  toThrowDomainError(received: unknown, code: NtmErrorCode, path?: IssuePath) {
    if (typeof received !== 'function')
      return { pass: false, message: () => 'toThrowDomainError expects a function to call' };
    let thrown: unknown;
    let threw = false;
    try {
      received();
    } catch (error) {
      thrown = error;
      threw = true;
    }
    if (!threw)
      return { pass: false, message: () => `expected a DomainError ${code}, nothing was thrown` };
    if (!isDomainError(thrown))
      return {
        pass: false,
        message: () => `expected a DomainError ${code}, got ${String(thrown)}`,
      };
    const badMessage = thrown.issues.find(
      (issue) =>
        issue.message.vi.trim() === '' ||
        issue.message.en.trim() === '' ||
        UNFILLED.test(issue.message.vi) ||
        UNFILLED.test(issue.message.en),
    );
    if (badMessage)
      return {
        pass: false,
        message: () =>
          `issue ${badMessage.code} has an empty or unfilled message: ${JSON.stringify(badMessage.message)}`,
      };
    const matching = thrown.issues.some(
      (issue) => issue.code === code && (path === undefined || this.equals(issue.path, path)),
    );
    const where = path === undefined ? '' : ` at ${JSON.stringify(path)}`;
    return {
      pass: matching,
      message: () =>
        `expected ${this.isNot ? 'no ' : ''}issue ${code}${where}; the issues were:\n${formatIssues(
          thrown.issues,
          { locale: 'en' },
        )}\npaths: ${JSON.stringify(thrown.issues.map((issue) => issue.path))}`,
    };
  },
});
