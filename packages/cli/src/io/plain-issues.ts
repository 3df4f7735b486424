import { isDomainError } from '@ntm/domain/core';
import { CliError, locatedIssue } from '../cli-error.js';

/**
 * Writes an input path as a JSON pointer (RFC 6901), the way editors and JSON Schema tools name a place in a file.
 *
 * @example
 * ```ts
 * jsonPointer(['thresholds', 0, 'value']); // '/thresholds/0/value'
 * ```
 */
export function jsonPointer(path: readonly (string | number)[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/**
 * Runs a validation or computation on the content of a JSON file; a `DomainError` it throws becomes a CLI error with
 * the same issues (codes and plain messages from the error catalogue), each preceded by the file and the field it is
 * about, as a JSON pointer. `drop` removes a leading path part that names the function's argument rather than a
 * place in the file (`['config', …]`).
 *
 * @example
 * ```ts
 * const directive = inJsonFile('cv.json', () => parseDirective(data));
 * ```
 */
export function inJsonFile<T>(
  file: string,
  fn: () => T,
  options: { readonly drop?: string } = {},
): T {
  try {
    return fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new CliError(
      error.issues.map((issue) => {
        const path =
          options.drop !== undefined && issue.path[0] === options.drop
            ? issue.path.slice(1)
            : issue.path;
        return locatedIssue(issue, path.length > 0 ? { file, field: jsonPointer(path) } : { file });
      }),
    );
  }
}
