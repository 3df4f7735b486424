import type { CommuneFacts, NtmCriteriaSet, NtmIndicator } from '@ntm/domain';
import { CLI_ERRORS, INPUT_ERRORS, isDomainError } from '@ntm/domain/core';
import { ntmRegionOf } from '@ntm/domain/units';
import { CliError, inputFail, locatedIssue } from '../cli-error.js';
import { cellBoolean, cellNumber, cellText } from '../io/cells.js';
import { type ColumnSpec, findColumns } from '../io/columns.js';
import { readTable } from '../io/read-table.js';
import type { Table } from '../io/table.js';

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
  /** Column header of each indicator code, for error messages. */
  readonly columns: Readonly<Record<string, string>>;
}

const CODE = /^(\d+(?:\.\d+)*)(?=\s|$|[:.)–-])/u;

/** All indicators of a set by code. */
export function indicatorsOf(set: NtmCriteriaSet): Map<string, NtmIndicator> {
  return new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i] as const)));
}

/**
 * Reads a communes sheet (CSV/XLSX): fixed columns plus one column per indicator, headed by its code ("15.3 Tỷ lệ
 * hộ nghèo"). JSON files hold `CommuneFacts` objects (one or a list).
 *
 * @example
 * ```ts
 * const rows = await readCommunes('xa.csv', XA_2021_2025);
 * ```
 */
export async function readCommunes(table: Table, set: NtmCriteriaSet): Promise<CommuneRow[]> {
  const idx = findColumns(table, COMMUNE_COLUMNS);
  const indicators = indicatorsOf(set);
  const fixed = new Set(Object.values(idx).filter((v) => v !== undefined));
  const indicatorCols: { index: number; code: string; header: string; indicator: NtmIndicator }[] =
    [];
  const file = table.sheet === undefined ? table.file : `${table.file} [${table.sheet}]`;
  table.headers.forEach((header, index) => {
    if (fixed.has(index) || header === '') return;
    const code = CODE.exec(header)?.[1];
    const indicator = code === undefined ? undefined : indicators.get(code);
    if (code === undefined || indicator === undefined) {
      inputFail(
        CLI_ERRORS['cli/unknown-column'],
        { file, row: 1, column: header },
        { set: set.id },
      );
    }
    indicatorCols.push({ index, code, header, indicator });
  });
  const rows: CommuneRow[] = [];
  for (const r of table.rows) {
    const at = (column: string) => ({ file, row: r.row, column });
    const get = (key: string) => {
      const i = idx[key];
      return i === undefined ? null : (r.cells[i] ?? null);
    };
    const header = (key: string) => table.headers[idx[key] ?? 0] ?? key;
    const id = cellText(get('id'));
    const name = cellText(get('name'));
    if (id === undefined)
      inputFail(INPUT_ERRORS['input/missing'], at(header('id')), { field: header('id') });
    if (name === undefined)
      inputFail(INPUT_ERRORS['input/missing'], at(header('name')), { field: header('name') });
    const year = cellNumber(get('year'), at(header('year')));
    if (year === undefined || !Number.isInteger(year) || year < 2010 || year > 2100)
      inputFail(CLI_ERRORS['cli/bad-year'], at(header('year')));
    const targetYear = cellNumber(get('targetYear'), at(header('targetYear')));
    const district = cellText(get('district'));
    const province = cellText(get('province'));
    const region = cellText(get('region'))?.toUpperCase();
    const group = cellNumber(get('group'), at(header('group')));
    const values: Record<string, number | boolean> = Object.create(null);
    const columns: Record<string, string> = Object.create(null);
    for (const col of indicatorCols) {
      columns[col.code] = col.header;
      const cell = r.cells[col.index] ?? null;
      const value =
        col.indicator.type === 'boolean' || col.indicator.type === 'absence'
          ? cellBoolean(cell, at(col.header))
          : cellNumber(cell, at(col.header));
      if (value !== undefined) values[col.code] = value;
    }
    let regionValue = region;
    // Without a "Vùng" column, the region comes from the commune's code (the province before the 2025 reform).
    if (regionValue === undefined && set.thresholdKey === 'region' && /^\d{5}$/.test(id)) {
      try {
        regionValue = ntmRegionOf(id, `${year}-06-30`).region;
      } catch (error) {
        if (!isDomainError(error)) throw error;
      }
    }
    rows.push({
      row: r.row,
      year,
      columns,
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
        ...(regionValue ? { region: regionValue as CommuneFacts['region'] & string } : {}),
        ...(group !== undefined
          ? { communeGroup: group as CommuneFacts['communeGroup'] & number }
          : {}),
        values,
      },
    });
  }
  return rows;
}

/**
 * Runs `fn` for one row; a `DomainError` becomes a CLI error naming the file, row and column of the value.
 *
 * @example
 * ```ts
 * const e = forRow('xa.csv', row, () => evaluateCommune(set, row.facts, ctx));
 * ```
 */
export function forRow<T>(file: string, row: CommuneRow, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new CliError(
      error.issues.map((issue) => {
        const code = issue.path.find((p) => typeof p === 'string' && Object.hasOwn(row.columns, p));
        const column = typeof code === 'string' ? row.columns[code] : undefined;
        return locatedIssue(
          issue,
          column === undefined ? { file, row: row.row } : { file, row: row.row, column },
        );
      }),
    );
  }
}

export { readTable };

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
