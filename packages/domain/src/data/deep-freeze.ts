/**
 * Freezes an object and everything reachable from it, so reference data cannot be changed by a caller.
 * Returns the same object, typed as deeply read-only.
 *
 * @example
 * ```ts
 * const table = deepFreeze({ bands: [{ min: 50, stars: 3 }] });
 * Object.isFrozen(table.bands[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<string | symbol, unknown>)[key]);
    }
  }
  return value;
}
