import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliFiles, FileInfo, FileSink } from './files.js';

/** Chunks of 1 MiB: few system calls, little memory. */
const CHUNK = 1024 * 1024;

/**
 * The local disk, paths resolved against `cwd`.
 *
 * @example
 * ```ts
 * const files = nodeFiles(process.cwd());
 * for await (const chunk of files.read('xa.csv')) console.log(chunk.length);
 * ```
 */
export function nodeFiles(cwd: string): CliFiles {
  const at = (path: string) => resolve(cwd, path);
  return {
    async stat(path: string): Promise<FileInfo | undefined> {
      try {
        const info = await stat(at(path));
        return { kind: info.isDirectory() ? 'directory' : 'file', size: info.size };
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    read(path: string): AsyncIterable<Uint8Array> {
      return createReadStream(at(path), { highWaterMark: CHUNK });
    },
    async create(path: string): Promise<FileSink> {
      const full = at(path);
      const stream = createWriteStream(full);
      await Promise.race([
        once(stream, 'open'),
        once(stream, 'error').then(([error]) => Promise.reject(error)),
      ]);
      let failed: unknown;
      stream.on('error', (error) => {
        failed = error;
      });
      return {
        async write(chunk) {
          if (failed !== undefined) throw failed;
          if (!stream.write(chunk)) await once(stream, 'drain');
        },
        async close() {
          if (failed !== undefined) throw failed;
          stream.end();
          await once(stream, 'finish');
        },
        async abort() {
          stream.destroy();
          await rm(full, { force: true });
        },
      };
    },
  };
}
