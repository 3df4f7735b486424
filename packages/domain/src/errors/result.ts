import { DomainError, isDomainError } from './domain-error.js';
import type { DomainIssue } from './issue.js';

/**
 * The outcome of a `safeParseX` or `safeX` call: the data, or the issues that prevented it.
 *
 * @example
 * ```ts
 * const result: Result<number> = { success: true, data: 1 };
 * if (!result.success) console.log(result.issues);
 * ```
 */
export type Result<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly DomainIssue[] };

/**
 * Runs `fn` and turns a thrown {@link DomainError} into a failed {@link Result}. Other errors are bugs and
 * are re-thrown.
 *
 * @example
 * ```ts
 * const result = toResult(() => parseIsoDate('2022-02-30'));
 * result.success; // false
 * ```
 */
export function toResult<T>(fn: () => T): Result<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (isDomainError(error)) return { success: false, issues: error.issues };
    throw error;
  }
}

/**
 * Returns the data of a successful {@link Result} or throws a {@link DomainError} with its issues.
 *
 * @example
 * ```ts
 * unwrap({ success: true, data: 3 }); // 3
 * ```
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.success) return result.data;
  throw new DomainError(result.issues);
}
