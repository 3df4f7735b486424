import { inputFail } from '../cli-error.js';
import type { CliFiles } from './files.js';

/** Files read whole (JSON) larger than this are refused: directives and configurations are small. */
export const MAX_WHOLE_FILE = 50 * 1024 * 1024;

/** A file opened for reading, with how far reading has got (for progress). */
export interface OpenedFile {
  /** The path as the user typed it. */
  readonly path: string;
  /** Size in bytes. */
  readonly size: number;
  /** The bytes, in chunks. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Bytes handed out so far. */
  readonly bytesRead: () => number;
}

/**
 * Opens a file for reading; "not found" and "is a folder" become bilingual errors naming the file.
 *
 * @example
 * ```ts
 * const file = await openFile(files, 'xa.csv');
 * for await (const chunk of file.chunks) use(chunk);
 * ```
 */
export async function openFile(files: CliFiles, path: string): Promise<OpenedFile> {
  const info = await files.stat(path);
  if (info === undefined)
    inputFail(
      'cli/file-not-found',
      { vi: 'không tìm thấy tệp', en: 'file not found' },
      { file: path },
    );
  if (info.kind === 'directory')
    inputFail(
      'cli/not-a-file',
      { vi: 'đây là thư mục, không phải tệp', en: 'this is a folder, not a file' },
      { file: path },
    );
  let read = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of files.read(path)) {
      read += chunk.length;
      yield chunk;
    }
  }
  return { path, size: info.size, chunks: counted(), bytesRead: () => read };
}

/**
 * Reads a whole (small) file: JSON documents, OCOP sheets. Refuses files above {@link MAX_WHOLE_FILE}.
 *
 * @example
 * ```ts
 * const bytes = await readWholeFile(files, 'cv.json');
 * ```
 */
export async function readWholeFile(files: CliFiles, path: string): Promise<Uint8Array> {
  const file = await openFile(files, path);
  if (file.size > MAX_WHOLE_FILE)
    inputFail(
      'cli/file-too-large',
      {
        vi: `tệp quá lớn (${file.size} byte, tối đa ${MAX_WHOLE_FILE} với loại tệp này)`,
        en: `file too large (${file.size} bytes, at most ${MAX_WHOLE_FILE} for this kind of file)`,
      },
      { file: path },
    );
  const parts: Uint8Array[] = [];
  for await (const chunk of file.chunks) parts.push(chunk);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
