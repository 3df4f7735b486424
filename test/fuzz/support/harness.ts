/*
 * The fuzz harness: `fuzz(name, fn, args)` registers one test that calls `fn` on `NTM_FUZZ_RUNS` generated argument
 * lists (200 by default, as `npm test` runs it; `npm run fuzz` asks for 10,000) and holds every call to the
 * promises of the public API:
 *
 * - it returns a value with no NaN or ±Infinity in it (and any issue in it well formed), or throws a `DomainError` (a `safeParse*` may instead return
 *   `{ success: false, issues }`) — never a `TypeError`, a `RangeError` or anything else;
 * - every issue has a code of ERROR_CATALOGUE, a path of keys and indexes, and a Vietnamese and an English message
 *   that are its code's templates filled with all their parameters; issues are deeply frozen;
 * - the same arguments give the same answer: each call is made twice and both outcomes (the issues of an error
 *   included) are compared deeply;
 * - no prototype and no global changes: the own properties of the built-in prototypes, of `globalThis` and of
 *   `Object`, `Array`, `JSON`, `Math` are compared with their state before the run;
 * - a result the API documents as frozen is deeply frozen, and no two calls return the same unfrozen object (that
 *   would be state kept between calls: changing one answer would change the next).
 *
 * A target must also both succeed and fail at least once in a run of 100 or more: a function that always throws a
 * well-formed error, or accepts everything, fails its fuzz test. With `NTM_FUZZ_REPORT=<file>` each target appends
 * one JSON line (runs, results, errors, codes seen) to the file; `npm run fuzz` prints them as a table.
 */
import { appendFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import {
  type DomainIssue,
  ERROR_CATALOGUE,
  fillTemplate,
  isDomainError,
  type MessageParam,
  placeholdersOf,
} from '@ntm/domain/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { Ref, unref } from './ref.js';

/** Generated cases per target: `NTM_FUZZ_RUNS`, 200 by default. */
export const FUZZ_RUNS = runsFromEnvironment();

function runsFromEnvironment(): number {
  const text = process.env.NTM_FUZZ_RUNS;
  if (text === undefined || text === '') return 200;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`NTM_FUZZ_RUNS=${text} is not a count`);
  return runs;
}

/** `NTM_FUZZ_SEED` replays a failure that fast-check reported with its seed. */
export const SEED =
  process.env.NTM_FUZZ_SEED === undefined ? undefined : Number(process.env.NTM_FUZZ_SEED);

export interface FuzzOptions {
  /** What the API promises of a result: `deep`, every object in it is frozen. */
  readonly frozen?: 'deep';
  /** False for a function defined on every input (it is then held to never refusing one). */
  readonly refuses?: false;
}

/** What one call came to: a result, or the issues of its `DomainError`. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly DomainIssue[] };

// biome-ignore lint/suspicious/noExplicitAny: a target is any public function; the arbitraries give its arguments
type AnyFunction = (...args: any[]) => unknown;

/**
 * Registers the fuzz test of `fn` under `name`: every invariant above on `FUZZ_RUNS` argument lists from `args` (a
 * list, or a `Ref` of one).
 */
