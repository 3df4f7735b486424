import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWindows1258 } from '../../test/support/windows-1258.js';
import { createCsvParser } from './csv-parser.js';
import { createChunkDecoder } from './decode-text.js';

/** Parses text cut into the given pieces. */
function parsePieces(pieces: readonly string[]) {
  const p = createCsvParser();
  return [...pieces.flatMap((piece) => p.push(piece)), ...p.end()];
}

/** Cuts text at the given positions. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'ư', 'Đ', ' ', ',', ';', '"', '\n', '\r\n', '5', '%') }),
  fc.constantFrom('', 'Xã Quài Nưa', '85,5', 'có'),
);
const quote = (c: string, sep: string) =>
  c.includes('"') || c.includes(sep) || /[\r\n]/.test(c) || c === ''
    ? `"${c.replace(/"/g, '""')}"`
    : c;

describe('createCsvParser', () => {
  it('reads what csv-parse reads, however the text is cut into pieces (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, sep, eol, cuts) => {
          // A header line of plain words, so that the separator is found as in a real file.
          const table = [['Mã xã', 'Tên xã', 'Năm'], ...rows];
          const text = table.map((r) => r.map((c) => quote(c, sep)).join(sep)).join(eol) + eol;
          const expected = parse(text, { delimiter: sep, relax_column_count: true }) as string[][];
          const records = parsePieces(cut(text, cuts));
          expect(records.map((r) => r.cells)).toEqual(expected);
        },
      ),
    );
  });

  it('numbers rows as a spreadsheet does: empty lines count, a quoted line break does not', () => {
    const records = parsePieces(['a;b\n', '1;"x\ny"\n\n', '2;z']);
    expect(records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x\ny']],
      [3, ['']],
      [4, ['2', 'z']],
    ]);
  });

  it('detects the separator from the first non-empty line, outside quotes', () => {
    const p = createCsvParser();
    p.push('\n"a,b";c;d\n');
    expect(p.delimiter).toBe(';');
  });
});

describe('createChunkDecoder', () => {
  const TEXT = 'Mã xã;Tên xã\n03260;Quài Nưa\n03261;Toả Tình\n';

  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    [
      'UTF-8 with BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]),
      'utf-8',
    ],
    [
      'UTF-16 LE with BOM',
      new Uint8Array([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]),
      'utf-16le',
    ],
    ['Windows-1258', toWindows1258(TEXT), 'windows-1258'],
  ])('decodes %s to NFC text, cut anywhere', (_label, bytes, encoding) => {
    for (let size = 1; size <= bytes.length; size += 7) {
      const d = createChunkDecoder('xa.csv');
      let text = '';
      for (let i = 0; i < bytes.length; i += size) text += d.push(bytes.subarray(i, i + size));
      text += d.end();
      expect(text).toBe(TEXT);
      expect(d.encoding).toBe(encoding);
    }
  });

  it('names the line where a UTF-8 file stops being UTF-8', () => {
    const d = createChunkDecoder('xa.csv');
    // More than the 64 KiB the encoding is told from, all of it UTF-8.
    d.push(new TextEncoder().encode(`Mã xã\n${'1\n'.repeat(40_000)}`));
    expect(() => d.push(new Uint8Array([0x41, 0xff, 0x0a]))).toThrow(/xa\.csv: .*line 40002/);
  });
});
