import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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
    inputFail(
      'cli/file-exists',
      {
        vi: 'tệp đã tồn tại; thêm --force để ghi đè',
        en: 'file already exists; add --force to overwrite',
      },
      { file },
    );
  }
  try {
    await writeFile(file, content);
  } catch (error) {
    inputFail(
      'cli/write-failed',
      {
        vi: `không ghi được tệp (${(error as Error).message})`,
        en: `cannot write the file (${(error as Error).message})`,
      },
      { file },
    );
  }
}
