import { readFileSync } from 'node:fs';

/*
 * Large communes sheets made on the fly for the tests and the benchmark (a 51 MB file is not committed). SYNTHETIC
 * DATA: the rows are the illustrative Tuần Giáo sheet of examples/cli-tour with made-up ids, districts and values.
 */

const EXAMPLE = new URL(
  '../../../../examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
  import.meta.url,
);
const [HEADER = '', ...TEMPLATES] = readFileSync(EXAMPLE, 'utf8').trim().split(/\r?\n/);

/** Splits one line of the example sheet (RFC 4180 quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

const quote = (c: string): string => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const header = cells(HEADER);
const templates = TEMPLATES.map(cells);
/** Index of the first indicator column (after Mã xã, Tên xã, Huyện, Tỉnh, Năm, Năm mục tiêu). */
const FIRST_INDICATOR = header.findIndex((h) => /^\d/.test(h));

/** The header line of the generated sheets: the example's, with a "Vùng" column after "Tỉnh". */
export const GENERATED_HEADER = [
  ...header.slice(0, FIRST_INDICATOR),
  'Vùng',
  ...header.slice(FIRST_INDICATOR),
]
  .map(quote)
  .join(',');

/**
 * The data lines of a synthetic communes sheet: unique ids `G0000001…`, ten districts, region TDMNPB, year 2022 (or
 * the years given, cycled), target year 2025, and the example's values moved by a seeded pseudo-random step.
 */
export function* communeLines(
  count: number,
  options: { readonly seed?: number; readonly years?: readonly number[] } = {},
): Generator<string> {
  let seed = options.seed ?? 16;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const years = options.years ?? [2022];
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length] ?? [];
    const year = years[Math.floor(i / Math.ceil(count / years.length))] ?? 2022;
    const id = `G${String(i % Math.ceil(count / years.length)).padStart(7, '0')}`;
    const values = template.slice(FIRST_INDICATOR).map((v) => {
      if (!/^\d+$/.test(v)) return random() < 0.1 ? (v === 'có' ? 'không' : 'có') : v;
      const moved = Math.max(0, Math.min(100, Number(v) + Math.round((random() - 0.5) * 20)));
      return String(moved);
    });
    yield [
      id,
      `Xã ${template[1]?.replace(/^Xã /, '') ?? ''} ${i}`,
      `Huyện minh hoạ ${1 + (i % 10)}`,
      'Tỉnh minh hoạ',
      String(year),
      '2025',
      'TDMNPB',
      ...values,
    ]
      .map(quote)
      .join(',');
  }
}

/**
 * A whole synthetic communes CSV (UTF-8, with header) as text; for the sizes tests use.
 *
 * @example
 * ```ts
 * const text = communesCsv(20_000);
 * ```
 */
export function communesCsv(count: number, options?: Parameters<typeof communeLines>[1]): string {
  return `${GENERATED_HEADER}\n${[...communeLines(count, options)].join('\n')}\n`;
}
