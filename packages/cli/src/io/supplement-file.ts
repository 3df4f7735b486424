import type { NationalSupplement } from '@ntm/domain';
import { safeParseNationalSupplement } from '@ntm/domain';
import { CLI_ERRORS, searchKey } from '@ntm/domain/core';
import { CliError, inputFail, locatedIssue, type Where } from '../cli-error.js';
import { cellBoolean, cellDate, cellNumber, cellText } from './cells.js';
import { type ColumnSpec, findColumns } from './columns.js';
import type { CliFiles } from './files.js';
import { type ContentPath, jsonPlace } from './plain-issues.js';
import { Problems } from './problems.js';
import { readJson } from './read-json.js';
import {
  formHeader,
  INDICATOR_COLUMNS,
  indicatorType,
  keyOfHeader,
  SOURCE_FIELDS,
  SUPPLEMENT_SHEETS,
  sourceLabel,
  THRESHOLD_COLUMNS,
} from './supplement-form.js';
import type { Cell, TableRow } from './table.js';
import { inputFormatOf } from './table-source.js';
import { findSheet, readWorkbook, type WorkbookSheet } from './workbook.js';

/** A national supplement file as read: its content, and where each part of it is in the file. */
export interface SupplementFile {
  /** The file as the user named it. */
  readonly file: string;
  /** The supplement, checked for its shape. */
  readonly supplement: NationalSupplement;
  /** The place of a path of the supplement in the file: a JSON field, or a sheet, row and column of the form. */
  readonly where: (path: ContentPath) => Where;
}

/**
 * Reads a national supplement from its JSON file or from the Excel form of `ntm criteria supplement-template --xlsx`,
 * and checks its shape (`parseNationalSupplement`). Every problem is reported at once, each with its file and field,
 * or sheet, row and column; a row of the form left empty is a value not typed yet, not an error.
 *
 * @example
 * ```ts
 * const { supplement } = await readSupplementFile(files, 'examples/national-supplement/xa-2026-2030-nhom-1.json');
 * ```
 */
export async function readSupplementFile(files: CliFiles, file: string): Promise<SupplementFile> {
  const format = inputFormatOf(file);
  if (format === 'json') {
    const data = await readJson(files, file);
    return checked(file, data, jsonSupplementPlace(file, data), []);
  }
  if (format === 'xlsx') {
    const problems = new Problems();
    const form = fromForm(file, await readWorkbook(files, file), problems);
    return checked(file, form.data, form.where, problems.issues);
  }
  return inputFail(
    CLI_ERRORS['cli/unsupported-format'],
    { file },
    {
      formats: {
        vi: '.json hoặc .xlsx (tạo mẫu: ntm criteria supplement-template --set XA_2026_2030)',
        en: '.json or .xlsx (make one: ntm criteria supplement-template --set XA_2026_2030)',
      },
    },
  );
}

/** The shape's problems and those of the form's cells, together. */
function checked(
  file: string,
  data: unknown,
  where: (path: ContentPath) => Where,
  earlier: CliError['issues'],
): SupplementFile {
  const result = safeParseNationalSupplement(data);
  const issues = [
    ...earlier,
    ...(result.success ? [] : result.issues.map((i) => locatedIssue(i, where(i.path)))),
  ];
  if (issues.length > 0 || !result.success) throw new CliError(issues);
  return { file, supplement: result.data, where };
}

/**
 * The place of a path in a JSON supplement: the field as a JSON pointer, and in words the indicator or threshold
 * entry it belongs to (`chỉ tiêu thứ 3 (1.3), tiêu chí 1`), since a number in a list says little to a person.
 */
