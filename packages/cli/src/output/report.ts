import type { Bilingual, IsoDate } from '@ntm/domain/core';

/**
 * What a column holds, so that each output writes it properly: Excel gets numbers as numbers, dates as dates and
 * percentages as percentages; a Vietnamese table shows `04/08/2022` and `85,5%`.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'percent' | 'date';

/** A value whose type is given by the cell itself (for item/value sheets that mix types in one column). */
export interface TypedCell {
  /** The type of this one value. */
  readonly type: ColumnType;
  /** Text, number (percentages as 0–100) or ISO date. */
  readonly value: string | number;
}

/** One cell: text, a number, an ISO date (in a `date` column), a typed value, or empty. */
export type CellValue = string | number | TypedCell | null;

/** One row of a sheet. */
export type Row = readonly CellValue[];

/** A column of a sheet. */
export interface Column {
  /** Header in both languages. */
  readonly header: Bilingual;
  /** What the column holds; `text` by default. */
  readonly type?: ColumnType;
  /** Width in characters in Excel (and a hint for text tables). */
  readonly width?: number;
}

/** A table of results, possibly produced row by row while a file is being read. */
export interface Sheet {
  /** Worksheet name in both languages (at most 31 characters). */
  readonly name: Bilingual;
  /** The columns. */
  readonly columns: readonly Column[];
  /** The rows; an async iterable streams them. */
  readonly rows: Iterable<Row> | AsyncIterable<Row>;
}

/** What a command reports: lines above, sheets, and notes computed once every row has been written. */
export interface Report {
  /** Lines shown above the tables (in the user's language). */
  readonly title?: readonly string[];
  /** The tables. */
  readonly sheets: readonly Sheet[];
  /** Lines shown below (in the user's language), asked for after the rows have been written. */
  readonly notes?: () => readonly string[];
}

/**
 * A date cell in a mixed column.
 *
 * @example
 * ```ts
 * [label, dateCell('2025-06-19')];
 * ```
 */
export function dateCell(value: IsoDate | string): TypedCell {
  return { type: 'date', value };
}

/**
 * A number cell in a mixed column.
 *
 * @example
 * ```ts
 * [label, numberCell(82)];
 * ```
 */
export function numberCell(value: number): TypedCell {
  return { type: 'number', value };
}

/**
 * The type and raw value of a cell in a column.
 *
 * @example
 * ```ts
 * typedValue(dateCell('2022-08-04'), 'text'); // { type: 'date', value: '2022-08-04' }
 * ```
 */
export function typedValue(
  cell: CellValue,
  columnType: ColumnType = 'text',
): { type: ColumnType; value: string | number } | null {
  if (cell === null) return null;
  if (typeof cell === 'object') return cell;
  if (typeof cell === 'number')
    return { type: columnType === 'text' ? 'number' : columnType, value: cell };
  return { type: columnType === 'date' ? 'date' : 'text', value: cell };
}

/** The two columns of a sheet that lists facts about one thing: "Mục" and "Giá trị". */
export const ITEM_VALUE_COLUMNS: readonly Column[] = Object.freeze([
  { header: { vi: 'Mục', en: 'Item' }, width: 26 },
  { header: { vi: 'Giá trị', en: 'Value' }, width: 80 },
]);
