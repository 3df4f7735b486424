import type { Bilingual, DomainIssue, OcopDisqualifier, OcopRubric } from '@ntm/domain/core';
import { DomainError } from '@ntm/domain/core';
import { OCOP_VERSION_IDS } from '../data/versions.js';
import { rubricIssues } from './check-rubric.js';

/*
 * Rubrics may come from outside the SDK (a province's own sheet, a JSON file). The walk over a sheet checks only the
 * values it adds up or copies into a result, as it reads them, and stops at the first it cannot use; only then is the
 * whole sheet checked (`rubricIssues`), off the hot path, to say exactly what is wrong with it.
 */

/** Thrown by the walk at a sheet value it cannot use; {@link sheetError} replaces it with the sheet's problems. */
class MalformedRubric extends Error {
  constructor() {
    super(
      'The OCOP scoring walk met a sheet value it cannot use, yet checkRubric finds nothing wrong with the sheet: a bug in @ntm/ocop-scoring',
    );
    this.name = 'MalformedRubric';
  }
}

/** Stops the walk over a sheet at a value it cannot use. */
export function malformed(): never {
  throw new MalformedRubric();
}

/**
 * What scoring throws when it stopped on something other than a problem with the answers: the sheet's problems
 * (`input/*` for its shape, `ocop/rubric-*` for sums) under `rubric`, keeping the error the walk met as `cause`; or,
 * when the sheet is sound, that error itself, which is then a bug and must not pass for bad input.
 */
export function sheetError(rubric: unknown, error: unknown): unknown {
  let issues: readonly DomainIssue[];
  try {
    issues = rubricIssues(rubric, ['rubric']);
  } catch {
    // The sheet cannot even be read (a getter that throws): what the walk met says more.
    return error;
  }
  if (issues.length === 0) return error;
  return new DomainError(issues, error instanceof MalformedRubric ? undefined : { cause: error });
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

/** The result names the sheet's version and legal basis, so the version must be known and the basis plain text. */
export function checkBasis(rubric: OcopRubric): void {
  const basis: unknown = rubric.basis;
  if (typeof basis !== 'object' || basis === null || !OCOP_VERSION_IDS.includes(rubric.version))
    malformed();
  for (const key of Object.keys(basis)) {
    const value: unknown = (basis as Record<string, unknown>)[key];
    const ok =
      typeof value === 'string' ||
      (key === 'title' &&
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Bilingual).vi === 'string' &&
        typeof (value as Bilingual).en === 'string');
    if (!ok) malformed();
  }
}
