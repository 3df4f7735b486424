// Every path into a JSON-like value, and that value with one field spoilt, for tests that feed a checker (and the
// zod schema it mirrors) valid data changed in one place.
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

/** One way to spoil the value at a path. */
export type Spoil =
  /** Replace it (at the empty path, the whole value). */
  | { readonly how: 'set'; readonly value: unknown }
  /** Change it if it is a string; anything else stays. */
  | { readonly how: 'rewrite'; readonly text: (value: string) => string }
  /** Remove it; from an array, the element is spliced out unless `hole` leaves `[a, , c]`. */
  | { readonly how: 'delete'; readonly hole?: boolean }
  /** Give it one more own key if it is a plain object (`__proto__` as JSON.parse makes it); anything else stays. */
  | { readonly how: 'add'; readonly key: string; readonly value: unknown };

/**
 * A copy of `value` with what is at `path` spoilt by `change`; `value` itself is untouched.
 *
 * @example
 * ```ts
 * spoilAt({ a: [1, 2] }, ['a', 0], { how: 'delete' }); // { a: [2] }
 * ```
 */
export function spoilAt(value: unknown, path: IssuePath, change: Spoil): unknown {
  // The copy sits in a box so that the value itself (the empty path) can be replaced too.
  const box: Record<string | number, unknown> = { value: structuredClone(value) };
  let holder = box;
  let key: string | number = 'value';
  for (const next of path) {
    holder = holder[key] as Record<string | number, unknown>;
    key = next;
  }
  const current = holder[key];
  if (change.how === 'set') holder[key] = change.value;
  else if (change.how === 'rewrite') {
    if (typeof current === 'string') holder[key] = change.text(current);
  } else if (change.how === 'delete') {
    if (Array.isArray(holder) && !change.hole) holder.splice(Number(key), 1);
    else delete holder[key];
  } else if (current !== null && typeof current === 'object' && !Array.isArray(current))
    Object.defineProperty(current, change.key, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return box.value;
}
