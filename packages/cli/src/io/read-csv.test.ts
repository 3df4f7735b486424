import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../cli-error.js';
import { cellDate, cellNumber } from './cells.js';
import { parseCsv } from './read-csv.js';

const TEXT = 'Mã xã;Tên xã;Năm\n03260;Quài Nưa;2022\n\n;;\n03261;Toả Tình;2022\n';

/** Windows-1258 writes tone marks as combining characters after a precomposed base (â, ư, ơ…). */
function toWindows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/u;
  const decomposed = [...text.normalize('NFD')];
  let out = '';
  let pendingTones = '';
  for (const ch of decomposed) {
    if (tones.test(ch)) pendingTones += ch;
    else if (/\p{M}/u.test(ch)) out = out.slice(0, -1) + (out.slice(-1) + ch).normalize('NFC');
    else {
      out += pendingTones + ch;
      pendingTones = '';
    }
  }
  return iconv.encode(out + pendingTones, 'windows-1258');
}

describe('parseCsv', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      'utf-8',
    ],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      'utf-16le',
    ],
    ['Windows-1258', toWindows1258(TEXT), 'windows-1258'],
  ])('reads %s with ";" separators and skips empty rows', (_label, bytes, encoding) => {
    const table = parseCsv('xa.csv', new Uint8Array(bytes));
    expect(table.headers).toEqual(['Mã xã', 'Tên xã', 'Năm']);
    expect(table.rows.map((r) => r.cells[1])).toEqual(['Quài Nưa', 'Toả Tình']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(table.notes).toContain(`encoding ${encoding}`);
  });

  it('names file and row when a row has more cells than the header', () => {
    try {
      parseCsv('xa.csv', new TextEncoder().encode('a,b\n1,2,3\n'));
      expect.unreachable();
    } catch (error) {
      expect(isCliError(error)).toBe(true);
      if (isCliError(error)) expect(error.issues[0]?.message.en).toMatch(/^xa\.csv, row 2: /);
    }
  });

  it('rejects an empty file with a clear message', () => {
    expect(() => parseCsv('empty.csv', new Uint8Array())).toThrow(/no data/);
  });
});

describe('cells', () => {
  const where = { file: 'a.csv', row: 2, column: 'Ngày' };
  it.each([
    ['2022-08-05', '2022-08-05'],
    ['05/08/2022', '2022-08-05'],
    ['5/8/2022', '2022-08-05'],
    ['05.08.2022', '2022-08-05'],
    [44778, '2022-08-05'],
  ])('reads the date %s', (cell, iso) => {
    expect(cellDate(cell, where)).toBe(iso);
  });

  it.each(['31/04/2022', '2022-02-30', 'hôm qua', 12.5])(
    'rejects %s naming row and column',
    (cell) => {
      expect(() => cellDate(cell, where)).toThrow(/a\.csv, row 2, column "Ngày"/);
    },
  );

  it('reads decimal commas and percentages and rejects text', () => {
    expect(cellNumber('85,5', where)).toBe(85.5);
    expect(cellNumber('85%', where)).toBe(85);
    expect(cellNumber('1.234,5', where)).toBe(1234.5);
    expect(() => cellNumber('nhiều', where)).toThrow(/Expected a number, got "nhiều"/);
  });
});
