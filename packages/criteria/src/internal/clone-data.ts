import type { IssuePath } from '@ntm/domain/core';
import { badSet } from '../engine/check-set.js';

/**
 * A deep copy of JSON data, so a derived set never shares (or freezes) the caller's objects. Anything else in a set
 * (a bigint, a cycle) is a damaged set, reported as such rather than a crash.
 */
export function cloneData<T>(value: T, path: IssuePath): T {
  try {
    return JSON.parse(JSON.stringify(value)) as T;
  } catch {
    return badSet(path, 'holds a value that is not JSON data (bigint, cycle)');
  }
}
