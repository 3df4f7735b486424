import type * as z from 'zod';
import type { NtmErrorCode } from '../errors/catalogue/codes.js';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import type { ErrorSpec, MessageParam } from '../errors/define-errors.js';
import { received } from '../errors/describe-value.js';
import { DomainError } from '../errors/domain-error.js';
import { type Bilingual, type DomainIssue, type IssuePath, issueOf } from '../errors/issue.js';
import type { Result } from '../errors/result.js';
import { FORBIDDEN_KEYS, listOf } from '../validation/guards.js';
import { expectedKind, LENGTH_UNITS } from '../validation/kind-words.js';

/*
 * zod finds the problems; the messages are ours. Each zod issue becomes the catalogue entry that the guards of the
 * engines raise for the same bad value (`input/wrong-type`, `input/unknown-field`, …), so apps see one vocabulary
 * and officials read plain Vietnamese rather than zod's wording. No zod locale is loaded: zod's locales are
 * ES-module files that CommonJS builds cannot require, and a per-call locale would parse every input twice.
 */

/**
 * A pair of functions validating one hand-authored format at the edge: `parse` throws a {@link DomainError},
 * `safeParse` returns a {@link Result}.
 *
 * @example
 * ```ts
 * const { parse, safeParse } = createParser(z.object({ name: z.string() }));
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
 * What a schema refinement attaches to its zod issue so the catalogue entry can be rebuilt.
 *
 * @example
 * ```ts
 * const params: CatalogueParams = { ntmSpec: INPUT_ERRORS['input/empty'] };
 * ```
 */
export interface CatalogueParams {
  /** The catalogue entry to raise. */
  readonly ntmSpec: ErrorSpec<NtmErrorCode>;
  /** Its parameters. */
  readonly ntmParams?: Readonly<Record<string, MessageParam>>;
}

/**
 * The zod `params` of a refinement that raises a catalogue entry, for `.refine(test, raises(spec, …))` or
 * `ctx.addIssue({ code: 'custom', …raises(spec, …) })`.
 *
 * @example
 * ```ts
 * z.string().refine((s) => s === s.normalize('NFC'), raises(INPUT_ERRORS['text/not-nfc'], { received: 'x' }));
 * ```
 */
export function raises(
  spec: ErrorSpec<NtmErrorCode>,
  params?: Readonly<Record<string, MessageParam>>,
): { message: string; params: CatalogueParams } {
  return {
    message: spec.en,
    params: params === undefined ? { ntmSpec: spec } : { ntmSpec: spec, ntmParams: params },
  };
}

/**
 * A zod refinement (for `.superRefine`) that raises a catalogue entry when `test` fails, with parameters read from
 * the value.
 *
 * @example
 * ```ts
 * z.string().superRefine(raiseUnless((s) => s !== '', INPUT_ERRORS['input/empty']));
 * ```
 */
export function raiseUnless<T>(
  test: (value: T) => boolean,
  spec: ErrorSpec<NtmErrorCode>,
  params?: (value: T) => Readonly<Record<string, MessageParam>>,
): (value: T, ctx: z.RefinementCtx<T>) => void {
  return (value, ctx) => {
    if (!test(value))
      ctx.addIssue({ code: 'custom', input: value, ...raises(spec, params?.(value)) });
  };
}

/**
 * Wraps a zod schema into a {@link Parser} whose issues are entries of the SDK's error catalogue, with messages
 * in Vietnamese and English.
 *
 * @example
 * ```ts
 * const parser = createParser(z.object({ year: z.number().int() }));
 * parser.parse({ year: 2022 }); // { year: 2022 }
 * ```
 */
export function createParser<S extends z.ZodType>(schema: S): Parser<z.output<S>> {
  const safeParse = (input: unknown): Result<z.output<S>> => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { success: true, data: result.data };
    // Frozen like the issues of a DomainError: the same issues reach apps either way.
    return { success: false, issues: Object.freeze(toDomainIssues(result.error.issues, [])) };
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (result.success) return result.data;
    throw new DomainError(result.issues);
  };
  return { parse, safeParse };
}

/**
 * Maps zod issues to catalogue issues, one or more each, with paths from the root of the input.
 *
 * @example
 * ```ts
 * const result = schema.safeParse(input, { reportInput: true });
 * if (!result.success) toDomainIssues(result.error.issues, []);
 * ```
 */
export function toDomainIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: IssuePath,
): DomainIssue[] {
  return issues.flatMap((issue) => toDomainIssue(issue, prefix));
}

function toDomainIssue(issue: z.core.$ZodIssue, prefix: IssuePath): DomainIssue[] {
  const path = [
    ...prefix,
    ...issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
  ];
  // zod also names a non-finite number in `received` ("NaN", "-Infinity"), which is what `received` writes for it.
  const value = received(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return [wrongType(issue, path, value)];
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        FORBIDDEN_KEYS.includes(key)
          ? issueOf(INPUT_ERRORS['key/forbidden'], [...path, key], { key })
          : issueOf(INPUT_ERRORS['input/unknown-field'], [...path, key], { field: key }),
      );
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, path, value)];
    case 'invalid_value':
      return [
        issueOf(INPUT_ERRORS['input/not-allowed'], path, {
          allowed: listOf(issue.values),
          received: value,
        }),
      ];
    case 'invalid_format':
      return [
        issueOf(INPUT_ERRORS['input/invalid-format'], path, {
          format: issue.format,
          received: value,
        }),
      ];
    case 'invalid_union':
      return unionIssues(issue, path, value);
    case 'invalid_key':
    case 'invalid_element':
      return toDomainIssues(issue.issues, path);
    case 'custom': {
      const params = issue.params as Partial<CatalogueParams> | undefined;
      if (params?.ntmSpec !== undefined) {
        const spec = params.ntmSpec as ErrorSpec<'input/invalid'>;
        return [issueOf(spec, path, params.ntmParams as { received: MessageParam })];
      }
      return [issueOf(INPUT_ERRORS['input/invalid'], path, { received: value })];
    }
    default:
      return [issueOf(INPUT_ERRORS['input/invalid'], path, { received: value })];
  }
}

