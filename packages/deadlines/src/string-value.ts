import { expectString, type IssuePath } from '@ntm/domain/core';

/**
 * A string, empty allowed (an empty deadline text is "no deadline found", an empty ICS description is no text),
 * else `input/wrong-type` or `input/missing` as the shared guards raise them. `expectString` refuses blank text.
 */
export function expectStringValue(value: unknown, path: IssuePath): string {
  return typeof value === 'string' ? value : expectString(value, path);
}
