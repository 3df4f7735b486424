// Plain-text report helpers: headings and aligned tables, no dependencies.

/** Width of a string as a terminal shows it (Vietnamese NFC text is one column per character). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

export function heading(text: string): void {
  console.log(`\n${text}\n${'═'.repeat(Math.min(width(text), 100))}`);
}

export function subheading(text: string): void {
  console.log(`\n▸ ${text}`);
}

export function line(text = ''): void {
  console.log(text);
}

/** Prints an aligned table; a cell may hold several lines (`\n`). */
export function table(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const cells = [head.map(String), ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) =>
    Math.max(...cells.flatMap((r) => (r[i] ?? '').split('\n').map(width))),
  );
  const print = (r: readonly string[]) => {
    const lines = r.map((c) => c.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    for (let k = 0; k < height; k += 1) {
      const parts = lines.map((l, i) => {
        const c = l[k] ?? '';
        return c + ' '.repeat((widths[i] ?? 0) - width(c));
      });
      console.log(`  ${parts.join('  ').trimEnd()}`);
    }
  };
  print(cells[0] ?? []);
  console.log(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const r of cells.slice(1)) print(r);
}

/** Marks values that are made up for the demonstration (the real indicator values are not public). */
export const ILLUSTRATIVE = '(minh hoạ / illustrative)';
