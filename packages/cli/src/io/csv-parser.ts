/** One record of a CSV file with its row number as a spreadsheet shows it (empty lines count, like in Excel). */
export interface CsvRecord {
  /** 1-based row number. */
  readonly row: number;
  /** The cells, as written (quotes removed, `""` read as `"`). */
  readonly cells: readonly string[];
}

/** A CSV parser fed piece by piece. */
export interface CsvParser {
  /** Parses the next piece of text; returns the records completed so far. */
  push(text: string): CsvRecord[];
  /** Finishes: returns the last record, if any. */
  end(): CsvRecord[];
  /** The separator, once the first line has been seen: `,`, `;` or a tab. */
  readonly delimiter: string | undefined;
  /** After `end`: the row where a quoted cell was opened and never closed (it swallowed the rest of the file). */
  readonly unclosedQuote: number | undefined;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An incremental RFC 4180 parser: quoted cells may hold separators, quotes (`""`) and line breaks; lines end with
 * LF, CRLF or CR. The separator is the one of `,` `;` tab that occurs most often outside quotes in the first non-empty
 * line (Excel with a Vietnamese locale writes `;`). Text in, records out, nothing else: memory holds one record, and
 * the parser runs in a browser as well as in Node.
 *
 * @example
 * ```ts
 * const p = createCsvParser();
 * [...p.push('Mã xã;Tên xã\n03274;"Quài'), ...p.push(' Nưa"\n'), ...p.end()].map((r) => r.cells);
 * // [['Mã xã', 'Tên xã'], ['03274', 'Quài Nưa']]
 * ```
 */
export function createCsvParser(): CsvParser {
  let delimiter: number | undefined;
  let pending = '';
  let inQuotes = false;
  let afterQuote = false;
  let afterCR = false;
  let field = '';
  let cells: string[] = [];
  let row = 1;
  let quoteRow = 1;
  let unclosedQuote: number | undefined;

  const parse = (text: string, out: CsvRecord[]): void => {
    const sep = delimiter as number;
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i += 1) {
      const c = text.charCodeAt(i);
      if (inQuotes) {
        if (c !== QUOTE) continue;
        field += text.slice(start, i);
        inQuotes = false;
        afterQuote = true;
        start = i + 1;
        continue;
      }
      if (afterCR) {
        afterCR = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (c === QUOTE) {
        // `""` inside a quoted cell is one quote; a quote opening a cell starts quoting.
        if (afterQuote) field += '"';
        else {
          field += text.slice(start, i);
          quoteRow = row;
        }
        inQuotes = true;
        afterQuote = false;
        start = i + 1;
      } else if (c === sep) {
        cells.push(field + text.slice(start, i));
        field = '';
        afterQuote = false;
        start = i + 1;
      } else if (c === LF || c === CR) {
        cells.push(field + text.slice(start, i));
        out.push({ row, cells });
        row += 1;
        cells = [];
        field = '';
        afterQuote = false;
        afterCR = c === CR;
        start = i + 1;
      } else afterQuote = false;
    }
    field += text.slice(start);
  };

  return {
    get delimiter() {
      return delimiter === undefined ? undefined : String.fromCharCode(delimiter);
    },
    get unclosedQuote() {
      return unclosedQuote;
    },
    push(text: string): CsvRecord[] {
      const out: CsvRecord[] = [];
      if (delimiter === undefined) {
        pending += text;
        const line = firstLine(pending);
        if (line === undefined) return out;
        delimiter = detectDelimiter(line);
        text = pending;
        pending = '';
      }
      parse(text, out);
      return out;
    },
    end(): CsvRecord[] {
      const out: CsvRecord[] = [];
      if (delimiter === undefined) {
        delimiter = detectDelimiter(pending);
        parse(pending, out);
        pending = '';
      }
      if (inQuotes) unclosedQuote = quoteRow;
      if (field !== '' || cells.length > 0) {
        cells.push(field);
        out.push({ row, cells });
      }
      field = '';
      cells = [];
      return out;
    },
  };
}

/** The first non-empty line, once it is complete (a line break outside quotes follows it). */
function firstLine(text: string): string | undefined {
  let quoted = false;
  let begin = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) {
      if (text.slice(begin, i).trim() !== '') return text.slice(begin, i);
      begin = i + 1;
    }
  }
  return undefined;
}

function detectDelimiter(line: string): number {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const sep of [';', '\t']) if ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0)) best = sep;
  return best.charCodeAt(0);
}
