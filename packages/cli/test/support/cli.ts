import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/run.js';

/** Repository root: the help examples run from there. */
export const ROOT = resolve(import.meta.dirname, '../../../..');

/** Result of one in-process `ntm` run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ntm-cli-'));
}

/** Runs `ntm` in this process, as a user in `cwd` would type it. */
export async function cli(args: readonly string[], cwd: string = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, {
      out: (s) => {
        stdout += s;
      },
      err: (s) => {
        stderr += s;
      },
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
