/*
 * Text files as Vietnamese offices save them, for fuzzing the CLI's readers: tables written as CSV (any of the three
 * separators, quoted the RFC 4180 way or more, LF / CRLF / CR line ends, blank lines) and text encoded as UTF-8 (with
 * or without BOM), UTF-16 LE/BE with BOM, or Windows-1258; random bytes; chunk sizes to cut them with.
 */
import fc from 'fast-check';
import { toWindows1258 } from '../../../packages/cli/test/support/windows-1258.js';
import { mixedVietnamese, nfd } from './hostile-values.js';

const LOWER =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
/** The Vietnamese alphabet, both cases (every letter Windows-1258 can write). */
export const VIETNAMESE_LETTERS = [...LOWER, ...LOWER.toUpperCase()];

/** What makes CSV hard: separators, quotes, line ends, spaces. */
const CSV_SPECIALS = [',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '  '];

/** Text any encoding here can write: Vietnamese letters, digits, punctuation, the CSV specials. */
export const writableText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VIETNAMESE_LETTERS) },
    { weight: 2, arbitrary: fc.constantFrom(...'0123456789%.,-/()') },
    { weight: 3, arbitrary: fc.constantFrom(...CSV_SPECIALS) },
  ),
  maxLength: 24,
});

/**
 * Text only Unicode encodings write: any grapheme, NFD Vietnamese, odd spaces. Without U+037E GREEK QUESTION MARK:
 * it is canonically equivalent to `;`, and text is read in NFC, so a file holding it holds a separator.
 */
export const unicodeText = fc
  .oneof(
    writableText,
    fc.string({ unit: 'grapheme', maxLength: 16 }),
    writableText.map(nfd),
    mixedVietnamese,
  )
  .map((text) => text.replace(/\u037e/g, '?'));

/** A header cell: no separator, quote or line end, so that the header line tells the separator. */
export const headerText = fc
  .string({
    unit: fc.constantFrom(...VIETNAMESE_LETTERS, ...'0123456789 .%()'),
    minLength: 1,
    maxLength: 20,
  })
  .filter((h) => h.trim() !== '');

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export const UNICODE_ENCODINGS: readonly Encoding[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
];
export const ENCODINGS: readonly Encoding[] = [...UNICODE_ENCODINGS, 'windows-1258'];

/** `text` as a file in `encoding` would hold it (UTF-16 with its BOM, as Excel writes it). */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'windows-1258') return toWindows1258(text);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  if (encoding === 'utf-8-bom') return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8);
  const out = new Uint8Array(2 + text.length * 2);
  const big = encoding === 'utf-16be';
  out.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i] = big ? unit >> 8 : unit & 0xff;
    out[3 + 2 * i] = big ? unit & 0xff : unit >> 8;
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * True when `bytes` read as UTF-8 with a letter above ASCII (a letter cut at the end aside): Windows-1258 text that
 * no reader can tell from UTF-8.
 */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut += 1) {
    const head = bytes.subarray(0, bytes.length - cut);
    if (!head.some((b) => b >= 0x80)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head);
      return true;
    } catch {
      // Try without one more byte at the end.
    }
  }
  return false;
}

/** 1-based line of a byte offset: one more than the line feeds before it. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** How a generated table is written as CSV. */
export interface CsvStyle {
  readonly separator: ',' | ';' | '\t';
  readonly lineEnd: '\n' | '\r\n' | '\r';
  /** Quote every cell, not only those that need it. */
  readonly quoteAll: boolean;
  /** Blank lines before the header. */
  readonly blankLines: number;
  /** A line end after the last row. */
  readonly finalLineEnd: boolean;
}

export const csvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  separator: fc.constantFrom(',', ';', '\t'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  quoteAll: fc.boolean(),
  blankLines: fc.nat(2),
  finalLineEnd: fc.boolean(),
});

/** A table as CSV text, quoted where RFC 4180 needs it (or everywhere). */
export function writeCsv(rows: readonly (readonly string[])[], style: CsvStyle): string {
  const quote = (cell: string) =>
    style.quoteAll || /["\r\n]/.test(cell) || cell.includes(style.separator)
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  const lines = rows.map((cells) => cells.map(quote).join(style.separator));
  const text = style.lineEnd.repeat(style.blankLines) + lines.join(style.lineEnd);
  return style.finalLineEnd ? text + style.lineEnd : text;
}

/** Chunk sizes to cut a file with: single bytes, odd sizes that cut letters, or the whole file at once. */
export const chunkSizes = fc.oneof(
  fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 }),
  fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 3 }),
  fc.constant([Number.MAX_SAFE_INTEGER]),
);

/** Chunk sizes for a file past 64 KiB: cut anywhere, but not byte by byte (the reads are made thousands of times). */
export const bigChunkSizes = fc.array(fc.integer({ min: 500, max: 70_000 }), {
  minLength: 1,
  maxLength: 3,
});

/** Random bytes, often near the encodings' special bytes (BOMs, UTF-8 lead and continuation bytes, quotes). */
export const randomBytes = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x00, 0x0a, 0x0d, 0x22, 0x2c, 0x3b, 0x09, 0xef, 0xbb, 0xbf, 0xfe, 0xff),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xf7 }),
    ),
    { maxLength: 300 },
  )
  .map((bytes) => new Uint8Array(bytes));

/**
 * The case with a short printed form for fast-check's counterexamples: its bytes in base64 when they are few (paste
 * them into `Buffer.from(…, 'base64')` to replay), their size and first bytes otherwise.
 */
export function printable<C extends { readonly bytes: Uint8Array }>(fileCase: C): C {
  const { bytes } = fileCase;
  const shown =
    bytes.length <= 3000
      ? `base64 ${Buffer.from(bytes).toString('base64')}`
      : `${bytes.length} bytes starting ${Buffer.from(bytes.subarray(0, 40)).toString('hex')}`;
  const rest = Object.entries(fileCase)
    .filter(([key]) => key !== 'bytes' && key !== 'expected')
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return Object.defineProperty(fileCase, fc.toStringMethod, {
    value: () => `{ ${[shown, ...rest].join(', ')} }`,
  });
}

/** How a file is damaged: cut short, bytes changed, a range overwritten with random bytes. */
export const damage = fc.record({
  cut: fc.option(fc.nat(), { nil: undefined }),
  changes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
  overwrite: fc.option(fc.tuple(fc.nat(), randomBytes), { nil: undefined }),
});
export type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

/** A damaged copy of `bytes`. */
export function damaged(bytes: Uint8Array, d: Damage): Uint8Array {
  const out = bytes.slice(0, d.cut === undefined ? bytes.length : d.cut % (bytes.length + 1));
  for (const [at, value] of d.changes) if (out.length > 0) out[at % out.length] = value;
  if (d.overwrite !== undefined && out.length > 0) {
    const [at, noise] = d.overwrite;
    out.set(noise.subarray(0, out.length - (at % out.length)), at % out.length);
  }
  return out;
}
