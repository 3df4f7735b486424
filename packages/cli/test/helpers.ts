import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

// Each test spawns the built binary (and exceljs); a loaded CI machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const here = dirname(fileURLToPath(import.meta.url));
/** The built binary: tests run what users run. */
export const BIN = resolve(here, '../dist/bin.js');
/** Fixtures folder. */
export const FIXTURES = resolve(here, 'fixtures');
/** Repository root. */
export const ROOT = resolve(here, '../../..');

/** Result of one `ntm` run. */
export interface NtmRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `ntm` binary with the given arguments. */
export function ntm(args: readonly string[], cwd: string = ROOT): NtmRun {
  if (!existsSync(BIN))
    throw new Error(`Build first: ${BIN} is missing (npx turbo run build --filter=@ntm/cli)`);
  const env = { ...process.env, NTM_LANG: '', NTM_DEBUG: '' };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ntm-cli-'));
}

/** Path of a fixture. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}
