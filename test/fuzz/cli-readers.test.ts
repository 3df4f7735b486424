// Fuzzing the readers of the `ntm` CLI (packages/cli/src/io): text decoding, the CSV parser and CSV tables in every
// encoding, separator, quoting and line end, cut into chunks anywhere; cells (numbers, yes/no, dates); the communes
// sheet and OCOP answers; JSON files; workbooks corrupted every way. A valid file must read into exactly what it
// holds; anything else into a CliError that names the file (and the row and column), never a crash or a hang.
import { XA_2021_2025 } from '@ntm/criteria/sets';
import { searchKey } from '@ntm/domain/core';
import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
import fc from 'fast-check';
import { describe } from 'vitest';
import { cellBoolean, cellDate, cellNumber, cellText } from '../../packages/cli/src/io/cells.js';
import { communeReader, indicatorHeader } from '../../packages/cli/src/io/communes.js';
import { createCsvParser } from '../../packages/cli/src/io/csv-parser.js';
import { createChunkDecoder, decodeText } from '../../packages/cli/src/io/decode-text.js';
import { readAnswer } from '../../packages/cli/src/io/ocop-answers.js';
import { readAssessment } from '../../packages/cli/src/io/ocop-assessment.js';
import { leafCriteria, optionLabel, pointsText } from '../../packages/cli/src/io/ocop-sheet.js';
import { openTable } from '../../packages/cli/src/io/open-table.js';
import { readJson } from '../../packages/cli/src/io/read-json.js';
import type { Cell, TableRow, TableSource } from '../../packages/cli/src/io/table.js';
import { type Expected, fuzzReader, oneFile } from './support/cli-harness.js';
import { ASSESSMENT } from './support/fixtures.js';
import { DEPTHS, hostile, hostileString, specialNumbers } from './support/hostile-values.js';
import { unref } from './support/ref.js';
import { spoilt } from './support/spoil.js';
import {
  bigChunkSizes,
  chunkSizes,
  concat,
  csvStyle,
  type Damage,
  damage,
  damaged,
  ENCODINGS,
  encode,
  headerText,
  lineOfByte,
  looksLikeUtf8,
  printable,
  randomBytes,
  UNICODE_ENCODINGS,
  unicodeText,
  writableText,
  writeCsv,
} from './support/text-files.js';

/** What a table reads into: its header texts and its rows. */
async function readTable(path: string, bytes: Uint8Array, chunks: readonly number[]) {
  const table = await openTable(oneFile(path, bytes, chunks), path);
  const rows: TableRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return { headers: table.headers, headerRow: table.headerRow, rows };
}

/** The text of a file in pieces, through the chunk decoder. */
function decodeChunks(path: string, bytes: Uint8Array, chunks: readonly number[]): string {
  const decoder = createChunkDecoder(path);
  let text = '';
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const size = Math.max(1, chunks[i % chunks.length] ?? bytes.length);
    text += decoder.push(bytes.slice(at, at + size));
    at += size;
  }
  return text + decoder.end();
}

// ---------------------------------------------------------------------------------------------------------------
// Text and CSV
// ---------------------------------------------------------------------------------------------------------------

/** A table: a header of 2 to 6 columns, then up to 8 rows of any text (ragged rows included). */
const table = fc.integer({ min: 2, max: 6 }).chain((columns) =>
  fc.record({
    header: fc.array(headerText, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(writableText, { minLength: 1, maxLength: columns + 1 }), {
      maxLength: 8,
    }),
    unicodeRows: fc.array(fc.array(unicodeText, { minLength: 1, maxLength: columns }), {
      maxLength: 4,
    }),
  }),
);

/** The table `openTable` must give for a written one: NFC, trimmed, blank cells null, blank rows left out. */
function tableRead(header: readonly string[], rows: readonly (readonly string[])[], blank: number) {
  const cell = (text: string): Cell => text.normalize('NFC').trim() || null;
  return {
    headers: header.map((h) => h.normalize('NFC').replace(/\s+/g, ' ').trim()),
    headerRow: blank + 1,
    rows: rows
      .map((cells, i) => ({ row: blank + 2 + i, cells: cells.map(cell) }))
      .filter((r) => r.cells.some((c) => c !== null)),
  };
}

