import type { NtmErrorCode } from './catalogue/codes.js';
import {
  type ErrorSpec,
  fillTemplate,
  type MessageParam,
  type ParamsArgument,
} from './define-errors.js';

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
 * Where in an input a problem is: object keys and array indexes from the root of the input.
 *
 * @example
 * ```ts
 * const path: IssuePath = ['tasks', 2, 'deadline'];
 * ```
 */
export type IssuePath = readonly (string | number)[];

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
  /** Stable machine-readable code from the catalogue (`area/what-is-wrong`, for example `criteria/unknown-indicator`). */
  readonly code: NtmErrorCode;
  /** Where in the input the problem is: object keys and array indexes from the root of the input. */
  readonly path: IssuePath;
  /** What is wrong, in Vietnamese and English. */
  readonly message: Bilingual;
  /** The values the message was built from, by the names of the catalogue, for apps that render their own text. */
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/**
 * Builds a deeply frozen {@link DomainIssue} from its parts. Engines use {@link issueOf}, which takes the message from
 * the catalogue; this is for issues whose message was already rendered (for example read back from JSON).
 *
 * @example
 * ```ts
 * const issue = createIssue('date/invalid', ['from'], { vi: 'Sai ngày', en: 'Bad date' });
 * ```
 */
export function createIssue(
  code: NtmErrorCode,
  path: IssuePath,
  message: Bilingual,
  params?: Readonly<Record<string, MessageParam>>,
): DomainIssue {
  const issue: DomainIssue =
    params === undefined
      ? { code, path: Object.freeze([...path]), message: Object.freeze({ ...message }) }
      : {
          code,
          path: Object.freeze([...path]),
          message: Object.freeze({ ...message }),
          params: frozenParams(params),
        };
  return Object.freeze(issue);
}

/** The parameters, with their bilingual and list values copied and frozen too (an app must not change an issue). */
function frozenParams(
  params: Readonly<Record<string, MessageParam>>,
): Readonly<Record<string, MessageParam>> {
  const out: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) out[name] = Object.freeze([...value]);
    else if (typeof value === 'object' && value !== null)
      out[name] = Object.freeze({ vi: (value as Bilingual).vi, en: (value as Bilingual).en });
    else out[name] = value;
  }
  return Object.freeze(out);
}

/**
 * Builds the {@link DomainIssue} of a catalogue entry: its code, the path, and its message in both languages
 * filled with the parameters.
 *
 * @example
 * ```ts
 * const issue = issueOf(DATE_ERRORS['date/invalid'], ['signedOn'], { value: '"2022-02-30"' });
 * issue.message.en; // 'The date "2022-02-30" does not exist…'
 * ```
 */
export function issueOf<S extends ErrorSpec<NtmErrorCode>>(
  spec: S,
  path: IssuePath,
  ...[params]: ParamsArgument<S>
): DomainIssue {
  const values = params as Readonly<Record<string, MessageParam>> | undefined;
  const message = {
    vi: fillTemplate(spec.vi, values, 'vi'),
    en: fillTemplate(spec.en, values, 'en'),
  };
  return createIssue(spec.code, path, message, spec.params.length > 0 ? values : undefined);
}
