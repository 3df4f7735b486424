import type { DomainIssue } from '@ntm/domain/core';
import { CliError, isCliError } from '../cli-error.js';

/**
 * Collects the problems of a file so that one run reports them all: each check runs in `try`, and a CLI error it
 * throws is kept instead of stopping the reading.
 *
 * @example
 * ```ts
 * const problems = new Problems();
 * const year = problems.try(() => cellNumber(cell, where));
 * problems.throwIfAny();
 * ```
 */
export class Problems {
  /** The problems found so far. */
  readonly issues: DomainIssue[] = [];

  /** Runs a check; a CLI error it throws is kept and `undefined` returned. */
  try<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      if (!isCliError(error)) throw error;
      this.issues.push(...error.issues);
      return undefined;
    }
  }

  /** Throws every problem found, in one CLI error. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new CliError(this.issues);
  }
}
