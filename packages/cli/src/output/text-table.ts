/** Width used when stdout is not a terminal (files, pipes, tests): stable output. */
export const DEFAULT_WIDTH = 120;

/** Rows sampled to size the columns before the first row is printed. */
const SAMPLE = 200;

/** A boxed text table written row by row. */
export interface TextTableWriter {
  /** Adds a row (cells may hold line breaks). */
  row(cells: readonly string[]): void;
  /** Writes what is buffered and the bottom border. */
  end(): void;
}

/**
 * A boxed text table (no colours, so files and tests see the same text) written as rows arrive: the columns are sized
 * from the header and the first rows, fitted to `width`, and longer cells wrap at word boundaries. Memory holds at
 * most a few hundred rows whatever the number of rows.
 *
 * @example
 * ```ts
 * const t = createTextTable(['Ngày', 'Tên'], (s) => process.stdout.write(s), 80);
 * t.row(['02/09/2022', 'Quốc khánh']);
 * t.end();
 * ```
 */
export function createTextTable(
  head: readonly string[],
  write: (text: string) => void,
  width: number = DEFAULT_WIDTH,
): TextTableWriter {
  const sample: string[][] = [];
  let widths: number[] | undefined;
  let printed = 0;
  const print = (cells: readonly string[]): void => {
    const w = widths as number[];
    if (printed > 0) write(border(w, '├', '┼', '┤'));
    write(lines(cells, w));
    printed += 1;
  };
  const start = (): void => {
    widths = fit(head, sample, width);
    write(border(widths, '┌', '┬', '┐'));
    write(lines(head, widths));
    for (const cells of sample) {
      write(border(widths, '├', '┼', '┤'));
      write(lines(cells, widths));
      printed += 1;
    }
    sample.length = 0;
  };
  return {
    row(cells) {
      if (widths !== undefined) print(cells);
      else {
        sample.push([...cells]);
        if (sample.length >= SAMPLE) start();
      }
    },
    end() {
      if (widths === undefined) start();
      write(border(widths as number[], '└', '┴', '┘'));
    },
  };
}

/**
 * A whole table as text (for small tables).
 *
 * @example
 * ```ts
 * renderTable(['Ngày', 'Tên'], [['02/09/2022', 'Quốc khánh']]);
 * ```
 */
export function renderTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number = DEFAULT_WIDTH,
): string {
  const parts: string[] = [];
  const table = createTextTable(head, (s) => parts.push(s), width);
  for (const r of rows) table.row(r);
  table.end();
  return parts.join('').replace(/\n$/, '');
}

function cellWidth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) max = Math.max(max, line.length);
  return max;
}

/** Natural widths (content + one space each side), shrunk widest-first until the table fits. */
function fit(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): number[] {
  const widths = head.map((h, i) => {
    let w = cellWidth(h);
    for (const r of rows) w = Math.max(w, cellWidth(r[i] ?? ''));
    return w + 2;
  });
  // Borders take one character per column plus one.
  const budget = Math.max(width - (head.length + 1), head.length * 6);
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = 0;
    for (let i = 1; i < widths.length; i += 1)
      if ((widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total -= 1;
  }
  return widths;
}

function border(widths: readonly number[], left: string, middle: string, right: string): string {
  return `${left}${widths.map((w) => '─'.repeat(w)).join(middle)}${right}\n`;
}

/** The printed lines of one row: each cell wrapped to its column, padded to the tallest cell. */
function lines(cells: readonly string[], widths: readonly number[]): string {
  const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', w - 2));
  const height = Math.max(1, ...wrapped.map((c) => c.length));
  let out = '';
  for (let line = 0; line < height; line += 1) {
    out += '│';
    for (let i = 0; i < widths.length; i += 1) {
      const text = wrapped[i]?.[line] ?? '';
      out += ` ${text}${' '.repeat(Math.max(0, (widths[i] ?? 2) - 2 - text.length))} │`;
    }
    out += '\n';
  }
  return out;
}

/**
 * Wraps text to `width` characters at spaces; words longer than a line are cut. Lengths are UTF-16 units, which is
 * one per letter for Vietnamese in NFC.
 */
function wrap(text: string, width: number): string[] {
  if (text.length <= width && !text.includes('\n')) return [text];
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      let rest = word;
      while (rest.length > width) {
        if (line !== '') {
          out.push(line);
          line = '';
        }
        out.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (line === '') line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}
