// The error-code examples: each package lists, for every code it raises, one call that raises it. Its tests run
// them (so an example that stops raising its code fails), a repository test checks that every code of the catalogue
// has one, and the docs page "Mã lỗi / Error codes" shows them with the messages they produce.
import type { DomainIssue, IssuePath, NtmErrorCode } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';

/**
 * One call that raises `code`.
 *
 * @example
 * ```ts
 * const example: ErrorExample = { code: 'date/invalid', call: "parseIsoDate('2022-02-30')", run: () => parseIsoDate('2022-02-30') };
 * ```
 */
export interface ErrorExample {
  /** The code the call raises. */
  readonly code: NtmErrorCode;
  /** The call as a reader would type it, shown on the docs page. */
  readonly call: string;
  /** Makes the call; it throws (or rejects) with an error carrying `issues`. */
  readonly run: () => unknown;
  /** Where the issue is, when the example pins it. */
  readonly path?: IssuePath;
}

/** The issues carried by what `run` throws or rejects with (a DomainError or the CLI's error); none if it succeeds. */
export async function issuesRaisedBy(run: () => unknown): Promise<readonly DomainIssue[]> {
  try {
    await run();
    return [];
  } catch (error) {
    const issues = (error as { issues?: unknown } | null)?.issues;
    if (Array.isArray(issues)) return issues as DomainIssue[];
    throw error;
  }
}

/**
 * Registers one test per example: it must raise its code (at its path, when given).
 *
 * @example
 * ```ts
 * testErrorExamples('@ntm/domain', DOMAIN_ERROR_EXAMPLES);
 * ```
 */
export function testErrorExamples(packageName: string, examples: readonly ErrorExample[]): void {
  describe(`every ${packageName} error example raises its code`, () => {
    it.each(examples.map((example) => [example.code, example] as const))(
      '%s',
      async (code, example) => {
        const issues = await issuesRaisedBy(example.run);
        const raised = issues.map((issue) => issue.code).join(', ') || 'nothing';
        const found = issues.filter((issue) => issue.code === code);
        expect(found.length, `${example.call} raised ${raised}`).toBeGreaterThan(0);
        if (example.path !== undefined)
          expect(found.map((issue) => issue.path)).toContainEqual(example.path);
      },
    );
  });
}