function wrongType(
  issue: z.core.$ZodIssueInvalidType,
  path: IssuePath,
  value: MessageParam,
): DomainIssue {
  const named = (issue as { received?: unknown }).received;
  if (named === 'NaN' || named === 'Infinity' || named === '-Infinity')
    return issueOf(INPUT_ERRORS['number/not-finite'], path, { received: value });
  if (issue.input === undefined) {
    const field = path[path.length - 1];
    // An absent element of a list is a hole (`[a, , c]`), as the guards call it; an absent field is missing.
    if (typeof field === 'number')
      return issueOf(INPUT_ERRORS['input/hole'], path, { index: field });
    return issueOf(INPUT_ERRORS['input/missing'], path, {
      field: field === undefined ? '' : String(field),
    });
  }
  // zod expects an `int` only of a number that is not whole (any other value is not a `number`).
  if (issue.expected === 'int')
    return issueOf(INPUT_ERRORS['input/not-integer'], path, { received: value });
  return issueOf(INPUT_ERRORS['input/wrong-type'], path, {
    expected: kindOf(issue.expected),
    received: value,
  });
}

function kindOf(expected: string): Bilingual | string {
  switch (expected) {
    case 'object':
    case 'record':
    case 'map':
      return expectedKind('object');
    case 'array':
    case 'tuple':
    case 'set':
      return expectedKind('array');
    case 'string':
      return expectedKind('string');
    case 'number':
    case 'bigint':
      return expectedKind('number');
    case 'boolean':
      return expectedKind('boolean');
    default:
      return expected;
  }
}

function outOfRange(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  path: IssuePath,
  value: MessageParam,
): DomainIssue {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const lengthOf = issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set';
  if (!lengthOf) {
    const sign = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
    return issueOf(INPUT_ERRORS[small ? 'input/too-small' : 'input/too-big'], path, {
      limit: `${sign} ${bound}`,
      received: value,
    });
  }
  if (small && bound <= 1) return issueOf(INPUT_ERRORS['input/empty'], path);
  const unit = issue.origin === 'string' ? LENGTH_UNITS.string : LENGTH_UNITS.array;
  return small
    ? issueOf(INPUT_ERRORS['input/too-short'], path, { minimum: bound, unit, received: value })
    : issueOf(INPUT_ERRORS['input/too-long'], path, { maximum: bound, unit, received: value });
}

/*
 * A union reports one list of issues per variant. A discriminator nobody matches is a value not allowed; when every
 * variant fails on the value's type, the value is the wrong type for all of them; otherwise the variant that got
 * furthest (its issues are deepest, then fewest) explains the problem best.
 */
function unionIssues(
  issue: z.core.$ZodIssueInvalidUnion,
  path: IssuePath,
  value: MessageParam,
): DomainIssue[] {
  const options = (issue as { options?: readonly unknown[] }).options;
  if (issue.errors.length === 0) {
    return [
      issueOf(INPUT_ERRORS['input/not-allowed'], path, {
        allowed: listOf(options ?? []),
        received: value,
      }),
    ];
  }
  const atRoot = (variant: readonly z.core.$ZodIssue[]) =>
    variant.every((inner) => inner.path.length === 0 && inner.code === 'invalid_type');
  if (issue.errors.every(atRoot)) {
    // Every variant failed (the union has issues), so there is a first one.
    if (issue.input === undefined)
      return toDomainIssues(issue.errors[0] as readonly z.core.$ZodIssue[], path);
    const kinds = [
      ...new Set(
        issue.errors.flat().map((inner) => (inner as z.core.$ZodIssueInvalidType).expected),
      ),
    ].map(kindOf);
    return [
      issueOf(INPUT_ERRORS['input/wrong-type'], path, {
        expected: {
          vi: kinds
            .map((kind) => (typeof kind === 'object' ? kind.vi : String(kind)))
            .join(' hoặc '),
          en: kinds.map((kind) => (typeof kind === 'object' ? kind.en : String(kind))).join(' or '),
        },
        received: value,
      }),
    ];
  }
  // A variant that failed deeper inside the value matched more of it; a type mismatch counts less than a check.
  const depth = (variant: readonly z.core.$ZodIssue[]) =>
    variant.reduce(
      (deepest, inner) =>
        Math.max(deepest, inner.path.length + (inner.code === 'invalid_type' ? 0 : 0.5)),
      0,
    );
  const best = [...issue.errors].sort(
    (a, b) => depth(b) - depth(a) || a.length - b.length,
  )[0] as readonly z.core.$ZodIssue[];
  return toDomainIssues(best, path);
}
