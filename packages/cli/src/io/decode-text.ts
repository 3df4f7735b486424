import iconv from 'iconv-lite';

/** The encodings `ntm` reads; others are converted to UTF-8 first. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  /** The text, NFC-normalised (Windows-1258 writes tone marks as combining characters). */
  readonly text: string;
  /** The encoding that was detected or requested. */
  readonly encoding: TextEncoding;
}

/**
 * Decodes a text file the way Vietnamese offices save them: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
 * "Unicode text"), or Windows-1258 (old "CSV (MS-DOS/Windows)" exports) when the bytes are not valid UTF-8.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text; // 'A'
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const chosen = encoding ?? detectEncoding(bytes);
  let text: string;
  if (chosen === 'windows-1258') text = iconv.decode(Buffer.from(bytes), 'windows-1258');
  else {
    text = new TextDecoder(chosen).decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.normalize('NFC'), encoding: chosen };
}

function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}
