import {
  CLI_ERRORS,
  expectedKind,
  fromDateParts,
  fromDayNumber,
  INPUT_ERRORS,
  type IsoDate,
  isDomainError,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { inputFail, type Where } from '../cli-error.js';
import type { Cell } from './table.js';

/** Excel's day 0 in the 1900 date system is 1899-12-30, so serial 25569 is 1970-01-01 (day number 0). */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A cell as text (numbers printed as typed), or `undefined` when empty.
 *
 * @example
 * ```ts
 * cellText(12); // '12'
 * ```
 */
export function cellText(cell: Cell): string | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return dateText(cell);
  const text = String(cell).trim();
  return text === '' ? undefined : text;
}

/**
 * A date cell as text: its day (`2022-08-05`), or what it holds when a serial out of Excel's range made it (an
 * invalid date, a year past 9999), which `toISOString` would throw on or cut.
 */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const iso = date.toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : iso;
}

/** Where a cell is, given as is or made only when a message needs it (rows are read by the hundred thousand). */
export type CellPlace = Where | (() => Where);

function place(where: CellPlace): Where {
  return typeof where === 'function' ? where() : where;
}

/** A plain decimal number as typed: digits, an optional point and exponent. */
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A cell as a finite number. Accepts `85,5` (decimal comma, as Vietnamese Excel writes) and `85%`.
 *
 * @example
 * ```ts
 * cellNumber('85,5', { file: 'a.csv', row: 2, column: '17.1' }); // 85.5
 * ```
 */
export function cellNumber(cell: Cell, where: CellPlace): number | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return cell;
  } else if (typeof cell === 'string') {
    // The common case first: a number as plain as JavaScript writes it (and not so long that it is Infinity).
    if (PLAIN_NUMBER.test(cell)) {
      const value = Number(cell);
      if (Number.isFinite(value)) return value;
    }
    let text = cell.trim().replace(/\s+/g, '');
    if (text.endsWith('%')) text = text.slice(0, -1);
    // "1.234,5" (thousands dot, decimal comma) and "85,5" (decimal comma).
    if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
    else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
    if (PLAIN_NUMBER.test(text)) {
      const value = Number(text);
      if (Number.isFinite(value)) return value;
    }
  }
  return inputFail(INPUT_ERRORS['input/wrong-type'], place(where), {
    expected: expectedKind('number'),
    received: received(cell instanceof Date ? dateText(cell) : cell),
  });
}

/** The yes/no spellings a message suggests, the common ones of each language first. */
const YES_NO_SHOWN = {
  vi: '"có", "không", "đạt", "chưa đạt", 1, 0',
  en: '"yes", "no", "có", "không", 1, 0',
} as const;

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ...['có', 'co', 'đạt', 'dat', 'x', '1', 'yes', 'y', 'true', 'met'].map((k) => [k, true] as const),
  ...[
    'không',
    'khong',
    'chưa đạt',
    'chua dat',
    'không đạt',
    'khong dat',
    '0',
    'no',
    'n',
    'false',
    'not met',
  ].map((k) => [k, false] as const),
]);

/**
 * A cell as a yes/no value: `có/không`, `đạt/chưa đạt`, `x`, `1/0`, `yes/no`, `true/false`.
 *
 * @example
 * ```ts
 * cellBoolean('Đạt', { row: 2 }); // true
 * ```
 */
export function cellBoolean(cell: Cell, where: CellPlace): boolean | undefined {
  if (cell === null) return undefined;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
  // Cells arrive trimmed and NFC; the exact spelling is the common case.
  const value =
    (typeof cell === 'string' ? YES_NO.get(cell) : undefined) ??
    YES_NO.get(String(cell).trim().toLowerCase().normalize('NFC'));
  if (value !== undefined) return value;
  return inputFail(INPUT_ERRORS['input/not-allowed'], place(where), {
    allowed: YES_NO_SHOWN,
    received: received(cell instanceof Date ? dateText(cell) : cell),
  });
}

/**
 * A cell as a calendar date. Accepts `YYYY-MM-DD`, `dd/mm/yyyy` (also `-` or `.`), an Excel date cell and an
 * Excel serial number (1900 date system).
 *
 * @example
 * ```ts
 * cellDate('05/08/2022', { row: 2 }); // '2022-08-05'
 * cellDate(44778, { row: 2 });        // '2022-08-05'
 * ```
 */
export function cellDate(cell: Cell, where: Where): IsoDate | undefined {
  if (cell === null) return undefined;
  const bad = (): never =>
    inputFail(CLI_ERRORS['cli/not-a-date'], where, {
      received: received(cell instanceof Date ? dateText(cell) : cell),
    });
  try {
    if (cell instanceof Date) {
      if (Number.isNaN(cell.getTime())) return bad();
      return fromDateParts({
        year: cell.getUTCFullYear(),
        month: cell.getUTCMonth() + 1,
        day: cell.getUTCDate(),
      });
    }
    if (typeof cell === 'number') {
      // Serials 1..60 fall before Excel's fictitious 1900-02-29; nobody dates a directive then.
      if (!Number.isInteger(cell) || cell < 61 || cell > 2958465) return bad();
      return fromDayNumber(cell - EXCEL_EPOCH_OFFSET);
    }
    if (typeof cell === 'boolean') return bad();
    return parseDateText(cell.trim()) ?? bad();
  } catch (error) {
    if (isDomainError(error)) return bad();
    throw error;
  }
}

/**
 * Parses a date typed on the command line or in a cell: `YYYY-MM-DD` or `dd/mm/yyyy`. Returns `undefined` for any
 * other shape; throws a `DomainError` for a date that does not exist (31/04/2022).
 *
 * @example
 * ```ts
 * parseDateText('26/7/2022'); // '2022-07-26'
 * ```
 */
export function parseDateText(text: string): IsoDate | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseIsoDate(text);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return fromDateParts({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  if (/^\d{5}$/.test(text)) return fromDayNumber(Number(text) - EXCEL_EPOCH_OFFSET);
  return undefined;
}
