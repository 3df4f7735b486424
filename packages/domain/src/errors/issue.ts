/**
 * A message in both languages the SDK speaks. Vietnamese is the default for people; English for logs and
 * developers elsewhere.
 *
 * @example
 * ```ts
 * const message: Bilingual = { vi: 'Ngày không hợp lệ', en: 'Invalid date' };
 * ```
 */
export interface Bilingual {
  /** Vietnamese text (NFC). */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/**
 * One problem found in an input: the single error shape of every `@ntm/*` package.
 *
 * @example
 * ```ts
 * const issue: DomainIssue = {
 *   code: 'date/invalid',
 *   path: ['signedOn'],
 *   message: { vi: 'Ngày 2022-02-30 không tồn tại', en: 'The date 2022-02-30 does not exist' },
 * };
 * ```
 */
export interface DomainIssue {
  /** Stable machine-readable code, `area/what` (for example `criteria/unknown-indicator`). */
  readonly code: string;
  /** Where in the input the problem is: object keys and array indexes from the root of the input. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Vietnamese and English. */
  readonly message: Bilingual;
  /** Values that the message was built from, for apps that render their own text. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Builds a frozen {@link DomainIssue}.
 *
 * @example
 * ```ts
 * const issue = createIssue('date/invalid', ['from'], { vi: 'Sai ngày', en: 'Bad date' });
 * ```
 */
export function createIssue(
  code: string,
  path: readonly (string | number)[],
  message: Bilingual,
  params?: Readonly<Record<string, unknown>>,
): DomainIssue {
  const issue: DomainIssue =
    params === undefined
      ? { code, path: Object.freeze([...path]), message: Object.freeze({ ...message }) }
      : {
          code,
          path: Object.freeze([...path]),
          message: Object.freeze({ ...message }),
          params: Object.freeze({ ...params }),
        };
  return Object.freeze(issue);
}
