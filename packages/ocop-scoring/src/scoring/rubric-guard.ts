import type { Bilingual, OcopDisqualifier, OcopRubric } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';

/*
 * Rubrics may come from outside the SDK (a province's own sheet, a JSON file), so the engine checks every value it
 * adds up or copies into a result as it reads it, and refuses a sheet that fails with `ocop/invalid-rubric`.
 */

/** Throws `ocop/invalid-rubric` at `rubric.<path>` with "Phiếu chấm …" / "The rubric …". */
export function badRubric(path: readonly (string | number)[], vi: string, en: string): never {
  return fail('ocop/invalid-rubric', ['rubric', ...path], {
    vi: `Phiếu chấm ${vi}`,
    en: `The rubric ${en}`,
  });
}

/** A point value the engine can add: a finite number from 0 to 100. */
export function isPoints(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 100;
}

/** A disqualifier the engine can report. */
export function isDisqualifier(d: OcopDisqualifier): boolean {
  return (
    typeof d.id === 'string' &&
    typeof d.text === 'string' &&
    (d.effect === 'excluded' || d.effect === 'not-evaluated') &&
    (d.whenZeroIn === undefined || Array.isArray(d.whenZeroIn))
  );
}

/** The result names the sheet's legal basis, so it must be plain text (and a vi/en title). */
export function checkBasis(rubric: OcopRubric): void {
  const basis: unknown = rubric.basis;
  if (typeof basis !== 'object' || basis === null || typeof rubric.version !== 'string')
    badRubric(['basis'], 'thiếu căn cứ pháp lý', 'has no legal basis');
  for (const key of Object.keys(basis)) {
    const value: unknown = (basis as Record<string, unknown>)[key];
    const ok =
      typeof value === 'string' ||
      (key === 'title' &&
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Bilingual).vi === 'string' &&
        typeof (value as Bilingual).en === 'string');
    if (!ok)
      badRubric(['basis', key], 'có căn cứ pháp lý không hợp lệ', 'has an invalid legal basis');
  }
}
