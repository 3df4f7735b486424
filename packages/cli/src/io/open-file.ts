import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { CliFiles, FileInfo } from './files.js';

/** Files read whole (JSON) larger than this are refused: directives and configurations are small. */
export const MAX_WHOLE_FILE = 50 * 1024 * 1024;

/**
 * Workbooks larger than this are refused. A workbook is held in memory compressed (its sheets are inflated as they
 * are read): a 1,048,576-row sheet, Excel's limit, of the communes template takes about 350 MB.
 */
export const MAX_WORKBOOK = 512 * 1024 * 1024;

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

/** Why a file system call failed, as the system says it (`ENOTDIR: not a directory`). */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a file for reading; "not found", "is a folder" and any other failure to read become bilingual errors naming
 * the file.
 *
 * @example
 * ```ts
 * const file = await openFile(files, 'xa.csv');
 * for await (const chunk of file.chunks) use(chunk);
 * ```
 */
export async function openFile(files: CliFiles, path: string): Promise<OpenedFile> {
  let info: FileInfo | undefined;
  try {
    info = await files.stat(path);
  } catch (error) {
    return inputFail(
      CLI_ERRORS['cli/file-unreadable'],
      { file: path },
      { reason: reasonOf(error) },
    );
  }
  if (info === undefined) inputFail(CLI_ERRORS['cli/file-not-found'], { file: path });
  if (info.kind === 'directory') inputFail(CLI_ERRORS['cli/not-a-file'], { file: path });
  let read = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of files.read(path)) {
        read += chunk.length;
        yield chunk;
      }
    } catch (error) {
      if ((error as { kind?: unknown }).kind === 'ntm/cli-error') throw error;
      inputFail(CLI_ERRORS['cli/file-unreadable'], { file: path }, { reason: reasonOf(error) });
    }
  }
  return { path, size: info.size, chunks: counted(), bytesRead: () => read };
}

/**
 * Reads a whole file: JSON documents, OCOP sheets, workbooks. Refuses files above `limit` ({@link MAX_WHOLE_FILE}
 * unless told).
 *
 * @example
 * ```ts
 * const bytes = await readWholeFile(files, 'cv.json');
 * ```
 */
export async function readWholeFile(
  files: CliFiles,
  path: string,
  limit = MAX_WHOLE_FILE,
): Promise<Uint8Array> {
  const file = await openFile(files, path);
  if (file.size > limit)
    inputFail(CLI_ERRORS['cli/file-too-large'], { file: path }, { size: file.size, limit });
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
