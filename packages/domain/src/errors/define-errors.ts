import type { Bilingual } from './issue.js';

/**
 * A value a message template can show: text and numbers as they are, a {@link Bilingual} pair in the language of
 * the message, a list of texts joined with `; ` (kept as a list in the issue's `params` for apps).
 *
 * @example
 * ```ts
 * const expected: MessageParam = { vi: 'một đối tượng', en: 'an object' };
 * ```
 */
export type MessageParam = string | number | boolean | Bilingual | readonly string[];

/**
 * The names between braces in a template, as a type.
 *
 * @example
 * ```ts
 * type Names = Placeholders<'Không có chỉ tiêu {indicator} trong bộ {set}'>; // 'indicator' | 'set'
 * ```
 */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * One entry of the error catalogue: a stable code, its message templates in Vietnamese and English, and the names
 * of the parameters the templates use (`{name}` in the text).
 *
 * @example
 * ```ts
 * const spec: ErrorSpec<'date/invalid', 'value'> = {
 *   code: 'date/invalid',
 *   vi: 'Ngày {value} không có thật',
 *   en: 'The date {value} does not exist',
 *   params: ['value'],
 * };
 * ```
 */
export interface ErrorSpec<Code extends string = string, Param extends string = string> {
  /** Stable machine-readable code, `area/what-is-wrong` in kebab-case. */
  readonly code: Code;
  /** Vietnamese message template. */
  readonly vi: string;
  /** English message template. */
  readonly en: string;
  /**
   * Names of the parameters: those the templates use, in order of first use in the English template, then those
   * passed to apps without being shown.
   */
  readonly params: readonly Param[];
}

/**
 * The parameters an {@link ErrorSpec} needs, by name.
 *
 * @example
 * ```ts
 * const params: ErrorParams<ErrorSpec<'date/invalid', 'value'>> = { value: '"2022-02-30"' };
 * ```
 */
export type ErrorParams<S extends ErrorSpec> =
  S extends ErrorSpec<string, infer Param>
    ? [Param] extends [never]
      ? Readonly<Record<string, never>>
      : { readonly [Name in Param]: MessageParam }
    : never;

/**
 * The arguments after the path when raising an error: none for a template without parameters, else its parameters.
 *
 * @example
 * ```ts
 * type Args = ParamsArgument<ErrorSpec<'text/not-nfc', never>>; // [] | [Record<string, never>]
 * ```
 */
export type ParamsArgument<S extends ErrorSpec> =
  S extends ErrorSpec<string, infer Param>
    ? [Param] extends [never]
      ? [params?: Readonly<Record<string, never>>]
      : [params: ErrorParams<S>]
    : never;

/**
 * One code as written in source: its templates, and optionally the names of parameters that the message does not
 * show but apps receive in the issue's `params` (for example the ids of ambiguous candidates).
 *
 * @example
 * ```ts
 * const entry: ErrorTemplate = { vi: 'Có {count} đơn vị', en: '{count} units match', data: ['candidates'] };
 * ```
 */
export interface ErrorTemplate extends Bilingual {
  /** Parameters passed to apps in `params` without being shown in the message. */
  readonly data?: readonly string[];
}

/**
 * A catalogue area as written in source: code → templates.
 *
 * @example
 * ```ts
 * const templates: ErrorTemplates = { 'date/invalid': { vi: 'Ngày {value} không có thật', en: 'No such date {value}' } };
 * ```
 */
export type ErrorTemplates = Readonly<Record<string, ErrorTemplate>>;

/**
 * The data-only parameter names of a template (its `data` list), as a type.
 *
 * @example
 * ```ts
 * type Names = DataNames<{ vi: 'x'; en: 'x'; data: readonly ['candidates'] }>; // 'candidates'
 * ```
 */
export type DataNames<T> = T extends { readonly data: readonly (infer Name extends string)[] }
  ? Name
  : never;

/**
 * A catalogue area after {@link defineErrors}: code → {@link ErrorSpec}, with the parameter names typed from the
 * templates.
 *
 * @example
 * ```ts
 * type Dates = ErrorCatalogue<{ 'date/invalid': { vi: 'Ngày {value}'; en: 'Date {value}' } }>;
 * ```
 */
export type ErrorCatalogue<T extends ErrorTemplates> = {
  readonly [Code in keyof T & string]: ErrorSpec<
    Code,
    Placeholders<T[Code]['en']> | Placeholders<T[Code]['vi']> | DataNames<T[Code]>
  >;
};

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * The parameter names used by a template, in order of first use.
 *
 * @example
 * ```ts
 * placeholdersOf('Cần {expected}, nhận {received}'); // ['expected', 'received']
 * ```
 */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Declares one area of the error catalogue. Each code gets its templates and the names of its parameters, read
 * from the English template (a test checks that the Vietnamese one uses the same names). The result is frozen
 * plain data, so a bundler drops the areas an app never raises.
 *
 * @example
 * ```ts
 * const DATE_ERRORS = defineErrors({
 *   'date/invalid': { vi: 'Ngày {value} không có thật', en: 'The date {value} does not exist' },
 * });
 * DATE_ERRORS['date/invalid'].params; // ['value']
 * ```
 */
export function defineErrors<const T extends ErrorTemplates>(templates: T): ErrorCatalogue<T> {
  const catalogue: Record<string, ErrorSpec> = {};
  for (const code of Object.keys(templates)) {
    const { vi, en, data = [] } = templates[code] as ErrorTemplate;
    const params = Object.freeze([...placeholdersOf(en), ...data]);
    catalogue[code] = Object.freeze({ code, vi, en, params });
  }
  return Object.freeze(catalogue) as ErrorCatalogue<T>;
}

/**
 * Fills a template with its parameters in one language. A {@link Bilingual} parameter contributes its text in that
 * language; a missing parameter is left as `{name}` so the gap shows instead of hiding.
 *
 * @example
 * ```ts
 * fillTemplate('Cần {expected}', { expected: { vi: 'một số', en: 'a number' } }, 'vi'); // 'Cần một số'
 * ```
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, MessageParam>> | undefined,
  locale: 'vi' | 'en',
): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (Array.isArray(value)) return value.join('; ');
    if (typeof value === 'object' && value !== null) return (value as Bilingual)[locale];
    return String(value);
  });
}
