import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';

/** The encodings `ntm` reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** A decoder fed chunk by chunk: the encoding is decided on the first chunk. */
export interface ChunkDecoder {
  /** Decodes the next chunk; returns NFC text up to the last complete line. */
  push(chunk: Uint8Array): string;
  /** Returns what is left. */
  end(): string;
  /** The encoding detected (after the first chunk). */
  readonly encoding: TextEncoding | undefined;
}

/**
 * Decodes text files the way Vietnamese offices save them: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
 * "Unicode text"), or Windows-1258 (old "CSV (MS-DOS/Windows)" exports) when the first chunk is not UTF-8. Text comes
 * out NFC (Windows-1258 writes tone marks as combining characters), cut at line ends so that a letter and its tone
 * mark are never split across two pieces. Uses only `TextDecoder`, so it runs in browsers too.
 *
 * @example
 * ```ts
 * const d = createChunkDecoder('xa.csv');
 * const text = d.push(bytes) + d.end();
 * ```
 */
export function createChunkDecoder(file: string): ChunkDecoder {
  let decoder: { decode(input: Uint8Array, options: { stream: boolean }): string } | undefined;
  let encoding: TextEncoding | undefined;
  let carry = '';
  let line = 1;
  let head: Uint8Array = new Uint8Array();
  const start = (): Uint8Array => {
    encoding = detect(head.subarray(0, SNIFF));
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    const bytes = head;
    head = new Uint8Array();
    return bytes;
  };
  const flush = (text: string, all: boolean): string => {
    const joined = carry + text;
    const cut = all ? joined.length : joined.lastIndexOf('\n') + 1;
    carry = joined.slice(cut);
    const done = joined.slice(0, cut);
    for (let i = done.indexOf('\n'); i >= 0; i = done.indexOf('\n', i + 1)) line += 1;
    return done.normalize('NFC');
  };
  const decode = (chunk: Uint8Array, stream: boolean): string => {
    try {
      return decoder?.decode(chunk, { stream }) ?? '';
    } catch {
      // The line of the first byte that is not UTF-8: the lines already cut, then those before it in this chunk.
      const lenient = carry + new TextDecoder('utf-8').decode(chunk);
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
      const at = line + (before.match(/\n/g)?.length ?? 0);
      return inputFail(CLI_ERRORS['cli/mixed-encoding'], { file }, { line: at });
    }
  };
  return {
    get encoding() {
      return encoding;
    },
    push(chunk: Uint8Array): string {
      if (decoder === undefined) {
        // The encoding is decided on the first 64 KiB (or the whole file when smaller), whatever the chunk size.
        head = concat(head, chunk);
        if (head.length < SNIFF) return '';
        return flush(decode(start(), true), false);
      }
      return flush(decode(chunk, true), false);
    },
    end(): string {
      const rest = decoder === undefined ? start() : new Uint8Array();
      return flush(decode(rest, false), true);
    },
  };
}

/**
 * Decodes a whole file held in memory (JSON documents); see {@link createChunkDecoder}.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.json'); // 'A'
 * ```
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const decoder = createChunkDecoder(file);
  return decoder.push(bytes) + decoder.end();
}

/** Bytes looked at to tell the encoding. */
const SNIFF = 64 * 1024;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function detect(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    // `stream: true` so that a letter cut at the end of the chunk is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}
