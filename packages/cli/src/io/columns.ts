import type { Bilingual } from '@ntm/domain/core';
import { searchKey } from '@ntm/domain/core';
import type { Where } from '../cli-error.js';
import { inputFail } from '../cli-error.js';

/** A column a table must or may have. */
export interface ColumnSpec {
  /** Key used in code. */
  readonly key: string;
  /** Header as written in templates (Vietnamese) and its English name. */
  readonly header: Bilingual;
  /** Other spellings accepted (compared without diacritics and case). */
  readonly aliases?: readonly string[];
  /** Whether the column must be present. */
  readonly required?: boolean;
}

/**
 * Finds each column's index in a table by header, ignoring case and diacritics. A missing required column is an
 * error that names the file, the expected header and the headers found.
 *
 * @example
 * ```ts
 * const idx = findColumns(table, [{ key: 'name', header: { vi: 'Tên xã', en: 'Commune' }, required: true }], { file: 'xa.csv' });
 * ```
 */
export function findColumns(
  table: { readonly headers: readonly string[] },
  specs: readonly ColumnSpec[],
  where: Where,
): Readonly<Record<string, number | undefined>> {
  const keys = table.headers.map((h) => searchKey(h));
  const out: Record<string, number | undefined> = Object.create(null);
  for (const spec of specs) {
    const wanted = [spec.header.vi, spec.header.en, ...(spec.aliases ?? [])].map((h) =>
      searchKey(h),
    );
    const index = keys.findIndex((k) => wanted.includes(k));
    if (index < 0 && spec.required === true) {
      inputFail(
        'cli/missing-column',
        {
          vi: `thiếu cột "${spec.header.vi}" ở dòng tiêu đề; các cột có: ${table.headers.map((h) => `"${h}"`).join(', ')}`,
          en: `missing column "${spec.header.en}" (Vietnamese "${spec.header.vi}") in the header row; columns found: ${table.headers.map((h) => `"${h}"`).join(', ')}`,
        },
        where,
      );
    }
    out[spec.key] = index < 0 ? undefined : index;
  }
  return out;
}