const csvFile = fc
  .record({
    table,
    style: csvStyle,
    encoding: fc.constantFrom(...ENCODINGS),
    small: chunkSizes,
    large: bigChunkSizes,
    big: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, fc.constant(true)),
  })
  .map(({ table: t, style, encoding, small, large, big }) => {
    const unicode = UNICODE_ENCODINGS.includes(encoding);
    const some = [...t.rows, ...(unicode ? t.unicodeRows : [])];
    // Now and then past the 64 KiB the decoder looks at to tell the encoding.
    const times = big ? Math.ceil(70_000 / Math.max(20, writeCsv(some, style).length)) : 1;
    const rows = Array.from({ length: times }, () => some).flat();
    const chunks = times > 1 ? large : small;
    const bytes = encode(writeCsv([t.header, ...rows], style), encoding);
    // Windows-1258 bytes that happen to be valid UTF-8 are read as UTF-8: no file can tell them apart.
    const ambiguous = encoding === 'windows-1258' && looksLikeUtf8(bytes);
    return printable({
      bytes,
      chunks,
      expected: ambiguous ? undefined : tableRead(t.header, rows, style.blankLines),
    });
  });

/** Valid bytes damaged, or random bytes. */
const damagedCsv = fc.oneof(
  fc
    .tuple(csvFile, damage)
    .map(([file, harm]) => printable({ bytes: damaged(file.bytes, harm), chunks: file.chunks })),
  fc.tuple(randomBytes, chunkSizes).map(([bytes, chunks]) => printable({ bytes, chunks })),
);