function jsonSupplementPlace(file: string, data: unknown): (path: ContentPath) => Where {
  const pointer = jsonPlace(file);
  const entry = (list: string, index: unknown): Record<string, unknown> => {
    const items = (data as Record<string, unknown> | null)?.[list];
    const item = Array.isArray(items) && typeof index === 'number' ? items[index] : undefined;
    return typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  };
  const shown = (value: unknown): string | undefined =>
    (typeof value === 'string' && value !== '') || typeof value === 'number'
      ? String(value)
      : undefined;
  return (path) => {
    const [list, index] = path;
    if (typeof index !== 'number') return pointer(path);
    const item = entry(String(list), index);
    if (list === 'indicators') {
      const code = shown(item.code);
      const criterion = shown(item.criterion);
      const vi = `chỉ tiêu thứ ${index + 1}${code ? ` (${code})` : ''}${criterion ? `, tiêu chí ${criterion}` : ''}`;
      const en = `indicator no. ${index + 1}${code ? ` (${code})` : ''}${criterion ? `, criterion ${criterion}` : ''}`;
      return { ...pointer(path), about: { vi, en } };
    }
    if (list === 'thresholds') {
      const indicator = shown(item.indicator);
      const key = shown(item.key);
      const year = shown(item.year);
      const vi = `ô ngưỡng thứ ${index + 1}${indicator ? ` (chỉ tiêu ${indicator}${key ? `, ${key}` : ''}${year ? `, năm ${year}` : ''})` : ''}`;
      const en = `threshold no. ${index + 1}${indicator ? ` (indicator ${indicator}${key ? `, ${key}` : ''}${year ? `, year ${year}` : ''})` : ''}`;
      return { ...pointer(path), about: { vi, en } };
    }
    return pointer(path);
  };
}

/** Places of the form's parts by path (`thresholds/3/value`), the longest known prefix answering. */
class Places {
  readonly #places = new Map<string, Where>();
  constructor(readonly file: string) {}
  set(path: ContentPath, where: Where): void {
    this.#places.set(path.join('/'), where);
  }
  where = (path: ContentPath): Where => {
    for (let n = path.length; n > 0; n -= 1) {
      const found = this.#places.get(path.slice(0, n).join('/'));
      if (found) return found;
    }
    return { file: this.file };
  };
}

/** A form's columns, found by their Vietnamese, English or bilingual header. */
function formColumns(
  sheet: WorkbookSheet,
  specs: readonly ColumnSpec[],
  file: string,
): { header: TableRow | undefined; idx: Readonly<Record<string, number | undefined>> } {
  const header = sheet.rows[0];
  const headers = (header?.cells ?? []).map((c) => cellText(c) ?? '');
  const idx = findColumns(
    { headers },
    specs.map((s) => ({ ...s, aliases: [formHeader(s)] })),
    { file, sheet: sheet.name, row: header?.row ?? 1 },
  );
  return { header, idx };
}

function fromForm(
  file: string,
  sheets: readonly WorkbookSheet[],
  problems: Problems,
): { data: unknown; where: (path: ContentPath) => Where } {
  const source = findSheet(sheets, SUPPLEMENT_SHEETS.source);
  if (source === undefined)
    inputFail(
      CLI_ERRORS['cli/sheet-not-found'],
      { file },
      { sheet: SUPPLEMENT_SHEETS.source, sheets: sheets.map((s) => s.name).join(', ') },
    );
  const places = new Places(file);
  const data: Record<string, unknown> = {};
  const cite: Record<string, unknown> = {};
  for (const r of source.rows) {
    const label = searchKey(cellText(r.cells[0] ?? null) ?? '');
    const found = SOURCE_FIELDS.find(
      (f) => searchKey(f.label.vi) === label || searchKey(sourceLabel(f.label)) === label,
    );
    const cell = r.cells[1] ?? null;
    if (found === undefined || cell === null) continue;
    const where: Where = { file, sheet: source.name, row: r.row, column: found.label.vi };
    const inSource = ['document', 'annex', 'page', 'url'].includes(found.field);
    places.set(inSource ? ['source', found.field] : [found.field], where);
    const value =
      found.field === 'illustrative'
        ? problems.try(() => cellBoolean(cell, where))
        : found.field === 'transcribedOn'
          ? problems.try(() => cellDate(cell, where))
          : found.field === 'page' && typeof cell === 'number'
            ? cell
            : cellText(cell);
    if (value === undefined) continue;
    if (inSource) cite[found.field] = value;
    else data[found.field] = value;
  }
  places.set(['source'], { file, sheet: source.name });
  data.source = cite;

  const indicators = findSheet(sheets, SUPPLEMENT_SHEETS.indicators);
  if (indicators !== undefined) {
    const list = indicatorRows(file, indicators, places, problems);
    if (list.length > 0) data.indicators = list;
  }
  const thresholds = findSheet(sheets, SUPPLEMENT_SHEETS.thresholds);
  if (thresholds !== undefined) {
    const list = thresholdRows(file, thresholds, places, problems);
    if (list.length > 0) data.thresholds = list;
  }
  return { data, where: places.where };
}

