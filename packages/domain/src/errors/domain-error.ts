import { type Bilingual, createIssue, type DomainIssue } from './issue.js';

/** Marker that identifies our errors without `instanceof`, which fails when ESM and CJS copies coexist. */
const DOMAIN_ERROR_KIND = 'ntm/domain-error';

/**
 * The error every `@ntm/*` function throws on invalid input. It carries one or more {@link DomainIssue}s;
 * its `message` is the English text of the first issue.
 *
 * Tell it apart with {@link isDomainError}, never with `instanceof`.
 *
 * @example
 * ```ts
 * try {
 *   parseIsoDate('2022-02-30');
 * } catch (error) {
 *   if (isDomainError(error)) console.log(error.issues[0]?.code); // 'date/invalid'
 * }
 * ```
 */
export class DomainError extends Error {
  /** Always `'ntm/domain-error'`; lets {@link isDomainError} recognise errors from any copy of the package. */
  readonly kind = DOMAIN_ERROR_KIND;
  /** The problems found, at least one. */
  readonly issues: readonly DomainIssue[];

  constructor(issues: readonly DomainIssue[]) {
    const first = issues[0];
    super(first ? `${first.code}: ${first.message.en}` : 'Invalid input');
    this.name = 'DomainError';
    this.issues = Object.freeze([...issues]);
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
 * Throws a {@link DomainError} with a single issue. A shorthand for engines.
 *
 * @example
 * ```ts
 * if (stars < 1) fail('ocop/invalid-stars', ['stars'], { vi: 'Số sao phải từ 1 đến 5', en: 'Stars must be 1 to 5' });
 * ```
 */
export function fail(
  code: string,
  path: readonly (string | number)[],
  message: Bilingual,
  params?: Readonly<Record<string, unknown>>,
): never {
  throw new DomainError([createIssue(code, path, message, params)]);
}
