import { expectString, type IssuePath } from '@ntm/domain/core';

/**
 * A string, empty or not (zod's `z.string()`), else the `input/missing` or `input/wrong-type` that the shared
 * `expectString` raises for a value that is not a string.
 */
export function expectAnyString(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') expectString(value, path);
  return value as string;
}
