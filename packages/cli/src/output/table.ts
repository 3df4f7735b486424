import Table from 'cli-table3';

/**
 * Renders rows as a boxed text table (cli-table3), without colours so output is stable in files and tests.
 *
 * @example
 * ```ts
 * renderTable(['Ngày', 'Tên'], [['2022-09-02', 'Quốc khánh']]);
 * ```
 */
export function renderTable(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const table = new Table({ head: [...head], style: { head: [], border: [] }, wordWrap: true });
  for (const row of rows) table.push(row.map((c) => String(c)));
  return table.toString();
}