describe('ntm: text and CSV', () => {
  fuzzReader(
    'openTable (CSV)',
    fc.oneof(
      { weight: 3, arbitrary: csvFile },
      { weight: 2, arbitrary: damagedCsv.map((d) => printable({ ...d, expected: undefined })) },
    ),
    (c) => readTable('xa.csv', c.bytes, c.chunks),
    {
      file: 'xa.csv',
      expected: (c): Expected => (c.expected === undefined ? undefined : { value: c.expected }),
    },
  );

  // Cut anywhere, a file reads the same: the same rows, or the same error at the same row.
  fuzzReader(
    'openTable (CSV) in chunks',
    fc
      .tuple(damagedCsv, chunkSizes, bigChunkSizes)
      .map(([c, small, large]) => [c, c.bytes.length > 65_536 ? large : small] as const),
    async ([c, other]) => {
      const whole = await settled(() => readTable('xa.csv', c.bytes, [Number.MAX_SAFE_INTEGER]));
      const cut = await settled(() => readTable('xa.csv', c.bytes, other));
      if (JSON.stringify(whole) !== JSON.stringify(cut))
        throw new Error(
          `read whole: ${JSON.stringify(whole).slice(0, 500)}; in chunks: ${JSON.stringify(cut).slice(0, 500)}`,
        );
      return readTable('xa.csv', c.bytes, c.chunks);
    },
    { file: 'xa.csv' },
  );

  fuzzReader(
    'createCsvParser',
    fc.tuple(
      fc.string({
        unit: fc.constantFrom('a', 'ư', ',', ';', '\t', '"', '\n', '\r', ' '),
        maxLength: 60,
      }),
      fc.array(fc.nat(), { maxLength: 5 }),
    ),
    ([text, cuts]) => {
      const parse = (pieces: readonly string[]) => {
        const p = createCsvParser();
        const records = [...pieces.flatMap((piece) => p.push(piece)), ...p.end()];
        return { records, delimiter: p.delimiter, unclosedQuote: p.unclosedQuote };
      };
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const pieces = [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
      const whole = parse([text]);
      const cut = parse(pieces);
      if (JSON.stringify(whole) !== JSON.stringify(cut))
        throw new Error(
          `parsed whole: ${JSON.stringify(whole)}; in pieces: ${JSON.stringify(cut)}`,
        );
      // Row numbers go up by one, every record has a cell.
      whole.records.forEach((r, i) => {
        if (r.cells.length === 0 || (i > 0 && r.row !== (whole.records[i - 1]?.row ?? 0) + 1))
          throw new Error(`record ${i}: ${JSON.stringify(r)}`);
      });
      return whole;
    },
    { file: 'xa.csv', refuses: false },
  );

  const encodedText = fc
    .constantFrom(...ENCODINGS)
    .chain((encoding) =>
      fc.record({
        encoding: fc.constant(encoding),
        parts: fc.array(encoding === 'windows-1258' ? writableText : unicodeText, { maxLength: 6 }),
        chunks: chunkSizes,
      }),
    )
    .map(({ encoding, parts, chunks }) => {
      const text = parts.join('\n');
      const bytes = encode(text, encoding);
      const ambiguous = encoding === 'windows-1258' && looksLikeUtf8(bytes);
      return printable({ bytes, chunks, expected: ambiguous ? undefined : text.normalize('NFC') });
    });

  /** UTF-8 past the 64 KiB the encoding is told from, then a byte that is not UTF-8: refused at its line. */
  const mixedEncoding = fc
    .tuple(
      fc.array(fc.constantFrom('Xã Quài Nưa;85,5;có', 'Tuần Giáo;"a\nb"', '', 'ệ'), {
        minLength: 1,
        maxLength: 5,
      }),
      fc.nat(),
      fc.constantFrom(0xe0, 0xc3, 0xa0, 0xf0, 0xd0, 0xff),
      bigChunkSizes,
    )
    .map(([lines, at, bad, chunks]) => {
      const unit = `${lines.join('\n')}\n`;
      const head = new TextEncoder().encode(unit.repeat(Math.ceil(70_000 / unit.length)));
      const offset = 66_000 + (at % (head.length - 66_000));
      const bytes = concat(head.slice(0, offset), new Uint8Array([bad]), head.slice(offset));
      // A byte put into valid UTF-8 always breaks it, on its own line (no letter holds a line end).
      return printable({ bytes, chunks, line: lineOfByte(bytes, offset) });
    });

  fuzzReader(
    'createChunkDecoder',
    fc.oneof(
      { weight: 3, arbitrary: encodedText },
      { weight: 1, arbitrary: mixedEncoding },
      {
        weight: 2,
        arbitrary: fc
          .tuple(randomBytes, chunkSizes)
          .map(([bytes, chunks]) => printable({ bytes, chunks })),
      },
    ),
    (c) => {
      const whole = settledSync(() => decodeText(c.bytes, 'xa.csv'));
      const cut = settledSync(() => decodeChunks('xa.csv', c.bytes, c.chunks));
      if (JSON.stringify(whole) !== JSON.stringify(cut))
        throw new Error(
          `decoded whole: ${JSON.stringify(whole).slice(0, 300)}; in chunks: ${JSON.stringify(cut).slice(0, 300)}`,
        );
      return decodeChunks('xa.csv', c.bytes, c.chunks);
    },
    {
      file: 'xa.csv',
      expected: (c): Expected => {
        if ('expected' in c) return c.expected === undefined ? undefined : { value: c.expected };
        if ('line' in c) return { refused: 'cli/mixed-encoding', params: { line: c.line } };
        return undefined;
      },
    },
  );
});

/** The outcome of a read as plain data, for comparing two reads. */
async function settled(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: await read() };
  } catch (error) {
    return { error: (error as { issues?: unknown }).issues ?? String(error) };
  }
}

function settledSync(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (error) {
    return { error: (error as { issues?: unknown }).issues ?? String(error) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------------------------

const CSV_FILE = 'xa.csv';
const AT = { file: CSV_FILE, row: 7, column: '15.3 Tỷ lệ hộ nghèo đa chiều (%)' };

/** Any cell a CSV or XLSX file can give: text of every kind, numbers (NaN too), yes/no, dates (invalid too). */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1e400',
      '-1e309',
      '9'.repeat(400),
      `${'9'.repeat(400)},5`,
      '1.000.000',
      '1.000,5e3',
      '85,5%',
      '٣',
      '1_000',
      '0x10',
      '.5',
      '5.',
      '- 5',
      '+5',
    ),
  },
  { weight: 2, arbitrary: specialNumbers },
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date(),
);

