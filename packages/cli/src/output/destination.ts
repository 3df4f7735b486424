import type { Bilingual } from '@ntm/domain/core';
import { CLI_ERRORS } from '@ntm/domain/core';
import { Option } from 'commander';
import { inputFail, usageFail } from '../cli-error.js';
import type { Command, Ctx } from '../context.js';
import type { FileSink } from '../io/files.js';
import { csvLine, csvText } from './csv-writer.js';
import { formatNumber, formatPercent } from './format.js';
import type { CellValue, ColumnType, Report } from './report.js';
import { typedValue } from './report.js';
import { createTextTable } from './text-table.js';
import { writeReportXlsx } from './xlsx-writer.js';

/** The forms a result can take. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'xlsx' | 'ics';

/** The output options every reporting command shares. */
export interface OutputOptions {
  /** `--format`, when given. */
  readonly format?: string;
  /** `--out`, when given. */
  readonly out?: string;
  /** `--force`: overwrite an existing file. */
  readonly force?: boolean;
}

const EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.ndjson': 'json',
  '.jsonl': 'json',
  '.csv': 'csv',
  '.ics': 'ics',
  '.txt': 'table',
};

const FORMAT_WORDS: Readonly<Record<OutputFormat, Bilingual>> = {
  table: { vi: 'bảng chữ', en: 'a text table' },
  json: { vi: 'JSON', en: 'JSON' },
  csv: { vi: 'CSV', en: 'CSV' },
  xlsx: { vi: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  ics: { vi: 'lịch (.ics)', en: 'a calendar (.ics)' },
};

/** The outputs of a command whose result is a table: on screen, JSON, CSV and Excel. */
export const TABLE_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'xlsx'];

/**
 * Adds `--format`, `--out` and `--force` to a command (by default for {@link TABLE_FORMATS}). `--out` alone picks the format from its extension.
 *
 * @example
 * ```ts
 * outputOptions(ctx, cmd, ['table', 'json', 'csv', 'xlsx']);
 * ```
 */
export function outputOptions(
  ctx: Ctx,
  cmd: Command,
  formats: readonly OutputFormat[] = TABLE_FORMATS,
): Command {
  return cmd
    .addOption(
      new Option(
        '--format <format>',
        ctx.t({
          vi: 'dạng kết quả (mặc định: bảng, hoặc theo đuôi tệp --out)',
          en: 'output format (default: table, or the extension of --out)',
        }),
      ).choices([...formats]),
    )
    .option(
      '--out <file>',
      ctx.t({
        vi: `ghi kết quả ra tệp; đuôi tệp chọn dạng (${formats
          .flatMap((f) => Object.keys(EXTENSIONS).filter((e) => EXTENSIONS[e] === f))
          .join(', ')})`,
        en: `write the result to a file; its extension picks the format (${formats
          .flatMap((f) => Object.keys(EXTENSIONS).filter((e) => EXTENSIONS[e] === f))
          .join(', ')})`,
      }),
    )
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }));
}

/**
 * The format asked for: `--format`, else the extension of `--out`, else a table. A contradiction between the two, or
 * a format the command does not write, is a usage error (exit 2) that names both.
 *
 * @example
 * ```ts
 * resolveFormat({ out: 'kq.xlsx' }, ['table', 'json', 'xlsx']); // 'xlsx'
 * ```
 */
export function resolveFormat(opts: OutputOptions, formats: readonly OutputFormat[]): OutputFormat {
  const ext = /\.[^./\\]+$/.exec(opts.out?.toLowerCase() ?? '')?.[0];
  const fromOut = ext === undefined ? undefined : EXTENSIONS[ext];
  const format = (opts.format as OutputFormat | undefined) ?? fromOut ?? 'table';
  if (opts.format !== undefined && fromOut !== undefined && fromOut !== opts.format)
    usageFail(CLI_ERRORS['cli/format-contradiction'], {
      out: opts.out ?? '',
      kind: FORMAT_WORDS[fromOut],
      format: opts.format,
    });
  if (!formats.includes(format))
    usageFail(CLI_ERRORS['cli/format-not-written'], {
      kind: opts.out
        ? {
            vi: `${FORMAT_WORDS[format].vi} (--out ${opts.out})`,
            en: `${FORMAT_WORDS[format].en} (--out ${opts.out})`,
          }
        : FORMAT_WORDS[format],
      formats: formats.join(', '),
    });
  return format;
}

