/*
 * The fuzz harness of the CLI's readers (test/fuzz/cli-readers.test.ts): `fuzzReader(name, cases, read, options)`
 * registers one test that reads `FUZZ_RUNS` generated cases (files as bytes cut into chunks, cells, answers) and
 * holds every read to what a user of `ntm` is promised:
 *
 * - it gives a value (with no NaN or ±Infinity in it), or throws a `CliError` (exit code 1) whose issues are well formed: a code of ERROR_CATALOGUE,
 *   a path that starts with the file it is about, a Vietnamese and an English message that name that file and end
 *   with the code's template filled with its parameters — never a `TypeError`, a `RangeError` or anything else;
 * - it ends: a read that takes longer than `READ_TIME_LIMIT` fails (a hang on a corrupted file);
 * - the same case gives the same answer (each case is read twice, the outcomes compared deeply);
 * - no prototype and no global changes;
 * - when the case says what a correct read gives (`expected`), the value is exactly that: a valid file is never
 *   refused and never read into a wrong value.
 *
 * As with `fuzz`, a target must both give a value and refuse its input at least once in a run of 100 or more (unless
 * `refuses: false`), and `NTM_FUZZ_REPORT` collects the counts per target for `npm run fuzz`.
 */
import { isDeepStrictEqual } from 'node:util';
import { type DomainIssue, ERROR_CATALOGUE, fillTemplate, placeholdersOf } from '@ntm/domain/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isCliError } from '../../../packages/cli/src/cli-error.js';
import type { CliFiles } from '../../../packages/cli/src/io/files.js';
import {
  afterCall,
  endOfRun,
  FUZZ_RUNS,
  globalState,
  type Outcome,
  printIssue,
  resultProblem,
  SEED,
  type Tally,
  unfrozen,
} from './harness.js';

/** Longest a read of one case may take: far beyond any case here (a few KB), short of a hang. */
export const READ_TIME_LIMIT = 20_000;

/**
 * What the reader of a case must give — a value, or a refusal with this code (and these parameters) as its first
 * issue — or undefined when any value or refusal will do.
 */
export type Expected =
  | { readonly value: unknown }
  | { readonly refused: string; readonly params?: Readonly<Record<string, unknown>> }
  | undefined;

export interface ReaderOptions<C> {
  /** The file the case is about: every issue's path starts with it, every message names it. */
  readonly file: string;
  /** What a correct read of the case gives, when the case knows it. */
  readonly expected?: (generated: C) => Expected;
  /** False for a reader that no generated case may make refuse. */
  readonly refuses?: false;
}

type ReadOutcome = Outcome;

/** Registers the fuzz test of a CLI reader under `name`. */
export function fuzzReader<C>(
  name: string,
  cases: fc.Arbitrary<C>,
  read: (generated: C) => unknown,
  options: ReaderOptions<C>,
): void {
  it(
    `${name} keeps its promises on ${FUZZ_RUNS} generated cases`,
    async () => {
      const tally: Tally = { results: 0, errors: 0, codes: new Set<string>() };
      // Node defines some globals as getters that turn into values when first read: read them before the snapshot.
      void [globalThis.TextEncoder, globalThis.TextDecoder, globalThis.Blob];
      const before = globalState();
      await fc.assert(
        fc.asyncProperty(cases, async (generated) => {
          const first = await settleRead(name, options.file, () => read(generated));
          const second = await settleRead(name, options.file, () => read(generated));
          if (!isDeepStrictEqual(first, second))
            throw new Error(
              `${name}: two reads of the same case gave different answers: ${printOutcome(first)} then ${printOutcome(second)}`,
            );
          checkExpected(name, first, options.expected?.(generated));
          afterCall(name, before, tally, first);
        }),
        {
          numRuns: FUZZ_RUNS,
          timeout: READ_TIME_LIMIT,
          ...(SEED === undefined ? {} : { seed: SEED }),
        },
      );
      endOfRun(name, tally, options.refuses);
    },
    // Generous: 10,000 workbooks read twice take minutes on a loaded 2-core machine.
    60_000 + FUZZ_RUNS * 100,
  );
}

