// A zip archive held in memory, read through its central directory: the parts of a workbook can then be read in the
// order their meaning needs (styles and shared strings before the sheets that use them) whatever their order in the
// file, with nothing written to disk and the same bytes always giving the same parts.
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';

/** One file of a zip archive, as its central directory records it. */
export interface ZipEntry {
  /** The path inside the archive (`xl/worksheets/sheet1.xml`). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number;
  /** Where the compressed bytes start and end in the archive. */
  readonly start: number;
  readonly end: number;
  /** Size once uncompressed. */
  readonly size: number;
}

/**
 * Thrown for anything that is not a readable zip archive; the caller names the file.
 *
 * @example
 * ```ts
 * try { zipEntries(bytes); } catch (error) { if (error instanceof ZipFormatError) refuse(file); }
 * ```
 */
export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const MAX_TAIL = 22 + 0xffff;
const PIECE = 64 * 1024;

function fail(reason: string): never {
  throw new ZipFormatError(reason);
}

/**
 * The entries of a zip archive in the order of its central directory, the archive's own index (the local headers of
 * a zip written as a stream carry no sizes, so the directory is the only reliable one). ZIP64, encrypted and
 * overlapping entries are refused.
 *
 * @example
 * ```ts
 * zipEntries(bytes).map((e) => e.name); // ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 * ```
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) =>
    at + 2 <= bytes.length ? view.getUint16(at, true) : fail('truncated');
  const u32 = (at: number) =>
    at + 4 <= bytes.length ? view.getUint32(at, true) : fail('truncated');
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_TAIL); at -= 1)
    if (u32(at) === END_OF_DIRECTORY && at + 22 + u16(at + 20) === bytes.length) {
      eocd = at;
      break;
    }
  if (eocd < 0) fail('no end of central directory');
  const count = u16(eocd + 10);
  const directoryEnd = u32(eocd + 16) + u32(eocd + 12);
  if (count === 0xffff || directoryEnd > eocd) fail('ZIP64 or a directory out of bounds');
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let at = u32(eocd + 16), i = 0; i < count; i += 1) {
    if (u32(at) !== DIRECTORY_ENTRY) fail('bad directory entry');
    const nameLength = u16(at + 28);
    const compressed = u32(at + 20);
    const local = u32(at + 42);
    if ((u16(at + 8) & 1) === 1) fail('encrypted');
    if (local + 30 > directoryEnd || u32(local) !== LOCAL_HEADER) fail('bad local header');
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressed > directoryEnd) fail('entry out of bounds');
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      crc: u32(at + 16),
      start,
      end: start + compressed,
      size: u32(at + 24),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/**
 * The text of an entry (UTF-8, letters kept whole across pieces), inflated as it is read: memory holds one piece.
 * Rejects with a {@link ZipFormatError} when the data does not inflate, or its size or CRC-32 is not the recorded
 * one. `progress` is told how many compressed bytes have been handed to the inflater.
 *
 * @example
 * ```ts
 * for await (const text of entryText(bytes, entry)) parser.write(text);
 * ```
 */
export async function* entryText(
  bytes: Uint8Array,
  entry: ZipEntry,
  progress: (compressedBytes: number) => void = () => {},
): AsyncGenerator<string> {
  if (entry.method !== 0 && entry.method !== 8) fail(`compression method ${entry.method}`);
  const data = bytes.subarray(entry.start, entry.end);
  async function* pieces(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < data.length; at += PIECE) {
      progress(Math.min(data.length, at + PIECE));
      yield data.subarray(at, at + PIECE);
    }
  }
  const source = Readable.from(pieces(), { objectMode: false });
  const inflated =
    entry.method === 0 ? source : source.pipe(createInflateRaw({ chunkSize: PIECE }));
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of inflated as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      crc = crc32(chunk, crc);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch {
    fail('data does not inflate');
  } finally {
    source.destroy();
    if (inflated !== source) inflated.destroy();
  }
  if (size !== entry.size || crc !== entry.crc) fail('size or CRC-32 differs from the directory');
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
