import type { CommuneFacts, NtmCriteriaSet, NtmIndicator } from '@ntm/domain';
import type { DomainIssue } from '@ntm/domain/core';
import { CLI_ERRORS, INPUT_ERRORS, searchKey } from '@ntm/domain/core';
import { CliError, inputFail, inputIssue, isCliError, type Where } from '../cli-error.js';
import { cellBoolean, cellNumber, cellText } from './cells.js';
import { type ColumnSpec, findColumns } from './columns.js';
import { type Cell, extraCells, type TableRow, type TableSource } from './table.js';

/** The fixed columns of a communes sheet (Vietnamese headers first, as `ntm init communes` writes them). */
export const COMMUNE_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  {
    key: 'id',
    header: { vi: 'Mã xã', en: 'Commune code' },
    aliases: ['ma', 'code', 'id'],
    required: true,
  },
  { key: 'name', header: { vi: 'Tên xã', en: 'Commune' }, aliases: ['xa', 'name'], required: true },
  { key: 'district', header: { vi: 'Huyện', en: 'District' }, aliases: ['district'] },
  { key: 'province', header: { vi: 'Tỉnh', en: 'Province' }, aliases: ['province'] },
  {
    key: 'year',
    header: { vi: 'Năm', en: 'Year' },
    aliases: ['nam danh gia', 'year'],
    required: true,
  },
  { key: 'region', header: { vi: 'Vùng', en: 'Region' }, aliases: ['region', 'vung kinh te'] },
  { key: 'group', header: { vi: 'Nhóm xã', en: 'Commune group' }, aliases: ['nhom', 'group'] },
  {
    key: 'targetYear',
    header: { vi: 'Năm mục tiêu', en: 'Target year' },
    aliases: ['nam phan dau', 'target'],
  },
]);

/** One row of a communes sheet, ready for `evaluateCommune`. */
export interface CommuneRow {
  /** Row number in the file. */
  readonly row: number;
  /** Facts for the set. */
  readonly facts: CommuneFacts;
  /** Year evaluated. */
  readonly year: number;
}

/** Turns the rows of one sheet into commune facts for one set. */
export interface CommuneReader {
  /** The facts of a row; a `CliError` listing every bad cell of the row otherwise. */
  read(row: TableRow): CommuneRow;
  /** The column header of an indicator, for messages. */
  columnOf(code: string): string | undefined;
}

const CODE = /^(\d+(?:\.\d+)*)(?=\s|$|[:.)–-])/u;

/**
 * The column header of an indicator: its code then a short Vietnamese name ("15.3 Tỷ lệ hộ nghèo đa chiều (%)").
 *
 * @example
 * ```ts
 * indicatorHeader(indicator); // '15.3 Tỷ lệ hộ nghèo đa chiều (%)'
 * ```
 */
export function indicatorHeader(indicator: NtmIndicator): string {
  const text = indicator.text.vi.replace(/\s+/g, ' ').trim();
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  const unit =
    indicator.type === 'boolean' || indicator.type === 'absence'
      ? ' (có/không)'
      : indicator.unit
        ? ` (${indicator.unit})`
        : '';
  return `${indicator.code} ${short}${unit}`;
}

/**
 * The year of a data row (column "Năm"), to pick the set in force before the columns are checked against it.
 *
 * @example
 * ```ts
 * rowYear(table, firstRow); // 2022
 * ```
 */
export function rowYear(table: TableSource, row: TableRow): number | undefined {
  const index = table.headers.findIndex((h) =>
    ['nam', 'year', 'nam danh gia'].includes(searchKey(h)),
  );
  const value = index < 0 ? undefined : row.cells[index];
  const year = typeof value === 'number' ? value : Number(cellText(value ?? null));
  return Number.isInteger(year) ? year : undefined;
}

/**
 * Reads the header of a communes sheet for a set: the fixed columns (found by name, diacritics optional) and one
 * column per indicator, headed by its code ("15.3 Tỷ lệ hộ nghèo"). A column that is neither is an error naming it.
 * Each row then reads into `CommuneFacts`: yes/no cells as có/không, numbers with a decimal comma or a `%`, and, when
 * a "Vùng" cell is empty, the region that `regionOf` gives for a 5-digit commune code.
 *
 * @example
 * ```ts
 * const reader = communeReader(table, XA_2021_2025);
 * for await (const row of table.rows) evaluate(reader.read(row));
 * ```
 */
