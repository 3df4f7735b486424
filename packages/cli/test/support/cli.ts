import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';
import { type MemoryFiles, memoryFiles } from './memory-files.js';

/** Repository root: the help examples run from there. */
export const ROOT = resolve(import.meta.dirname, '../../../..');

/** Result of one in-process `ntm` run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The files of the run: what it wrote stays in memory. */
  readonly files: MemoryFiles;
}

/** A fresh temporary folder (for files a test writes with node:fs). */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ntm-cli-'));
}

/**
 * Splits a command line as a POSIX shell would for the simple forms used in examples and tests (double quotes).
 *
 * @example
 * ```ts
 * words('units find "xã Quài Nưa" --format json'); // ['units', 'find', 'xã Quài Nưa', '--format', 'json']
 * ```
 */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push(m[1] ?? m[2] ?? '');
  return out;
}

/**
 * Runs `ntm` in this process, as a user in `cwd` would type it (default: the repository root): the words after `ntm`,
 * or the line as typed (split by {@link words}). Files it writes stay in memory (`files`); pass `files` to chain runs
 * over the same files.
 */
export async function cli(
  args: string | readonly string[],
  options: {
    readonly cwd?: string;
    readonly files?: MemoryFiles;
    readonly today?: string;
    readonly errIsTTY?: boolean;
  } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const files = options.files ?? memoryFiles(options.cwd ?? ROOT);
  const code = await run(typeof args === 'string' ? words(args) : args, {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    files,
    env: {},
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.errIsTTY === undefined ? {} : { errIsTTY: options.errIsTTY }),
  });
  return { code, stdout, stderr, files };
}
