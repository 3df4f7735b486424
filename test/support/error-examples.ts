// The error-code examples: each package lists, for every code it raises, one call that raises it. Its tests run
// them (so an example that stops raising its code fails), a repository test checks that every code of the catalogue
// has one, and the docs page "Mã lỗi / Error codes" shows them with the messages they produce.
import type { DomainIssue, IssuePath, NtmErrorCode } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';

/**
 * One call that raises `code`.
 *
 * @example
 * ```ts
 * const example: ErrorExample = { code: 'date/invalid', call: "parseIsoDate('2022-02-30')", run: () => parseIsoDate('2022-02-30') };
 * ```
 */
export interface ErrorExample {
  /** The code the call raises. */
  readonly code: NtmErrorCode;
  /** The call as a reader would type it, shown on the docs page. */
  readonly call: string;
  /** Makes the call; it throws (or rejects) with an error carrying `issues`. */
  readonly run: () => unknown;
  /** Where the issue is, when the example pins it. */
  readonly path?: IssuePath;
}

/** Values a call shows by the name they are imported under (a criteria set, say) instead of spelled out. */
type Names = ReadonlyMap<unknown, string>;

/** The names of {@link raisesNaming}, value to name. */
const namesOf = (named: Readonly<Record<string, unknown>>): Names =>
  new Map(Object.entries(named).map(([name, value]) => [value, name]));

/**
 * `value` as a reader would type it in a call: strings in single quotes, objects as `{ key: value }` (keys quoted
 * unless they are names), and the values of `named` by their names.
 *
 * @example
 * ```ts
 * sourceOf({ indicator: '1.1', value: 1 }); // "{ indicator: '1.1', value: 1 }"
 * ```
 */
export function sourceOf(value: unknown, named: Readonly<Record<string, unknown>> = {}): string {
  return print(value, namesOf(named));
}

function print(value: unknown, names: Names): string {
  const name = names.get(value);
  if (name !== undefined) return name;
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, '\\$&')}'`;
  if (Array.isArray(value))
    return `[${Array.from(value.keys(), (i) => (i in value ? print(value[i], names) : '')).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([key, field]) =>
      names.get(field) === key
        ? key
        : `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : print(key, names)}: ${print(field, names)}`,
    );
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  return String(value);
}

/** Makes an example from a call: see {@link raises}. */
export type Raises = <Args extends unknown[]>(
  code: NtmErrorCode,
  fn: (...args: Args) => unknown,
  args: NoInfer<Args>,
  path?: IssuePath,
) => ErrorExample;

/**
 * A {@link raises} whose calls show the given values by these names, e.g. `raisesNaming({ XA_2021_2025 })`.
 *
 * @example
 * ```ts
 * const raises = raisesNaming({ XA_2021_2025 });
 * raises('input/unknown-field', localizeCriteriaSet, [XA_2021_2025, { loosen: true }]);
 * // call: "localizeCriteriaSet(XA_2021_2025, { loosen: true })"
 * ```
 */
export function raisesNaming(named: Readonly<Record<string, unknown>>): Raises {
  const names = namesOf(named);
  return (code, fn, args, path) => ({
    code,
    call: `${fn.name}(${args.map((arg) => print(arg, names)).join(', ')})`,
    run: () => fn(...args),
    ...(path === undefined ? {} : { path }),
  });
}

/**
 * The example that calls `fn` with `args`, its `call` printed from them, so that what the page shows is what runs.
 * Write `call` and `run` by hand only where the shown call abbreviates a value or builds it in a way worth showing.
 *
 * @example
 * ```ts
 * raises('date/invalid', parseIsoDate, ['2022-02-30']); // call: "parseIsoDate('2022-02-30')"
 * ```
 */
export const raises: Raises = raisesNaming({});

/** The issues carried by what `run` throws or rejects with (a DomainError or the CLI's error); none if it succeeds. */
export async function issuesRaisedBy(run: () => unknown): Promise<readonly DomainIssue[]> {
  try {
    await run();
    return [];
  } catch (error) {
    const issues = (error as { issues?: unknown } | null)?.issues;
    if (Array.isArray(issues)) return issues as DomainIssue[];
    throw error;
  }
}

/**
 * Registers one test per example: it must raise its code (at its path, when given).
 *
 * @example
 * ```ts
 * testErrorExamples('@ntm/domain', DOMAIN_ERROR_EXAMPLES);
 * ```
 */
export function testErrorExamples(packageName: string, examples: readonly ErrorExample[]): void {
  describe(`every ${packageName} error example raises its code`, () => {
    it.each(examples.map((example) => [example.code, example] as const))(
      '%s',
      async (code, example) => {
        const issues = await issuesRaisedBy(example.run);
        const raised = issues.map((issue) => issue.code).join(', ') || 'nothing';
        const found = issues.filter((issue) => issue.code === code);
        expect(found.length, `${example.call} raised ${raised}`).toBeGreaterThan(0);
        if (example.path !== undefined)
          expect(found.map((issue) => issue.path)).toContainEqual(example.path);
      },
    );
  });
}
