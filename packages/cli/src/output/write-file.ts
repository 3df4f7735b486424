import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';

/**
 * Writes an output file; refuses to overwrite an existing one unless `force` is set.
 *
 * @example
 * ```ts
 * await writeOutput('lich.ics', text, { force: false });
 * ```
 */
export async function writeOutput(
  file: string,
  content: string | Uint8Array,
  options: { readonly force?: boolean } = {},
): Promise<void> {
  if (options.force !== true && existsSync(file)) {
    inputFail(CLI_ERRORS['cli/file-exists'], { file });
  }
  try {
    await writeFile(file, content);
  } catch (error) {
    inputFail(CLI_ERRORS['cli/write-failed'], { file }, { reason: (error as Error).message });
  }
}
