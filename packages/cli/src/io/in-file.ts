import { formatPath, isDomainError } from '@ntm/domain/core';
import { CliError, locatedIssue } from '../cli-error.js';

/**
 * Runs a validation or computation on a file's content; a `DomainError` it throws is re-thrown as a CLI error whose
 * messages name the file and the field (JSON pointer style path), in Vietnamese and English.
 *
 * @example
 * ```ts
 * const directive = inFile('cv.json', () => parseDirective(data));
 * ```
 */
export function inFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new CliError(
      error.issues.map((issue) =>
        locatedIssue(
          issue,
          issue.path.length > 0 ? { file, field: formatPath(issue.path) } : { file },
        ),
      ),
    );
  }
}