export function communeReader(
  table: TableSource,
  set: NtmCriteriaSet,
  regionOf?: (code: string, date: string) => string | undefined,
): CommuneReader {
  const where = (extra: Where): Where => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    ...extra,
  });
  const idx = findColumns(table, COMMUNE_COLUMNS, where({}));
  const indicators = new Map(
    set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i] as const)),
  );
  const fixed = new Set(Object.values(idx).filter((v) => v !== undefined));
  const columns: { index: number; code: string; header: string; yesNo: boolean }[] = [];
  const unknown: DomainIssue[] = [];
  table.headers.forEach((header, index) => {
    if (fixed.has(index) || header === '') return;
    const code = CODE.exec(header)?.[1];
    const indicator = code === undefined ? undefined : indicators.get(code);
    if (code === undefined || indicator === undefined) {
      unknown.push(
        inputIssue(
          CLI_ERRORS['cli/unknown-column'],
          where({ row: table.headerRow, column: header }),
          {
            set: set.id,
          },
        ),
      );
      return;
    }
    columns.push({
      index,
      code,
      header,
      yesNo: indicator.type === 'boolean' || indicator.type === 'absence',
    });
  });
  if (unknown.length > 0) throw new CliError(unknown);
  const header = (key: string) => table.headers[idx[key] ?? 0] ?? key;
  const headerOf = new Map(columns.map((c) => [c.code, c.header]));

  return {
    columnOf: (code) => headerOf.get(code),
    read(r: TableRow): CommuneRow {
      const issues: DomainIssue[] = [];
      const at = (column: string) => where({ row: r.row, column });
      const attempt = <T>(fn: () => T): T | undefined => {
        try {
          return fn();
        } catch (error) {
          if (!isCliError(error)) throw error;
          issues.push(...error.issues);
          return undefined;
        }
      };
      const get = (key: string): Cell => {
        const i = idx[key];
        return i === undefined ? null : (r.cells[i] ?? null);
      };
      const extra = extraCells(r, table.headers);
      if (extra > 0)
        inputFail(CLI_ERRORS['cli/extra-cells'], where({ row: r.row }), {
          cells: r.cells.length,
          columns: table.headers.length,
        });
      const required = (key: string): string | undefined =>
        attempt(() => {
          const value = cellText(get(key));
          if (value === undefined)
            inputFail(INPUT_ERRORS['input/missing'], at(header(key)), { field: header(key) });
          return value;
        });
      const id = required('id');
      const name = required('name');
      const year = attempt(() => {
        const value = cellNumber(get('year'), at(header('year')));
        if (value === undefined || !Number.isInteger(value) || value < 2010 || value > 2100)
          inputFail(CLI_ERRORS['cli/bad-year'], at(header('year')));
        return value;
      });
      const targetYear = attempt(() => cellNumber(get('targetYear'), at(header('targetYear'))));
      const group = attempt(() => cellNumber(get('group'), at(header('group'))));
      const values: Record<string, number | boolean> = Object.create(null);
      for (const col of columns) {
        const cell = r.cells[col.index] ?? null;
        if (cell === null) continue;
        // The place of a cell is built only for a message: a country's file has millions of cells.
        const value = attempt(() =>
          col.yesNo
            ? cellBoolean(cell, () => at(col.header))
            : cellNumber(cell, () => at(col.header)),
        );
        if (value !== undefined) values[col.code] = value;
      }
      if (issues.length > 0 || id === undefined || name === undefined || year === undefined)
        throw new CliError(issues);
      const district = cellText(get('district'));
      const province = cellText(get('province'));
      let region = cellText(get('region'))?.toUpperCase();
      // Without a "Vùng" cell, the region comes from the commune's code (its province before the 2025 reform).
      if (region === undefined && regionOf !== undefined && /^\d{5}$/.test(id))
        region = regionOf(id, `${year}-06-30`);
      return {
        row: r.row,
        year,
        facts: {
          setId: set.id,
          year,
          commune: {
            id,
            name,
            ...(district ? { district } : {}),
            ...(province ? { province } : {}),
            ...(targetYear !== undefined ? { targetYear } : {}),
          },
          ...(region ? { region: region as CommuneFacts['region'] & string } : {}),
          ...(group !== undefined
            ? { communeGroup: group as CommuneFacts['communeGroup'] & number }
            : {}),
          values,
        },
      };
    },
  };
}