/** A number with up to three decimals, and how a sheet may write it. */
const writtenNumber = fc
  .tuple(
    fc.integer({ min: -2_000_000, max: 2_000_000 }),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('cell', 'plain', 'comma', 'grouped', 'percent', 'spaced'),
  )
  .map(([whole, decimals, form]) => {
    const value = whole / 10 ** decimals;
    const plain = value.toFixed(decimals);
    const [int = '', frac] = plain.split('.');
    const grouped = `${int.replace(/\B(?=(\d{3})+$)/g, '.')}${frac === undefined ? '' : `,${frac}`}`;
    const written: Record<string, Cell> = {
      cell: value,
      plain,
      comma: plain.replace('.', ','),
      // "1.234,5": only with a decimal comma is the dot read as a thousands separator.
      grouped: frac === undefined ? plain : grouped,
      percent: `${plain.replace('.', ',')}%`,
      spaced: ` ${plain} `,
    };
    return { cell: written[form] as Cell, value: Object.is(value, -0) ? 0 : value };
  });

const YES = ['có', 'Có', 'CÓ', 'đạt', 'Đạt', 'x', 'X', '1', 'yes', 'Yes', 'true', 'TRUE', 'met'];
const NO = [
  'không',
  'Không',
  'KHÔNG',
  'chưa đạt',
  'Chưa đạt',
  'không đạt',
  '0',
  'no',
  'No',
  'false',
  'not met',
];
const writtenYesNo = fc.oneof(
  fc.constantFrom(...YES).map((cell) => ({ cell: cell as Cell, value: true })),
  fc.constantFrom(...NO).map((cell) => ({ cell: cell as Cell, value: false })),
  fc.boolean().map((b) => ({ cell: b as Cell, value: b })),
  fc.constantFrom(0, 1).map((n) => ({ cell: n as Cell, value: n === 1 })),
);

const DAY = 86_400_000;
/** A date from 1900-03-01 (Excel serial 61) to 2150, and how a sheet may write it. */
const writtenDate = fc
  .tuple(
    fc.integer({ min: Date.UTC(1900, 2, 1) / DAY, max: Date.UTC(2150, 11, 31) / DAY }),
    fc.constantFrom('iso', 'slash', 'dash', 'dot', 'short', 'serial', 'serial-text', 'date'),
  )
  .map(([dayNumber, form]) => {
    const date = new Date(dayNumber * DAY);
    const iso = date.toISOString().slice(0, 10);
    const [y, m, d] = iso.split('-') as [string, string, string];
    const serial = dayNumber + 25_569;
    const written: Record<string, Cell> = {
      iso,
      slash: `${d}/${m}/${y}`,
      dash: `${d}-${m}-${y}`,
      dot: `${d}.${m}.${y}`,
      short: `${Number(d)}/${Number(m)}/${y}`,
      serial,
      'serial-text': serial >= 10_000 && serial <= 99_999 ? String(serial) : iso,
      date,
    };
    return { cell: written[form] as Cell, value: iso };
  });

/** A written value with what it reads as, or any cell (no expectation). */
const orAnyCell = <T>(written: fc.Arbitrary<{ cell: Cell; value: T }>) =>
  fc.oneof(
    written,
    anyCell.map((cell) => ({ cell, value: undefined })),
  );
const expectedOf = (c: { value: unknown }): Expected =>
  c.value === undefined ? undefined : { value: c.value };

