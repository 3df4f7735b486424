// Test helper for the process tests: asserts a DomainError with a code and a message in both languages.
import { isDomainError } from '@ntm/domain/core';
import { expect } from 'vitest';

/** Runs `fn`, expects a DomainError with `code`, and checks it explains itself in both languages. */
export function expectDomainError(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isDomainError(caught), `expected a DomainError ${code}`).toBe(true);
  if (!isDomainError(caught)) return;
  const issue = caught.issues[0];
  expect(issue?.code).toBe(code);
  expect(issue?.message.vi.length).toBeGreaterThan(0);
  expect(issue?.message.en.length).toBeGreaterThan(0);
}
