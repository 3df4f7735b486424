import type { NtmErrorCode } from './catalogue/codes.js';
import type { ErrorSpec, ParamsArgument } from './define-errors.js';
import { type DomainIssue, type IssuePath, issueOf } from './issue.js';

/** Marker that identifies our errors without `instanceof`, which fails when ESM and CJS copies coexist. */
const DOMAIN_ERROR_KIND = 'ntm/domain-error';

/**
 * The error every `@ntm/*` function throws on invalid input. It carries one or more {@link DomainIssue}s;
 * `code` is the first issue's code and `message` its English text.
 *
 * Tell it apart with {@link isDomainError}, never with `instanceof`.
 *
 * @example
 * ```ts
 * try {
 *   parseIsoDate('2022-02-30');
 * } catch (error) {
 *   if (isDomainError(error)) console.log(error.code); // 'date/invalid'
 * }
 * ```
 */
export class DomainError extends Error {
  /** Always `'ntm/domain-error'`; lets {@link isDomainError} recognise errors from any copy of the package. */
  readonly kind = DOMAIN_ERROR_KIND;
  /** The problems found, at least one. */
  readonly issues: readonly DomainIssue[];
  /** The code of the first issue: the one to branch on when only one matters. */
  readonly code: NtmErrorCode | undefined;

  /**
   * @param issues - the problems found, at least one
   * @param options - `cause`: the error this one explains (kept, as `Error.cause`)
   */
  constructor(issues: readonly DomainIssue[], options?: { readonly cause?: unknown }) {
    const first = issues[0];
    super(first ? `${first.code}: ${first.message.en}` : 'Invalid input', options);
    this.name = 'DomainError';
    this.issues = Object.freeze([...issues]);
    this.code = first?.code;
  }
}

/**
 * True when `value` is a {@link DomainError} thrown by any copy of the `@ntm/*` packages.
 *
 * @example
 * ```ts
 * isDomainError(new DomainError([])); // true
 * isDomainError(new Error('x'));      // false
 * ```
 */
export function isDomainError(value: unknown): value is DomainError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === DOMAIN_ERROR_KIND &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}

/**
 * Throws a {@link DomainError} with the single issue of a catalogue entry. A shorthand for engines.
 *
 * @example
 * ```ts
 * fail(DATE_ERRORS['date/invalid'], ['signedOn'], { value: '"2022-02-30"' });
 * ```
 */
export function fail<S extends ErrorSpec<NtmErrorCode>>(
  spec: S,
  path: IssuePath,
  ...params: ParamsArgument<S>
): never {
  throw new DomainError([issueOf(spec, path, ...params)]);
}
