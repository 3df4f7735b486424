import { describe, expect, it } from 'vitest';
import { cellBoolean, cellDate, cellNumber, cellText } from './cells.js';
import { cellValue } from './xlsx-reader.js';

const where = { file: 'a.csv', row: 2, column: 'Ngày' };

describe('cells', () => {
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
    expect(cellNumber(' 85 % ', where)).toBe(85);
    expect(cellNumber('1.234,5', where)).toBe(1234.5);
    expect(() => cellNumber('nhiều', where)).toThrow(
      /column "Ngày": Expected a number, got "nhiều"/,
    );
  });

  it('builds the place of a cell only for a message', () => {
    let built = 0;
    const place = () => {
      built += 1;
      return where;
    };
    expect(cellNumber('12', place)).toBe(12);
    expect(cellBoolean('Có', place)).toBe(true);
    expect(built).toBe(0);
    expect(() => cellBoolean('hơi hơi', place)).toThrow(/a\.csv, row 2/);
    expect(built).toBe(1);
  });
});

describe('Excel cell values', () => {
  it('reads a number shown as a percentage as its percentage', () => {
    expect(cellValue(0.95, '0%')).toBe(95);
    expect(cellValue(0.855, '0.0%')).toBe(85.5);
    expect(cellValue(0.95, '0.00')).toBe(0.95);
    expect(cellValue(0.95, '0.0" %"')).toBe(0.95);
    expect(cellValue({ formula: 'A1*1', result: 0.5 }, '0%')).toBe(50);
  });

  it('flattens rich text, formulas and errors', () => {
    expect(cellValue({ richText: [{ text: 'Quài ' }, { text: 'Nưa' }] })).toBe('Quài Nưa');
    expect(cellValue({ formula: 'B2', result: 'x' })).toBe('x');
    expect(cellValue({ error: '#N/A' })).toBe('##N/A');
    expect(cellValue('  ')).toBeNull();
  });
});

// Found by fuzzing (test/fuzz/cli-readers.test.ts).
describe('cells out of range', () => {
  it('refuses a number too long to be finite instead of reading Infinity', () => {
    for (const cell of ['1e400', '-1e309', '9'.repeat(400)])
      expect(() => cellNumber(cell, where)).toThrow(
        cliError('input/wrong-type', ['a.csv', 2, 'Ngày']),
      );
  });

  it('refuses an invalid date cell with a typed error, not a RangeError', () => {
    const invalid = new Date(Number.NaN);
    expect(() => cellDate(invalid, where)).toThrow(
      cliError('cli/not-a-date', ['a.csv', 2, 'Ngày']),
    );
    expect(() => cellNumber(invalid, where)).toThrow(cliError('input/wrong-type'));
    expect(() => cellBoolean(invalid, where)).toThrow(cliError('input/not-allowed'));
    expect(cellText(invalid)).toBe('Invalid Date');
  });

  it('shows a date past year 9999 whole, not cut to "+010000-01"', () => {
    expect(cellText(new Date(Date.UTC(10000, 0, 1)))).toBe('+010000-01-01T00:00:00.000Z');
    expect(cellText(new Date(Date.UTC(2022, 7, 5)))).toBe('2022-08-05');
  });
});

/** A CliError of one issue, of `code` (at `path` when given): what `toThrow` must see. */
function cliError(code: string, path?: readonly (string | number)[]) {
  return expect.objectContaining({
    kind: 'ntm/cli-error',
    issues: [expect.objectContaining(path === undefined ? { code } : { code, path })],
  });
}
