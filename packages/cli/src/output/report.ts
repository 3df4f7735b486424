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

/** A column as one row of a table: its header in Vietnamese and English, its width, and its type when not text. */
export type ColumnRow = readonly [
  vi: string,
  en: string,
  width: number,
  type?: ColumnType | undefined,
];

/**
 * The columns of a sheet from rows that read like the sheet's header.
 *
 * @example
 * ```ts
 * columns([['Ngày', 'Date', 12, 'date'], ['Ghi chú', 'Note', 30]]);
 * ```
 */
export function columns(rows: readonly ColumnRow[]): readonly Column[] {
  return Object.freeze(
    rows.map(([vi, en, width, type]) => ({
      header: { vi, en },
      ...(type === undefined ? {} : { type }),
      width,
    })),
  );
}

/**
 * A column of a sheet that shows one row per item, beside the cell it shows for an item: its header in Vietnamese and
 * English, its width, the cell, and its type when not text.
 */
export type ItemColumn<T> = readonly [
  vi: string,
  en: string,
  width: number,
  cell: (item: T) => CellValue,
  type?: ColumnType,
];

/**
 * A sheet of one row per item, each column written next to the cell it shows, so that headers and cells cannot drift
 * apart. Items given as an async iterable are turned into rows as they come.
 *
 * @example
 * ```ts
 * itemSheet({ vi: 'Việc', en: 'Tasks' }, tasks, [['Việc', 'Task', 6, (t) => t.id], ['Hạn', 'Due', 12, (t) => t.due, 'date']]);
 * ```
 */
export function itemSheet<T>(
  name: Bilingual,
  items: Iterable<T> | AsyncIterable<T>,
  itemColumns: readonly ItemColumn<T>[],
): Sheet {
  const row = (item: T): Row => itemColumns.map((column) => column[3](item));
  return {
    name,
    columns: columns(itemColumns.map(([vi, en, width, , type]) => [vi, en, width, type])),
    rows: Symbol.asyncIterator in items ? mapAsync(items, row) : Array.from(items, row),
  };
}

async function* mapAsync<T>(items: AsyncIterable<T>, row: (item: T) => Row): AsyncGenerator<Row> {
  for await (const item of items) yield row(item);
}

/** The two columns of a sheet that lists facts about one thing: "Mục" and "Giá trị". */
export const ITEM_VALUE_COLUMNS: readonly Column[] = columns([
  ['Mục', 'Item', 26],
  ['Giá trị', 'Value', 80],
]);
