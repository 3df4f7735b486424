// Plain-text report helpers: headings, wrapped prose and aligned tables, no dependencies.

/** The report is read in a 120-column terminal: lines stop short of it. */
export const COLUMNS = 118;

/** Width of a string as a terminal shows it (Vietnamese NFC text is one column per character). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Breaks `text` between words into lines of at most `max` columns (a longer word stays whole). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && width(current) + 1 + width(word) > max) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines;
}

export function heading(text: string): void {
  console.log(`\n${text}\n${'═'.repeat(Math.min(width(text), COLUMNS))}`);
}

export function subheading(text: string): void {
  console.log(`\n▸ ${text}`);
}

export function line(text = ''): void {
  console.log(text);
}

/**
 * Prints prose wrapped to the terminal, continuation lines indented under the first. Not for a line that must carry
 * the illustrative label: only its first part would.
 */
export function prose(text: string): void {
  const indent = text.length - text.trimStart().length;
  for (const [k, part] of wrap(text.trimStart(), COLUMNS - indent - 2).entries())
    console.log(`${' '.repeat(indent + (k === 0 ? 0 : 2))}${part}`);
}

/**
 * Prints an aligned table; a cell may hold several lines (`\n`), and a cell wider than its column's `max` is
 * wrapped between words.
 */
export function table(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  max: readonly (number | undefined)[] = [],
): void {
  const fit = (c: string | number, i: number) =>
    String(c)
      .split('\n')
      .flatMap((part) => wrap(part, max[i] ?? Number.POSITIVE_INFINITY))
      .join('\n');
  const cells = [head.map(String), ...rows.map((r) => r.map(fit))];
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
