// Every path into a JSON-like value, for tests that spoil one field at a time.
import type { IssuePath } from '@ntm/domain/core';

/**
 * The paths of `value` and of everything inside it, the empty path first, then depth first in key order (array
 * indexes as numbers).
 *
 * @example
 * ```ts
 * pathsOf({ a: [1] }); // [[], ['a'], ['a', 0]]
 * ```
 */
export function pathsOf(
  value: unknown,
  prefix: IssuePath = [],
  out: IssuePath[] = [],
): IssuePath[] {
  out.push(prefix);
  if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      pathsOf(
        (value as Record<string, unknown>)[key],
        [...prefix, Array.isArray(value) ? Number(key) : key],
        out,
      );
  return out;
}
