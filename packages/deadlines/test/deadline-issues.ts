// What the directive tests expect of the issues raised by the first task's deadline: where they point (the task's
// deadline text, not the path a helper raised them at) and that they are frozen like every issue.
import type { DomainIssue } from '@ntm/domain/core';
import { expect } from 'vitest';

/** The path of the first task's deadline text in a directive. */
const FIRST_DEADLINE_TEXT = ['tasks', 0, 'deadline', 'text'];

/** Matches an issue with `code` at the first task's deadline text. */
export const issueAtFirstDeadline = (code: string) =>
  expect.objectContaining({ code, path: FIRST_DEADLINE_TEXT });

/** One issue, at the first task's deadline text, frozen down to its path. */
export function expectFrozenAtFirstDeadline(issues: readonly DomainIssue[] | undefined): void {
  expect(issues?.map((i) => i.path)).toEqual([FIRST_DEADLINE_TEXT]);
  expect(Object.isFrozen(issues)).toBe(true);
  for (const issue of issues ?? []) {
    expect(Object.isFrozen(issue)).toBe(true);
    expect(Object.isFrozen(issue.path)).toBe(true);
  }
}
