/**
 * A short, safe text for any value put in an error message. `String(value)` throws on objects without a usable
 * `toString` (null-prototype objects, `{ toString: 'x' }`), which would turn bad input into a crash.
 *
 * @example
 * ```ts
 * show('B27');                       // 'B27'
 * show(Object.create(null));         // 'object'
 * ```
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}
