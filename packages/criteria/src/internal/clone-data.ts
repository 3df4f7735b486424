import type { IssuePath } from '@ntm/domain/core';
import { badSet } from '../engine/check-set.js';

/**
 * A deep copy of a set derived from reference data: the shipped data is frozen and may be shared, and the caller's
 * objects must never be kept or frozen, so a derived set gets its own copy of everything it holds. Only JSON data
 * belongs in a set: anything else (a bigint, a cycle) is a damaged set (at `path`), not a crash.
 */
export function cloneData<T>(value: T, path: IssuePath): T {
  try {
    return JSON.parse(JSON.stringify(value)) as T;
  } catch (error) {
    return badSet(
      path,
      {
        vi: 'chứa một giá trị không phải dữ liệu JSON (bigint, vòng lặp)',
        en: 'holds a value that is not JSON data (bigint, cycle)',
      },
      error,
    );
  }
}