/** Where a result goes: stdout, or a file. */
export interface Destination {
  /** The format resolved from the options. */
  readonly format: OutputFormat;
  /** The file written, when not stdout. */
  readonly path?: string;
  /** Writes text. */
  write(text: string): Promise<void>;
  /** The file sink (for binary formats). */
  readonly sink?: FileSink;
  /** Finishes; says which file was written. */
  close(): Promise<void>;
  /** Gives up after an error (removes a half-written file). */
  abort(): Promise<void>;
}

/**
 * Opens where the result goes. Excel and calendars go to a file: `--out`, or `defaultName` (which commands that
 * write them must pass). An existing file is overwritten only with `--force`.
 *
 * @example
 * ```ts
 * const dest = await openDestination(ctx, opts, ['table', 'json', 'xlsx'], () => 'ket-qua.xlsx');
 * ```
 */
export async function openDestination(
  ctx: Ctx,
  opts: OutputOptions,
  formats: readonly OutputFormat[],
  defaultName?: (format: OutputFormat) => string,
): Promise<Destination> {
  const format = resolveFormat(opts, formats);
  const binary = format === 'xlsx' || format === 'ics';
  const path = opts.out ?? (binary ? defaultName?.(format) : undefined);
  if (path === undefined) {
    // Every command that writes Excel or a calendar has a default file name; none can print one to the screen.
    if (binary) throw new Error(`no file name for ${format}: pass defaultName`);
    return {
      format,
      write: async (text) => ctx.write(text),
      close: async () => {},
      abort: async () => {},
    };
  }
  const sink = await createFile(ctx, path, opts.force === true);
  return {
    format,
    path,
    sink,
    write: (text) => sink.write(text),
    close: async () => {
      await sink.close();
      ctx.print(ctx.t({ vi: `Đã ghi ${path}`, en: `Wrote ${path}` }));
    },
    abort: () => sink.abort(),
  };
}

/**
 * Creates a file; refuses to overwrite an existing one unless `force` is set.
 *
 * @example
 * ```ts
 * const sink = await createFile(ctx, 'lich.ics', false);
 * ```
 */
export async function createFile(ctx: Ctx, path: string, force: boolean): Promise<FileSink> {
  const failed = (error: unknown): never =>
    inputFail(
      CLI_ERRORS['cli/write-failed'],
      { file: path },
      { reason: error instanceof Error ? error.message : String(error) },
    );
  const info = await ctx.files.stat(path).catch(failed);
  if (info?.kind === 'directory') inputFail(CLI_ERRORS['cli/not-a-file'], { file: path });
  if (info !== undefined && !force) inputFail(CLI_ERRORS['cli/file-exists'], { file: path });
  return ctx.files.create(path).catch(failed);
}

/**
 * Writes a report in the destination's format: a text table, CSV (one sheet; when it goes to stdout its notes go to
 * stderr, so the data stays clean) or Excel. Rows stream through: a report of any length is written in bounded memory.
 *
 * @example
 * ```ts
 * await writeReport(ctx, dest, { sheets: [{ name, columns, rows }] });
 * ```
 */