function checkExpected(name: string, outcome: ReadOutcome, expected: Expected): void {
  if (expected === undefined) return;
  if ('value' in expected) {
    if (!outcome.ok)
      throw new Error(
        `${name} refused a valid case: ${outcome.issues.map((i) => i.message.en).join(' | ')}`,
      );
    expect(outcome.value, `${name} read a wrong value`).toEqual(expected.value);
    return;
  }
  if (outcome.ok) throw new Error(`${name} gave a value where ${expected.refused} was due`);
  const [issue] = outcome.issues;
  expect(issue?.code, `${name}: the wrong error`).toBe(expected.refused);
  if (expected.params !== undefined)
    expect(issue?.params, `${name}: the error says the wrong thing`).toMatchObject(expected.params);
}

function printOutcome(outcome: ReadOutcome): string {
  const shown = outcome.ok
    ? { value: outcome.value }
    : { codes: outcome.issues.map((i) => i.message.en) };
  return (JSON.stringify(shown) ?? String(shown)).slice(0, 600);
}

/** Reads once: a value, or the issues of a well-formed `CliError` about `file`. Anything else throws. */
async function settleRead(name: string, file: string, read: () => unknown): Promise<ReadOutcome> {
  let value: unknown;
  try {
    value = await read();
  } catch (error) {
    if (!isCliError(error)) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new Error(`${name} threw something else than a CliError: ${detail}`, { cause: error });
    }
    if (error.exitCode !== 1)
      throw new Error(`${name}: a file's error with exit code ${error.exitCode}`);
    if (error.issues.length === 0) throw new Error(`${name}: a CliError with no issues`);
    for (const issue of error.issues) {
      const problem = locatedIssueProblem(issue, file);
      if (problem !== undefined) throw new Error(`${name}: issue ${printIssue(issue)}: ${problem}`);
    }
    return { ok: false, issues: error.issues };
  }
  const problem = resultProblem(value);
  if (problem !== undefined) throw new Error(`${name} gave ${problem}`);
  return { ok: true, value };
}

/** What is wrong with an issue about `file`, or undefined when it is well formed. */
function locatedIssueProblem(issue: DomainIssue, file: string): string | undefined {
  if (!Object.hasOwn(ERROR_CATALOGUE, issue.code)) return 'its code is not in ERROR_CATALOGUE';
  if (!Array.isArray(issue.path) || issue.path[0] !== file)
    return `its path does not start with the file ${file}`;
  if (!issue.path.every((k) => typeof k === 'string' || (Number.isSafeInteger(k) && k > 0)))
    return 'its path is not a list of names and row numbers';
  const spec = ERROR_CATALOGUE[issue.code];
  for (const name of placeholdersOf(`${spec.vi} ${spec.en}`))
    if (issue.params === undefined || !Object.hasOwn(issue.params, name))
      return `{${name}} is not filled`;
  for (const locale of ['vi', 'en'] as const) {
    const text = issue.message?.[locale];
    if (typeof text !== 'string' || !text.startsWith(`${file}`))
      return `its ${locale} message does not name the file`;
    const filled = fillTemplate(spec[locale], issue.params, locale);
    if (!text.endsWith(filled)) return `its ${locale} message is not its code's template`;
  }
  const open = unfrozen(issue);
  if (open !== undefined) return `it is not frozen at ${open}`;
  return undefined;
}

/** A file system holding one file, read in the chunks given (sizes cycled): tests cross every chunk boundary. */
export function oneFile(path: string, bytes: Uint8Array, chunkSizes: readonly number[]): CliFiles {
  return {
    async stat(p) {
      return p === path ? { kind: 'file', size: bytes.length } : undefined;
    },
    async *read() {
      let at = 0;
      for (let i = 0; at < bytes.length; i += 1) {
        const size = Math.max(1, chunkSizes[i % chunkSizes.length] ?? bytes.length);
        yield bytes.slice(at, at + size);
        at += size;
      }
    },
    async create() {
      throw new Error('the readers write nothing');
    },
  };
}
