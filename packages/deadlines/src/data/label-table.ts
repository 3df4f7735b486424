import { type Bilingual, deepFreeze } from '@ntm/domain/core';

/**
 * A deep-frozen table of the words for a set of codes, written as `code: [vi, en]` so that each code reads on one line
 * like the glossary it comes from.
 */
export function labelTable<Code extends string>(
  pairs: Readonly<Record<Code, readonly [vi: string, en: string]>>,
): Readonly<Record<Code, Bilingual>> {
  const words = Object.entries<readonly [string, string]>(pairs).map(([code, [vi, en]]) => [
    code,
    { vi, en },
  ]);
  return deepFreeze(Object.fromEntries(words) as Record<Code, Bilingual>);
}
