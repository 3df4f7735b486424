import { readFile, stat } from 'node:fs/promises';
import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';

/** Files larger than this are refused: indicator sheets and directives are small, and a mistake should not hang. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads a whole file, turning "not found", "is a directory" and "too large" into bilingual errors naming the file.
 *
 * @example
 * ```ts
 * const bytes = await readBytes('communes.csv');
 * ```
 */
export async function readBytes(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      inputFail(CLI_ERRORS['cli/not-a-file'], { file });
    }
    size = info.size;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      inputFail(CLI_ERRORS['cli/file-not-found'], { file });
    }
    if ((error as { kind?: string }).kind === 'ntm/cli-error') throw error;
    inputFail(
      CLI_ERRORS['cli/file-unreadable'],
      { file },
      { reason: String((error as Error).message) },
    );
  }
  if (size > MAX_BYTES) {
    inputFail(CLI_ERRORS['cli/file-too-large'], { file }, { size, limit: MAX_BYTES });
  }
  return new Uint8Array(await readFile(file));
}
