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
  // The last bytes decoded (at most 3): a letter cut at the end of a chunk is finished by the next one.
  let last: Uint8Array = new Uint8Array();
  const start = (whole: boolean): Uint8Array => {
    encoding = detect(head.subarray(0, SNIFF), whole && head.length <= SNIFF);
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    const bytes = head;
    head = new Uint8Array();
    return bytes;
  };
  const flush = (text: string, all: boolean): string => {
    const joined = carry + text;
    const cut = all ? joined.length : afterLastLineEnd(joined);
    carry = joined.slice(cut);
    const done = joined.slice(0, cut);
    line += lineEnds(done.length, (i) => done.charCodeAt(i));
    return done.normalize('NFC');
  };
  const decode = (chunk: Uint8Array, stream: boolean): string => {
    try {
      const text = decoder?.decode(chunk, { stream }) ?? '';
      last = concat(last, chunk.subarray(-3)).subarray(-3);
      return text;
    } catch {
      // The line of the first byte that is not UTF-8: the lines already cut, then those in what is carried (at most a
      // CR at its end) and before that byte in this chunk, read from the start of a letter the last chunk cut.
      const bytes = concat(cutLetter(last), chunk);
      const before = bytes.subarray(0, firstInvalidUtf8(bytes));
      const n = carry.length;
      const at =
        line +
        lineEnds(n + before.length, (i) => (i < n ? carry.charCodeAt(i) : (before[i - n] ?? 0)));
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
        return flush(decode(start(false), true), false);
      }
      return flush(decode(chunk, true), false);
    },
    end(): string {
      const rest = decoder === undefined ? start(true) : new Uint8Array();
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

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where text can be cut: after its last line end (LF, CRLF, or a CR alone, as old Mac exports end lines), looked for
 * from the end, so a long file costs no more than its chunks. A CR that ends the text may be half a CRLF: not yet.
 */
function afterLastLineEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && i < text.length - 1)) return i + 1;
  }
  return 0;
}

/** The line ends among `length` characters or bytes (`code(i)` gives each): each LF, and each CR no LF follows. */
function lineEnds(length: number, code: (i: number) => number): number {
  let count = 0;
  for (let i = 0; i < length; i += 1) {
    const c = code(i);
    if (c === LF || (c === CR && (i + 1 === length || code(i + 1) !== LF))) count += 1;
  }
  return count;
}

/** The bytes at the end of `bytes` that begin a UTF-8 letter and do not finish it (none when the last is whole). */
function cutLetter(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= 0; i -= 1) {
    const b = bytes[i] as number;
    if (b >= 0x80 && b < 0xc0) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < length ? bytes.subarray(i) : new Uint8Array();
  }
  return new Uint8Array();
}

/**
 * The offset of the first byte of `bytes` that breaks UTF-8 (the shortest prefix that does not decode ends there),
 * or the start of a letter cut at the end.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const valid = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  if (valid(bytes.length)) return bytes.length - cutLetter(bytes).length;
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (valid(middle)) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

/**
 * The encoding of a file from its first bytes, or from all of them (`whole`). At the end of a whole file, a letter
 * cut short is a UTF-8 file cut short when other letters are UTF-8, and a Windows-1258 tone mark (a byte that begins
 * a letter in UTF-8) when the rest is ASCII.
 */
function detect(bytes: Uint8Array, whole: boolean): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    // `stream: true` so that a letter cut at the end is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return 'windows-1258';
  }
  const cut = whole ? cutLetter(bytes).length : 0;
  if (cut === 0) return 'utf-8';
  return bytes.subarray(0, bytes.length - cut).some((b) => b >= 0x80) ? 'utf-8' : 'windows-1258';
}
