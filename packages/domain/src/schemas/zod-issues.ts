import type * as z from 'zod';
// Named imports from the locales index: its per-file modules have no CommonJS default export, so a default
// import of `zod/v4/locales/en.js` crashed `require('@ntm/domain')`.
import { en, vi } from 'zod/v4/locales';
import { DomainError } from '../errors/domain-error.js';
import { createIssue, type DomainIssue } from '../errors/issue.js';
import type { Result } from '../errors/result.js';

/*
 * zod's messages come from its locales, passed per call (never z.config(), which would be global state).
 * A failing input is parsed a second time with the Vietnamese locale; zod reports issues in the same order,
 * so the two lists pair up one to one.
 */
const english = en();
const vietnamese = vi();

/**
 * A pair of functions validating one hand-authored format at the edge: `parse` throws a {@link DomainError},
 * `safeParse` returns a {@link Result}.
 *
 * @example
 * ```ts
 * const { parse, safeParse } = createParser(z.object({ name: z.string() }), 'example');
 * safeParse({}).success; // false
 * ```
 */
export interface Parser<T> {
  /** Validates and returns the data, or throws a {@link DomainError} with one issue per problem. */
  readonly parse: (input: unknown) => T;
  /** Validates and returns `{ success: true, data }` or `{ success: false, issues }`. */
  readonly safeParse: (input: unknown) => Result<T>;
}

/**
 * Wraps a zod schema into a {@link Parser} whose issues follow the SDK's error shape, with codes
 * `<area>/<zod code>` (for example `directive/invalid_type`) and messages in Vietnamese and English.
 *
 * @example
 * ```ts
 * const parser = createParser(z.object({ year: z.number().int() }), 'example');
 * parser.parse({ year: 2022 }); // { year: 2022 }
 * ```
 */
export function createParser<S extends z.ZodType>(schema: S, area: string): Parser<z.output<S>> {
  const safeParse = (input: unknown): Result<z.output<S>> => {
    const first = schema.safeParse(input, { error: english.localeError });
    if (first.success) return { success: true, data: first.data };
    const second = schema.safeParse(input, { error: vietnamese.localeError });
    const viIssues = second.success ? [] : second.error.issues;
    return { success: false, issues: toDomainIssues(first.error.issues, viIssues, area) };
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (result.success) return result.data;
    throw new DomainError(result.issues);
  };
  return { parse, safeParse };
}

function toDomainIssues(
  english: readonly z.core.$ZodIssue[],
  vietnamese: readonly z.core.$ZodIssue[],
  area: string,
): DomainIssue[] {
  return english.map((issue, index) => {
    const custom = (issue as { params?: { code?: string; vi?: string } }).params;
    const viMessage = custom?.vi ?? vietnamese[index]?.message ?? issue.message;
    return createIssue(
      custom?.code ?? `${area}/${issue.code}`,
      issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      { vi: viMessage, en: issue.message },
    );
  });
}
