import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliFiles, FileSink } from '../../src/io/files.js';

/** Files in memory over a read-only disk: tests read the repository's examples and never write to it. */
export interface MemoryFiles extends CliFiles {
  /** The bytes of a file written (or put), or `undefined`. */
  get(path: string): Uint8Array | undefined;
  /** The text of a file written (or put), or `undefined`. */
  text(path: string): string | undefined;
  /** Puts a file in memory. */
  put(path: string, content: string | Uint8Array): void;
  /** Paths (relative to the folder) of the files written. */
  written(): string[];
}

/**
 * A file system for in-process runs: paths resolve against `cwd`; writes stay in memory; reads come from memory, then
 * from the disk.
 */
export function memoryFiles(cwd: string): MemoryFiles {
  const store = new Map<string, Uint8Array>();
  const at = (path: string) => resolve(cwd, path);
  const bytes = (content: string | Uint8Array) =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    async stat(path) {
      const mem = store.get(at(path));
      if (mem) return { kind: 'file', size: mem.length };
      try {
        const info = statSync(at(path));
        return { kind: info.isDirectory() ? 'directory' : 'file', size: info.size };
      } catch {
        return undefined;
      }
    },
    read(path) {
      const mem = store.get(at(path));
      if (mem === undefined) return createReadStream(at(path), { highWaterMark: 64 * 1024 });
      return (async function* () {
        // Small chunks, so that tests cross chunk boundaries as large files do.
        for (let i = 0; i < mem.length; i += 4096) yield mem.subarray(i, i + 4096);
      })();
    },
    async create(path): Promise<FileSink> {
      const parts: Uint8Array[] = [];
      return {
        async write(chunk) {
          parts.push(bytes(chunk).slice());
        },
        async close() {
          const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let i = 0;
          for (const p of parts) {
            out.set(p, i);
            i += p.length;
          }
          store.set(at(path), out);
        },
        async abort() {},
      };
    },
    get: (path) => store.get(at(path)),
    text(path) {
      const b = store.get(at(path));
      return b === undefined ? undefined : new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
    },
    put(path, content) {
      store.set(at(path), bytes(content));
    },
    written: () =>
      [...store.keys()].map((k) => (k.startsWith(`${cwd}/`) ? k.slice(cwd.length + 1) : k)),
  };
}