describe('ntm: cells', () => {
  fuzzReader('cellNumber', orAnyCell(writtenNumber), (c) => cellNumber(c.cell, AT), {
    file: CSV_FILE,
    expected: expectedOf,
  });
  fuzzReader('cellBoolean', orAnyCell(writtenYesNo), (c) => cellBoolean(c.cell, () => AT), {
    file: CSV_FILE,
    expected: expectedOf,
  });
  fuzzReader('cellDate', orAnyCell(writtenDate), (c) => cellDate(c.cell, AT), {
    file: CSV_FILE,
    expected: expectedOf,
  });
  fuzzReader(
    'cellText',
    anyCell,
    (cell) => {
      const text = cellText(cell);
      if (text !== undefined && (text === '' || text !== text.trim()))
        throw new Error(`cellText gave ${JSON.stringify(text)}`);
      return text;
    },
    { file: CSV_FILE, refuses: false },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The communes sheet and OCOP answers
// ---------------------------------------------------------------------------------------------------------------

const INDICATORS = XA_2021_2025.criteria.flatMap((c) => c.indicators);
const isYesNo = (type: string) => type === 'boolean' || type === 'absence';

/** A communes sheet of one row for XA_2021_2025 (columns in any order), and the row it must read into. */
const communeSheet = fc
  .record({
    indicators: fc.subarray(INDICATORS, { minLength: 1, maxLength: 8 }),
    numbers: fc.array(writtenNumber, { minLength: 8, maxLength: 8 }),
    yesNo: fc.array(writtenYesNo, { minLength: 8, maxLength: 8 }),
    id: fc.oneof(
      fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0')),
      headerText,
    ),
    name: headerText,
    year: fc.integer({ min: 2010, max: 2100 }),
    yearAsText: fc.boolean(),
    district: fc.option(headerText, { nil: undefined }),
    region: fc.option(fc.constantFrom('TDMNPB', 'dbsh', 'Tnb'), { nil: undefined }),
    group: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    order: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    row: fc.integer({ min: 2, max: 1_000_000 }),
  })
  .map((c) => {
    const values: Record<string, number | boolean> = {};
    const columns: [string, Cell][] = [
      ['Mã xã', c.id],
      ['Tên xã', c.name],
      ['Năm', c.yearAsText ? String(c.year) : c.year],
      ...(c.district === undefined ? [] : [['Huyện', c.district] as [string, Cell]]),
      ...(c.region === undefined ? [] : [['Vùng', c.region] as [string, Cell]]),
      ...(c.group === undefined ? [] : [['Nhóm xã', c.group] as [string, Cell]]),
      ...c.indicators.map((indicator, i): [string, Cell] => {
        const written = isYesNo(indicator.type) ? c.yesNo[i] : c.numbers[i];
        values[indicator.code] = written?.value as number | boolean;
        return [indicatorHeader(indicator), written?.cell ?? null];
      }),
    ];
    // Columns in any order: a sheet is read by its headers.
    const sorted = columns
      .map((column, i) => ({ column, key: c.order[i] ?? i }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.column);
    const trim = (text: string) => text.normalize('NFC').trim();
    const expected = {
      row: c.row,
      year: c.year,
      facts: {
        setId: XA_2021_2025.id,
        year: c.year,
        commune: {
          id: trim(c.id),
          name: trim(c.name),
          ...(c.district === undefined ? {} : { district: trim(c.district) }),
        },
        ...(c.region === undefined ? {} : { region: c.region.toUpperCase() }),
        ...(c.group === undefined ? {} : { communeGroup: c.group }),
        values,
      },
    };
    return {
      headers: sorted.map(([header]) => header),
      cells: sorted.map(([, cell]) => (typeof cell === 'string' ? trim(cell) || null : cell)),
      row: c.row,
      expected: expected as unknown,
    };
  });

/** A valid sheet with one cell or header replaced, a column left out, or cells added. */
const spoiltCommuneSheet = fc
  .tuple(
    communeSheet,
    fc.nat(),
    fc.constantFrom('cell', 'header', 'drop', 'extra'),
    anyCell,
    fc.oneof(hostileString, headerText),
  )
  .map(([sheet, at, how, cell, header]) => {
    const i = at % sheet.headers.length;
    const headers = [...sheet.headers];
    const cells = [...sheet.cells];
    if (how === 'cell') cells[i] = cell;
    if (how === 'header') headers[i] = header;
    if (how === 'drop') {
      headers.splice(i, 1);
      cells.splice(i, 1);
    }
    if (how === 'extra') cells.push(cell, 'x');
    return { headers, cells, row: sheet.row, expected: undefined };
  });

function readCommune(sheet: { headers: readonly string[]; cells: readonly Cell[]; row: number }) {
  const table: TableSource = {
    file: CSV_FILE,
    headers: sheet.headers,
    headerRow: 1,
    rows: {
      [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }),
    },
    progress: () => 1,
  };
  return communeReader(table, XA_2021_2025).read({ row: sheet.row, cells: sheet.cells });
}

const RUBRIC_FILE = 'phieu.xlsx';
const LEAVES = leafCriteria(QD26_2026_B04).map((l) => l.criterion);
type Leaf = (typeof LEAVES)[number];

/** The first option of `options` whose label reads as `label` (the sheet's drop-down may repeat a label). */
const firstWithLabel = (labels: readonly string[], label: string) =>
  labels.findIndex((l) => searchKey(l) === searchKey(label));

/** An answer as the sheet is filled in, and what it reads as (or the ambiguity it must be refused for). */
const writtenAnswer = fc
  .tuple(fc.constantFrom(...LEAVES), fc.nat(), fc.constantFrom('label', 'points', 'number', 'json'))
  .map(
    ([criterion, pick, form]): {
      criterion: Leaf;
      raw: unknown;
      source: 'sheet' | 'json';
      expected: Expected;
    } => {
      if (criterion.kind === 'yes-no') {
        const yes = pick % 2 === 0;
        const raw = [yes ? 'Có' : 'Không', yes, yes ? 'có' : 'không'][pick % 3];
        return { criterion, raw, source: 'sheet', expected: { value: yes } };
      }
      if (criterion.kind === 'choice') {
        const i = pick % criterion.options.length;
        const option = criterion.options[i] as (typeof criterion.options)[number];
        const labels = criterion.options.map((o) => optionLabel(o));
        const samePoints = criterion.options.filter((o) => o.points === option.points).length;
        const byPoints: Expected =
          samePoints === 1 ? { value: i } : { refused: 'cli/ambiguous-answer' };
        if (form === 'label')
          return {
            criterion,
            raw: optionLabel(option),
            source: 'sheet',
            expected: { value: firstWithLabel(labels, optionLabel(option)) },
          };
        if (form === 'points')
          return { criterion, raw: pointsText(option.points), source: 'sheet', expected: byPoints };
        if (form === 'number')
          return { criterion, raw: option.points, source: 'sheet', expected: byPoints };
        return { criterion, raw: i, source: 'json', expected: { value: i } };
      }
      const chosen = criterion.cases[
        pick % criterion.cases.length
      ] as (typeof criterion.cases)[number];
      const i = Math.floor(pick / criterion.cases.length) % chosen.options.length;
      const option = chosen.options[i] as (typeof chosen.options)[number];
      const labels = chosen.options.map((o) => optionLabel(o, chosen));
      if (form === 'json')
        return {
          criterion,
          raw: { case: chosen.id, option: i },
          source: 'json',
          expected: { value: { case: chosen.id, option: i } },
        };
      if (form === 'label')
        return {
          criterion,
          raw: optionLabel(option, chosen),
          source: 'sheet',
          expected: {
            value: { case: chosen.id, option: firstWithLabel(labels, optionLabel(option, chosen)) },
          },
        };
      const samePoints = chosen.options.filter((o) => o.points === option.points).length;
      return {
        criterion,
        raw: `${chosen.id}) ${pointsText(option.points)}`,
        source: 'sheet',
        expected:
          samePoints === 1
            ? { value: { case: chosen.id, option: i } }
            : { refused: 'cli/ambiguous-answer' },
      };
    },
  );

const anyAnswer = fc.record({
  criterion: fc.constantFrom(...LEAVES),
  raw: fc.oneof(anyCell, hostile),
  source: fc.constantFrom('sheet' as const, 'json' as const),
  expected: fc.constant(undefined as Expected),
});

describe('ntm: communes sheet and OCOP answers', () => {
  fuzzReader('communeReader', fc.oneof(communeSheet, spoiltCommuneSheet), readCommune, {
    file: CSV_FILE,
    expected: (c) => (c.expected === undefined ? undefined : { value: c.expected }),
  });
  fuzzReader(
    'readAnswer',
    fc.oneof(writtenAnswer, anyAnswer),
    (c) => readAnswer(c.criterion, c.raw, { file: RUBRIC_FILE, row: 5 }, c.source),
    { file: RUBRIC_FILE, expected: (c) => c.expected },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// JSON files and workbooks
// ---------------------------------------------------------------------------------------------------------------

const JSON_FILE = 'cv.json';

/** A JSON document (prototype keys and NFD text included), written in any Unicode encoding, indented or not. */
const jsonFile = fc
  .record({
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.constantFrom(
        { __proto__: null, constructor: { prototype: { polluted: 1 } } },
        {
          tasks: [{ id: 'Quài Nưa'.normalize('NFD'), deadline: { text: 'trước ngày 05/08/2022' } }],
        },
      ),
    ),
    indent: fc.constantFrom(0, 2, '\t'),
    encoding: fc.constantFrom(...UNICODE_ENCODINGS),
    chunks: chunkSizes,
  })
  .map(({ value, indent, encoding, chunks }) => {
    const text = JSON.stringify(value, null, indent);
    const bytes = encode(text, encoding);
    // Text is read in NFC: the document is the one its NFC text writes.
    return printable({ bytes, chunks, expected: JSON.parse(text.normalize('NFC')) as unknown });
  });

const damagedJson = fc.oneof(
  fc
    .tuple(jsonFile, damage)
    .map(([file, harm]) =>
      printable({ bytes: damaged(file.bytes, harm), chunks: file.chunks, expected: undefined }),
    ),
  fc
    .tuple(randomBytes, chunkSizes)
    .map(([bytes, chunks]) => printable({ bytes, chunks, expected: undefined })),
  fc
    .tuple(fc.constantFrom(...DEPTHS), fc.constantFrom('[', '{"a":'), chunkSizes)
    .map(([depth, open, chunks]) =>
      printable({
        bytes: new TextEncoder().encode(open.repeat(depth)),
        chunks,
        expected: undefined,
      }),
    ),
);

/** A sheet's cells: text (Vietnamese, spaces, line breaks), numbers, yes/no, dates, percentages. */
const sheetCell = fc.oneof(
  {
    weight: 3,
    arbitrary: writableText.map((t) => ({ kind: 'text' as const, value: t.replace(/\r/g, ' ') })),
  },
  {
    weight: 2,
    arbitrary: fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
      .map((v) => ({ kind: 'number' as const, value: v })),
  },
  fc.boolean().map((v) => ({ kind: 'boolean' as const, value: v })),
  fc
    .integer({ min: Date.UTC(1950, 0, 1) / DAY, max: Date.UTC(2100, 0, 1) / DAY })
    .map((d) => ({ kind: 'date' as const, value: new Date(d * DAY) })),
  fc.integer({ min: 0, max: 1000 }).map((p) => ({ kind: 'percent' as const, value: p / 1000 })),
  fc.constant({ kind: 'empty' as const, value: null }),
);
type SheetCell = typeof sheetCell extends fc.Arbitrary<infer T> ? T : never;

const workbookOf = (cell: fc.Arbitrary<SheetCell>, sharedStrings: fc.Arbitrary<boolean>) =>
  fc.record({
    sheet: fc.oneof(headerText, fc.constant('Xã')),
    header: fc.array(headerText, { minLength: 1, maxLength: 5 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
    sharedStrings,
  });
const workbook = workbookOf(sheetCell, fc.boolean());
type Workbook = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

const built = new WeakMap<Workbook, Promise<Uint8Array>>();
/** The bytes of a generated workbook (made once per case: each case is read twice). */
function workbookBytes(w: Workbook): Promise<Uint8Array> {
  const bytes = built.get(w) ?? writeWorkbook(w);
  built.set(w, bytes);
  return bytes;
}

/** A generated workbook as exceljs's streaming writer saves it. */
async function writeWorkbook(w: Workbook): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: w.sharedStrings,
    useStyles: true,
  });
  const sheet = book.addWorksheet(w.sheet.trim().slice(0, 31) || 'Xã');
  sheet.addRow(w.header).commit();
  for (const cells of w.rows) {
    const row = sheet.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      if (c.kind === 'percent') row.getCell(i + 1).numFmt = '0.0%';
      if (c.kind === 'date') row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
    });
    row.commit();
  }
  await book.commit();
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A row without the empty cells that end it: a writer may leave a blank cell out or write it, and the reader gives
 * the cells it finds, so rows are compared up to their last cell that holds something.
 */
function withoutTrailingBlanks(cells: readonly Cell[]): Cell[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** What `openTable` gives for a generated workbook. */
function workbookRead(w: Workbook) {
  const cell = (c: SheetCell): Cell => {
    if (c.kind === 'text') return c.value.normalize('NFC').trim() || null;
    if (c.kind === 'percent') return Number((c.value * 100).toPrecision(12));
    if (c.kind === 'number') return Object.is(c.value, -0) ? 0 : c.value;
    return c.value;
  };
  const rows = w.rows
    .map((cells, i) => {
      return { row: i + 2, cells: withoutTrailingBlanks(cells.map(cell)) };
    })
    .filter((r) => r.cells.length > 0);
  return {
    headers: w.header.map((h) => h.normalize('NFC').replace(/\s+/g, ' ').trim()),
    headerRow: 1,
    rows,
  };
}

const XLSX_FILE = 'xa.xlsx';
// exceljs puts its file-system queue on globalThis when it loads: load it before the harness looks at the globals.
await workbookBytes({ sheet: 'Xã', header: ['Mã xã'], rows: [], sharedStrings: true });

/** A JSON text of `value`, or of an empty object when it has none (a bigint, nesting past the stack). */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '{}';
  } catch {
    return '{}';
  }
}

const ASSESSMENT_FILE = 'phieu-b04.json';
/** The example assessment, spoilt one field at a time, as a JSON file. */
const assessmentFile = fc
  .tuple(spoilt(ASSESSMENT, 'ASSESSMENT'), fc.constantFrom(...UNICODE_ENCODINGS), chunkSizes)
  .map(([value, encoding, chunks]) =>
    printable({ bytes: encode(jsonText(unref(value)), encoding), chunks }),
  );

describe('ntm: JSON files and workbooks', () => {
  fuzzReader(
    'readAssessment (JSON)',
    assessmentFile,
    (c) => readAssessment(oneFile(ASSESSMENT_FILE, c.bytes, c.chunks), ASSESSMENT_FILE),
    { file: ASSESSMENT_FILE },
  );

  fuzzReader(
    'readJson',
    fc.oneof({ weight: 2, arbitrary: jsonFile }, damagedJson),
    (c) => readJson(oneFile(JSON_FILE, c.bytes, c.chunks), JSON_FILE),
    {
      file: JSON_FILE,
      expected: (c) => (c.expected === undefined ? undefined : { value: c.expected }),
    },
  );

  // Byte by byte now and then: a workbook read in single bytes takes half a second.
  const xlsxChunks = fc.oneof({ weight: 6, arbitrary: bigChunkSizes }, chunkSizes);
  const readWorkbook = async (w: Workbook, chunks: readonly number[], harm?: Damage) => {
    const bytes = await workbookBytes(w);
    const read = await readTable(
      XLSX_FILE,
      harm === undefined ? bytes : damaged(bytes, harm),
      chunks,
    );
    const rows = read.rows.map((r) => ({ row: r.row, cells: withoutTrailingBlanks(r.cells) }));
    return { ...read, rows };
  };
  fuzzReader(
    'openTable (XLSX)',
    fc.record({ workbook, chunks: xlsxChunks }),
    (c) => readWorkbook(c.workbook, c.chunks),
    { file: XLSX_FILE, expected: (c) => ({ value: workbookRead(c.workbook) }), refuses: false },
  );
  fuzzReader(
    'openTable (XLSX) damaged',
    fc.record({ workbook, damage, chunks: xlsxChunks }),
    (c) => readWorkbook(c.workbook, c.chunks, c.damage),
    { file: XLSX_FILE },
  );
});
