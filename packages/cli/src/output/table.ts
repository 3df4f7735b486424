import Table from 'cli-table3';

/** Width used when stdout is not a terminal (files, pipes, tests): stable output. */
const DEFAULT_WIDTH = 120;

/**
 * Renders rows as a boxed text table (cli-table3), without colours so output is stable in files and tests. Long
 * columns wrap so the table fits the terminal (or 120 characters when not writing to a terminal).
 *
 * @example
 * ```ts
 * renderTable(['Ngày', 'Tên'], [['2022-09-02', 'Quốc khánh']]);
 * ```
 */
export function renderTable(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  width: number = process.stdout.isTTY === true
    ? (process.stdout.columns ?? DEFAULT_WIDTH)
    : DEFAULT_WIDTH,
): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const natural = head.map(
    (h, i) =>
      Math.max(
        h.length,
        ...cells.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => l.length))),
      ) + 2,
  );
  // Borders take one character per column plus one; shrink the widest column until the table fits.
  const budget = Math.max(width - (head.length + 1), head.length * 6);
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    let widest = 0;
    for (let i = 1; i < widths.length; i += 1)
      if ((widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const table = new Table({
    head: [...head],
    colWidths: widths,
    style: { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  for (const row of cells) table.push(row);
  return table.toString();
}
