import type { Bilingual } from '@ntm/domain/core';
import { CLI_ERRORS, searchKey } from '@ntm/domain/core';
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
      inputFail(CLI_ERRORS['cli/missing-column'], where, {
        column: { vi: `"${spec.header.vi}"`, en: `"${spec.header.vi}" (${spec.header.en})` },
        found: table.headers.map((h) => `"${h}"`).join(', '),
      });
    }
    out[spec.key] = index < 0 ? undefined : index;
  }
  return out;
}
