import { isDomainError } from '@ntm/domain/core';
import { CliError, locatedIssue, type Where } from '../cli-error.js';

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

/** A path in a file's content, as the libraries give it. */
export type ContentPath = readonly (string | number)[];

/**
 * Runs a validation or computation on the content of a file; a `DomainError` it throws becomes a CLI error with the
 * same issues (codes and plain messages from the error catalogue), each preceded by the place `where` gives for its
 * path (a JSON field, or the sheet, row and column of a form).
 *
 * @example
 * ```ts
 * const supplement = inFile(() => parseNationalSupplement(data), (path) => ({ file, field: jsonPointer(path) }));
 * ```
 */
export function inFile<T>(fn: () => T, where: (path: ContentPath) => Where): T {
  try {
    return fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new CliError(error.issues.map((issue) => locatedIssue(issue, where(issue.path))));
  }
}

/**
 * The place of a path in a JSON file: the file and the field as a JSON pointer. `drop` removes a leading path part
 * that names a function's argument rather than a place in the file (`['config', …]`).
 *
 * @example
 * ```ts
 * jsonPlace('tinh.json', { drop: 'config' })(['config', 'thresholds', 0]); // { file: 'tinh.json', field: '/thresholds/0' }
 * ```
 */
export function jsonPlace(
  file: string,
  options: { readonly drop?: string } = {},
): (path: ContentPath) => Where {
  return (full) => {
    const path = options.drop !== undefined && full[0] === options.drop ? full.slice(1) : full;
    return path.length > 0 ? { file, field: jsonPointer(path) } : { file };
  };
}

/**
 * Runs a validation or computation on the content of a JSON file; each issue of a `DomainError` it throws names the
 * file and the field it is about, as a JSON pointer (see {@link inFile}, {@link jsonPlace}).
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
  return inFile(fn, jsonPlace(file, options));
}