function indicatorRows(
  file: string,
  sheet: WorkbookSheet,
  places: Places,
  problems: Problems,
): unknown[] {
  const { header, idx } = formColumns(sheet, INDICATOR_COLUMNS, file);
  const keyColumns = (header?.cells ?? []).flatMap((c, column) => {
    const text = cellText(c) ?? '';
    const key = keyOfHeader(text);
    return key === undefined ? [] : [{ key, column, header: text }];
  });
  const out: unknown[] = [];
  for (const r of sheet.rows.slice(1)) {
    const cell = (key: string): Cell => r.cells[idx[key] ?? -1] ?? null;
    // A row with only its criterion (as the form is written) is an indicator not typed yet.
    if (['code', 'textVi', 'textEn', 'type'].every((key) => cellText(cell(key)) === undefined))
      continue;
    const at = (key: string): Where => {
      const spec = INDICATOR_COLUMNS.find((c) => c.key === key);
      return { file, sheet: sheet.name, row: r.row, column: spec?.header.vi ?? key };
    };
    const path = ['indicators', out.length];
    places.set(path, { file, sheet: sheet.name, row: r.row });
    const item: Record<string, unknown> = {};
    const text = (key: string, field: string): void => {
      places.set([...path, field], at(key));
      const value = cellText(cell(key));
      if (value !== undefined) item[field] = value;
    };
    text('code', 'code');
    text('criterion', 'criterion');
    const vi = cellText(cell('textVi'));
    const en = cellText(cell('textEn'));
    places.set([...path, 'text'], at('textVi'));
    places.set([...path, 'text', 'en'], at('textEn'));
    item.text = { ...(vi === undefined ? {} : { vi }), ...(en === undefined ? {} : { en }) };
    places.set([...path, 'type'], at('type'));
    const type = cellText(cell('type'));
    if (type !== undefined) item.type = indicatorType(type);
    text('unit', 'unit');
    places.set([...path, 'direction'], at('direction'));
    const direction = cellText(cell('direction'))?.replace('≥', '>=').replace('≤', '<=');
    if (direction !== undefined) item.direction = direction;
    for (const [key, field] of [
      ['optional', 'optional'],
      ['perYear', 'perYear'],
    ] as const) {
      places.set([...path, field], at(key));
      const value = problems.try(() => cellBoolean(cell(key), at(key)));
      if (value !== undefined) item[field] = value;
    }
    const thresholds: unknown[] = [];
    for (const { key, column, header: name } of keyColumns) {
      const where: Where = { file, sheet: sheet.name, row: r.row, column: name };
      const value = problems.try(() => cellNumber(r.cells[column] ?? null, where));
      if (value === undefined) continue;
      places.set([...path, 'thresholds', thresholds.length], where);
      thresholds.push({ key, value });
    }
    if (thresholds.length > 0) item.thresholds = thresholds;
    out.push(item);
  }
  return out;
}

function thresholdRows(
  file: string,
  sheet: WorkbookSheet,
  places: Places,
  problems: Problems,
): unknown[] {
  const { idx } = formColumns(sheet, THRESHOLD_COLUMNS, file);
  const out: unknown[] = [];
  for (const r of sheet.rows.slice(1)) {
    const cell = (key: string): Cell => r.cells[idx[key] ?? -1] ?? null;
    const at = (key: string): Where => {
      const spec = THRESHOLD_COLUMNS.find((c) => c.key === key);
      return { file, sheet: sheet.name, row: r.row, column: spec?.header.vi ?? key };
    };
    // A cell whose value is not typed yet stays missing: the template lists every cell, filled or not.
    if (cell('value') === null && cell('replaces') === null) continue;
    const path = ['thresholds', out.length];
    places.set(path, { file, sheet: sheet.name, row: r.row });
    const item: Record<string, unknown> = {};
    const indicator = cellText(cell('indicator'));
    places.set([...path, 'indicator'], at('indicator'));
    if (indicator !== undefined) item.indicator = indicator;
    const key = cellText(cell('key'));
    places.set([...path, 'key'], at('key'));
    if (key !== undefined) item.key = key;
    for (const field of ['year', 'value', 'replaces'] as const) {
      places.set([...path, field], at(field));
      const value = problems.try(() => cellNumber(cell(field), at(field)));
      if (value !== undefined) item[field] = value;
    }
    const page = cell('page');
    places.set([...path, 'source'], at('page'));
    if (page !== null) item.source = { page: typeof page === 'number' ? page : cellText(page) };
    out.push(item);
  }
  return out;
}