export async function writeReport(ctx: Ctx, dest: Destination, report: Report): Promise<void> {
  if (dest.format === 'xlsx' && dest.sink !== undefined) {
    await writeReportXlsx(dest.sink, report, ctx.lang);
    return;
  }
  if (dest.format === 'csv') {
    const [sheet, ...rest] = report.sheets;
    // Commands offer CSV only for results of one table.
    if (sheet === undefined || rest.length > 0)
      throw new Error('a CSV result needs exactly one table');
    // A byte-order mark so that Excel opens the Vietnamese text correctly.
    await dest.write(`\uFEFF${csvLine(sheet.columns.map((c) => ctx.t(c.header)))}`);
    let batch = '';
    for await (const row of sheet.rows) {
      batch += csvLine(row.map((cell, i) => csvText(cell, sheet.columns[i]?.type)));
      if (batch.length > 65536) {
        await dest.write(batch);
        batch = '';
      }
    }
    await dest.write(batch);
    // Data on stdout stays clean for the program reading it: the notes go to stderr then.
    const say = dest.path === undefined ? ctx.warn : ctx.print;
    for (const line of [...(report.title ?? []), ...(report.notes?.() ?? [])]) say.call(ctx, line);
    return;
  }
  let pending = '';
  const write = (text: string): void => {
    pending += text;
  };
  const drain = async (): Promise<void> => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    await dest.write(text);
  };
  for (const line of report.title ?? []) write(`${line}\n`);
  for (const sheet of report.sheets) {
    if (report.sheets.length > 1) write(`${ctx.t(sheet.name)}\n`);
    const table = createTextTable(
      sheet.columns.map((c) => ctx.t(c.header)),
      write,
      ctx.width,
    );
    for await (const row of sheet.rows) {
      table.row(row.map((cell, i) => tableText(ctx, cell, sheet.columns[i]?.type)));
      if (pending.length > 65536) await drain();
    }
    table.end();
  }
  for (const line of report.notes?.() ?? []) write(`${line}\n`);
  await drain();
}

/**
 * A cell as a person reads it in a text table.
 *
 * @example
 * ```ts
 * tableText(ctx, 85.5, 'percent'); // '85,5%'
 * ```
 */
export function tableText(ctx: Ctx, cell: CellValue, type?: ColumnType): string {
  const typed = typedValue(cell, type);
  if (typed === null) return '';
  switch (typed.type) {
    case 'date':
      return ctx.date(String(typed.value));
    case 'percent':
      return typeof typed.value === 'number'
        ? formatPercent(typed.value, ctx.lang)
        : String(typed.value);
    case 'number':
      return typeof typed.value === 'number'
        ? formatNumber(typed.value, ctx.lang)
        : String(typed.value);
    case 'integer':
      return String(typed.value);
    default:
      return ctx.text({ vi: String(typed.value), en: String(typed.value) });
  }
}

/** A command's result, in every form it can take; only the one asked for is built. */
export interface CommandResult {
  /** The formats the command writes (default {@link TABLE_FORMATS}). */
  readonly formats?: readonly OutputFormat[];
  /** The file for Excel or a calendar when `--out` is not given. */
  readonly fileName?: (format: OutputFormat) => string;
  /** The result as one JSON document, written indented… */
  readonly json?: () => unknown;
  /** …or as JSON lines, one compact object a line (NDJSON), for results of any length. */
  readonly jsonLines?: () => AsyncIterable<string>;
  /** The result as a table, CSV or Excel (the format given, for results that show more in a file). */
  readonly report: (format: OutputFormat) => Report;
  /** Writes a format the command handles itself (a calendar). */
  readonly other?: (dest: Destination) => Promise<void>;
}

/**
 * Writes a command's result where the options say, in the format they ask for, then closes the destination.
 *
 * @example
 * ```ts
 * await writeResult(ctx, opts, { json: () => t, report: () => ({ sheets: [sheet] }) });
 * ```
 */
export async function writeResult(
  ctx: Ctx,
  opts: OutputOptions,
  result: CommandResult,
): Promise<void> {
  const dest = await openDestination(ctx, opts, result.formats ?? TABLE_FORMATS, result.fileName);
  if (dest.format === 'json' && result.jsonLines !== undefined) {
    let batch = '';
    for await (const line of result.jsonLines()) {
      batch += `${line}\n`;
      if (batch.length > 65536) {
        await dest.write(batch);
        batch = '';
      }
    }
    await dest.write(batch);
  } else if (dest.format === 'json' && result.json !== undefined)
    await dest.write(`${JSON.stringify(result.json(), null, 2)}\n`);
  else if (result.other !== undefined && !['table', 'csv', 'xlsx'].includes(dest.format))
    await result.other(dest);
  else await writeReport(ctx, dest, result.report(dest.format));
  await dest.close();
}
