import { readFile, stat } from 'node:fs/promises';
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
      inputFail(
        'cli/not-a-file',
        { vi: 'đây là thư mục, không phải tệp', en: 'this is a directory, not a file' },
        { file },
      );
    }
    size = info.size;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      inputFail('cli/file-not-found', { vi: 'không tìm thấy tệp', en: 'file not found' }, { file });
    }
    if ((error as { kind?: string }).kind === 'ntm/cli-error') throw error;
    inputFail(
      'cli/file-unreadable',
      {
        vi: `không đọc được tệp (${String((error as Error).message)})`,
        en: `cannot read the file (${String((error as Error).message)})`,
      },
      { file },
    );
  }
  if (size > MAX_BYTES) {
    inputFail(
      'cli/file-too-large',
      {
        vi: `tệp quá lớn (${size} byte, tối đa ${MAX_BYTES})`,
        en: `file too large (${size} bytes, at most ${MAX_BYTES})`,
      },
      { file },
    );
  }
  return new Uint8Array(await readFile(file));
}