export function fuzz(
  name: string,
  fn: AnyFunction,
  args: fc.Arbitrary<readonly unknown[] | Ref>,
  options: FuzzOptions = {},
): void {
  it(
    `${name} keeps its promises on ${FUZZ_RUNS} generated cases`,
    () => {
      const tally: Tally = { results: 0, errors: 0, codes: new Set<string>() };
      const before = globalState();
      fc.assert(
        fc.property(args, (generated) => {
          const list = (generated instanceof Ref ? generated.value : generated) as unknown[];
          const input = list.map((arg) => unref(arg));
          const first = settle(name, () => fn(...input), options);
          const second = settle(name, () => fn(...input), options);
          if (!isDeepStrictEqual(first, second))
            throw new Error(`${name}: two calls with the same arguments gave different answers`);
          if (first.ok && second.ok) {
            const shared = sharedMutable(first.value, second.value, input);
            if (shared !== undefined)
              throw new Error(
                `${name}: two calls returned the same unfrozen object at ${shared}: changing one answer changes the next`,
              );
          }
          afterCall(name, before, tally, first);
        }),
        { numRuns: FUZZ_RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      endOfRun(name, tally, options.refuses);
    },
    // Generous: a run of 10,000 cases of a whole-set engine takes minutes on a loaded 2-core machine.
    60_000 + FUZZ_RUNS * 100,
  );
}

/** What a run came to: values given, refusals, and the codes refused with. */
export interface Tally {
  results: number;
  errors: number;
  readonly codes: Set<string>;
}

/** Fails when a call changed a watched global (see `globalState`), then counts what the call came to. */
export function afterCall(name: string, before: GlobalState, tally: Tally, outcome: Outcome): void {
  const changed = changedGlobals(before);
  if (changed.length > 0) throw new Error(`${name} changed ${changed.join(', ')}`);
  if (outcome.ok) tally.results += 1;
  else {
    tally.errors += 1;
    for (const issue of outcome.issues) tally.codes.add(issue.code);
  }
}

/**
 * Reports a run (to `NTM_FUZZ_REPORT`) and, in a run of 100 or more, fails a target that never gave a value, or
 * that never refused its input (or refused one when `refuses` is false).
 */
export function endOfRun(name: string, tally: Tally, refuses?: false): void {
  const file = process.env.NTM_FUZZ_REPORT;
  if (file !== undefined) {
    const line = { target: name, runs: FUZZ_RUNS, ...tally, codes: [...tally.codes].sort() };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
  if (FUZZ_RUNS < 100) return;
  expect(tally.results, `${name} never gave a value`).toBeGreaterThan(0);
  if (refuses === false) expect(tally.errors, `${name} refused an input`).toBe(0);
  else expect(tally.errors, `${name} never refused its input`).toBeGreaterThan(0);
}

/**
 * Calls `fn` once and checks what it came to: a result with finite numbers (and the frozenness promised), or a
 * well-formed `DomainError`. Anything else throws, naming `name`.
 */
export function settle(name: string, fn: () => unknown, options: FuzzOptions = {}): Outcome {
  let value: unknown;
  try {
    value = fn();
  } catch (error) {
    if (!isDomainError(error)) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`${name} threw a non-DomainError: ${detail}`, { cause: error });
    }
    checkIssues(name, error.issues);
    if (error.code !== error.issues[0]?.code)
      throw new Error(`${name}: the error's code is not its first issue's`);
    return { ok: false, issues: error.issues };
  }
  const problem = resultProblem(value);
  if (problem !== undefined) throw new Error(`${name} returned ${problem}`);
  if (isFailedResult(value)) {
    checkIssues(name, value.issues);
    return { ok: false, issues: value.issues };
  }
  if (options.frozen === 'deep') {
    const open = unfrozen(value);
    if (open !== undefined)
      throw new Error(`${name} returned an object that is not frozen at ${open}`);
  }
  return { ok: true, value };
}

function isFailedResult(value: unknown): value is { success: false; issues: DomainIssue[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { success?: unknown }).success === false &&
    'issues' in value
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Issues
// ---------------------------------------------------------------------------------------------------------------

function checkIssues(name: string, issues: unknown): void {
  if (!Array.isArray(issues) || issues.length === 0)
    throw new Error(`${name}: an error with no issues`);
  if (!Object.isFrozen(issues)) throw new Error(`${name}: the list of issues is not frozen`);
  for (const issue of issues) {
    const problem = issueProblem(issue);
    if (problem !== undefined) throw new Error(`${name}: issue ${printIssue(issue)}: ${problem}`);
  }
}

const isPathKey = (key: unknown) =>
  typeof key === 'string' || (typeof key === 'number' && Number.isSafeInteger(key) && key >= 0);

/** What is wrong with an issue, or undefined when it is well formed. */
export function issueProblem(issue: DomainIssue): string | undefined {
  if (!Object.hasOwn(ERROR_CATALOGUE, issue.code)) return 'its code is not in ERROR_CATALOGUE';
  if (!Array.isArray(issue.path) || !issue.path.every(isPathKey))
    return 'its path is not a list of keys and indexes';
  const spec = ERROR_CATALOGUE[issue.code];
  const params = issue.params;
  for (const name of placeholdersOf(`${spec.vi} ${spec.en}`)) {
    if (params === undefined || !Object.hasOwn(params, name)) return `{${name}} is not filled`;
  }
  if (params !== undefined) {
    for (const [name, value] of Object.entries(params))
      if (!isMessageParam(value)) return `parameter ${name} is not a message parameter`;
  }
  for (const locale of ['vi', 'en'] as const) {
    const text = issue.message?.[locale];
    if (typeof text !== 'string' || text.trim() === '') return `its ${locale} message is empty`;
    if (text !== fillTemplate(spec[locale], params, locale))
      return `its ${locale} message is not its code's template`;
  }
  const open = unfrozen(issue);
  if (open !== undefined) return `it is not frozen at ${open}`;
  return undefined;
}

function isMessageParam(value: unknown): value is MessageParam {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string');
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { vi?: unknown }).vi === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

export function printIssue(issue: unknown): string {
  try {
    return JSON.stringify(issue).slice(0, 400);
  } catch {
    return Object.prototype.toString.call(issue);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------------

const looksLikeIssue = (value: object): value is DomainIssue =>
  typeof (value as { code?: unknown }).code === 'string' &&
  Array.isArray((value as { path?: unknown }).path) &&
  typeof (value as { message?: unknown }).message === 'object';

/**
 * What is wrong inside a result, or undefined: a non-finite number anywhere, or an issue (a schedule's problems, a
 * task's status carry some) that is not well formed. Shared objects are visited once.
 */
export function resultProblem(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'number' && !Number.isFinite(current)) return `${current} at ${path}`;
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (looksLikeIssue(current)) {
      const problem = issueProblem(current);
      if (problem !== undefined) return `an issue at ${path} that is not well formed: ${problem}`;
    }
    for (const key of Object.keys(current))
      stack.push([(current as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return undefined;
}

/** The path of the first object inside `value` that is not frozen, or undefined. */
export function unfrozen(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    if (!Object.isFrozen(current)) return path;
    seen.add(current);
    for (const key of Object.keys(current))
      stack.push([(current as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return undefined;
}

/** Every object reachable from `value` (shared ones once), with its path. */
function objectsOf(value: unknown): Map<object, string> {
  const found = new Map<object, string>();
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (current === null || typeof current !== 'object' || found.has(current)) continue;
    found.set(current, path);
    for (const key of Object.keys(current))
      stack.push([(current as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return found;
}

/**
 * The path of an unfrozen object that two calls both returned (and that is not part of their arguments), or
 * undefined: such an object is state kept between calls, and a caller that changes one answer changes the next.
 */
function sharedMutable(
  first: unknown,
  second: unknown,
  input: readonly unknown[],
): string | undefined {
  const inFirst = objectsOf(first);
  const fromInput = objectsOf(input);
  for (const [object] of objectsOf(second)) {
    if (!Object.isFrozen(object) && inFirst.has(object) && !fromInput.has(object))
      return inFirst.get(object);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Globals
// ---------------------------------------------------------------------------------------------------------------

/** The objects whose own properties no call may add, remove or replace. */
const WATCHED: readonly [string, object][] = [
  ['globalThis', globalThis],
  ['Object', Object],
  ['Array', Array],
  ['JSON', JSON],
  ['Math', Math],
  ...[
    Object,
    Array,
    Function,
    String,
    Number,
    Boolean,
    Symbol,
    BigInt,
    Date,
    RegExp,
    Error,
    Map,
    Set,
    WeakMap,
    Promise,
    Intl.Segmenter,
  ].map((ctor): [string, object] => [`${ctor.name}.prototype`, ctor.prototype as object]),
];

export type GlobalState = ReadonlyMap<string, ReadonlyMap<PropertyKey, PropertyDescriptor>>;

export function globalState(): GlobalState {
  return new Map(
    WATCHED.map(([name, object]) => [
      name,
      new Map(
        Reflect.ownKeys(object).map((key) => [
          key,
          Reflect.getOwnPropertyDescriptor(object, key) as PropertyDescriptor,
        ]),
      ),
    ]),
  );
}

const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable;

/** The properties of the watched objects that differ from `before`, named. */
function changedGlobals(before: GlobalState): string[] {
  const changed: string[] = [];
  for (const [name, object] of WATCHED) {
    const was = before.get(name)!;
    const keys = Reflect.ownKeys(object);
    if (keys.length !== was.size) changed.push(`the own properties of ${name}`);
    for (const key of keys) {
      const old = was.get(key);
      const now = Reflect.getOwnPropertyDescriptor(object, key)!;
      if (old === undefined || !sameDescriptor(old, now)) changed.push(`${name}.${String(key)}`);
    }
  }
  return changed;
}
