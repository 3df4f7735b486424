/**
 * What `ntm` needs from a file system, so that commands run the same on disk (the `ntm` binary), in memory (tests)
 * and, later, over files a browser hands over. Paths are as the user typed them; implementations resolve them.
 *
 * @example
 * ```ts
 * const info = await files.stat('xa.csv'); // { kind: 'file', size: 50_916_570 } or undefined
 * ```
 */
export interface CliFiles {
  /** What is at `path`, or `undefined` when nothing is. */
  stat(path: string): Promise<FileInfo | undefined>;
  /** The bytes of a file, in chunks (a large file is never held whole). */
  read(path: string): AsyncIterable<Uint8Array>;
  /** Creates (or replaces) a file and returns where to write it. */
  create(path: string): Promise<FileSink>;
}

/**
 * A file or a folder, and its size.
 *
 * @example
 * ```ts
 * const info: FileInfo = { kind: 'file', size: 1024 };
 * ```
 */
export interface FileInfo {
  /** `file` or `directory`. */
  readonly kind: 'file' | 'directory';
  /** Size in bytes (files). */
  readonly size: number;
}

/**
 * A file being written.
 *
 * @example
 * ```ts
 * const sink = await files.create('ket-qua.csv');
 * await sink.write('Mã xã,Tên xã\r\n');
 * await sink.close();
 * ```
 */
export interface FileSink {
  /** Appends text (UTF-8) or bytes; resolves when the sink can take more. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the file. */
  close(): Promise<void>;
  /** Gives up: removes what was written, so a failed run leaves no half file behind. */
  abort(): Promise<void>;
}
