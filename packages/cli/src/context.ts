import type { Bilingual, IsoDate, Locale } from '@ntm/domain/core';
import { Argument, Command, Option } from 'commander';
import { parseDateArg } from './commands/args.js';
import type { CliFiles } from './io/files.js';
import { formatDate, localDates } from './output/format.js';
import { createProgress, type Progress } from './output/progress.js';

/** What every command handler gets: the language, the output streams, the files, the clock. */
export interface Ctx {
  /** Language of messages and reports. */
  readonly lang: Locale;
  /** Picks the text in the user's language. */
  t(text: Bilingual): string;
  /** Writes a line (or block) to stdout. */
  print(text: string): void;
  /** Writes text to stdout as it is (buffered: many small writes cost one system call). */
  write(text: string): void;
  /** Writes a line to stderr: notes that must not mix with data written to stdout. */
  warn(text: string): void;
  /** Marks the run as having findings (exit code 1) without stopping it. */
  finding(): void;
  /** The files the command reads and writes. */
  readonly files: CliFiles;
  /** Width of tables printed on stdout. */
  readonly width: number;
  /** Today in Vietnam (UTC+7): only the command line reads the clock. */
  today(): IsoDate;
  /** A date for the reader: `dd/mm/yyyy` in Vietnamese, ISO in English. */
  date(iso: string): string;
  /** A sentence from the SDK with its ISO dates written for the reader. */
  text(message: Bilingual): string;
  /**
   * A progress line on stderr for long batches: only when stderr is a terminal and stdout is not the same screen
   * (the line would cut through the rows), never with `--quiet`.
   */
  progress(
    label: Bilingual,
    fraction: () => number,
    quiet: boolean | undefined,
    stdoutFree?: boolean,
  ): Progress;
}

/**
 * The part of the context that words a report (language and translation): what report builders need, so that they
 * run in the browser too, where there is no terminal.
 *
 * @example
 * ```ts
 * const words: Wording = { lang: 'vi', t: (text) => text.vi };
 * ```
 */
export type Wording = Pick<Ctx, 'lang' | 't'>;

/** What the context is built from. */
export interface CtxIo {
  readonly lang: Locale;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly files: CliFiles;
  readonly width: number;
  readonly errIsTTY: boolean;
  readonly outIsTTY: boolean;
  readonly today: () => IsoDate;
  readonly finding: () => void;
}

/**
 * Builds the context of one run.
 *
 * @example
 * ```ts
 * const ctx = createCtx({ lang: 'vi', out, err, files, width: 120, errIsTTY: false, outIsTTY: false, today, finding });
 * ```
 */
export function createCtx(io: CtxIo): Ctx & { flush(): void } {
  let buffer = '';
  const flush = (): void => {
    if (buffer !== '') io.out(buffer);
    buffer = '';
  };
  const t = (text: Bilingual): string => text[io.lang];
  return {
    lang: io.lang,
    t,
    write(text) {
      buffer += text;
      if (buffer.length > 65536) flush();
    },
    print(text) {
      this.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    warn(text) {
      flush();
      io.err(text.endsWith('\n') ? text : `${text}\n`);
    },
    finding: io.finding,
    files: io.files,
    width: io.width,
    today: io.today,
    date: (iso) => formatDate(iso, io.lang),
    text: (message) => localDates(t(message), io.lang),
    progress: (label, fraction, quiet, stdoutFree = false) =>
      createProgress({
        enabled: io.errIsTTY && quiet !== true && (!io.outIsTTY || stdoutFree),
        label: t(label),
        unit: io.lang === 'vi' ? 'dòng' : 'rows',
        write: io.err,
        fraction,
        now: Date.now,
      }),
    flush,
  };
}

/** An example in a command's help: the command line, what it shows, and its exit code when not 0. */
export interface HelpExample {
  /** The command line, starting with `ntm`. */
  readonly run: string;
  /** What it does. */
  readonly note: Bilingual;
  /** Exit code the example gives when it is not 0 (for example 1: an overdue task). */
  readonly exit?: 1;
}

/** A command's help: description and at least one example. */
export interface CommandHelp {
  /** One-line description. */
  readonly description: Bilingual;
  /** Example invocations, each with what it does. */
  readonly examples: readonly HelpExample[];
  /** The command's one positional argument (`<file>`), if it takes one, what to give, and `date` for a date. */
  readonly argument?: {
    readonly name: string;
    readonly description: Bilingual;
    readonly value?: 'date';
  };
  /** The command's own options, listed after `--lang`. */
  readonly options?: readonly OptionRow[];
}

function addHelp(ctx: Ctx, cmd: Command, help: CommandHelp): Command {
  cmd.description(ctx.t(help.description));
  cmd.addOption(langOption(ctx));
  const lines = help.examples.map(
    (e) =>
      `  $ ${e.run}\n      ${ctx.t(e.note)}${e.exit === 1 ? ctx.t({ vi: ' (mã thoát 1)', en: ' (exit code 1)' }) : ''}`,
  );
  cmd.addHelpText('after', `\n${ctx.t({ vi: 'Ví dụ:', en: 'Examples:' })}\n${lines.join('\n')}\n`);
  return cmd;
}

/**
 * Adds a leaf command with a localised description, its positional argument if its help names one (a date read by
 * `parseDateArg`), the shared `--lang` option, the options its help lists and an "Examples" section.
 *
 * @example
 * ```ts
 * leaf(ctx, parent, 'days-off <year>', { description: { vi: '…', en: '…' }, examples: [] });
 * ```
 */
export function leaf(ctx: Ctx, parent: Command, spec: string, help: CommandHelp): Command {
  const cmd = parent.command(spec);
  if (help.argument !== undefined) {
    const argument = new Argument(help.argument.name, ctx.t(help.argument.description));
    cmd.addArgument(help.argument.value === 'date' ? argument.argParser(parseDateArg) : argument);
  }
  return addOptions(ctx, addHelp(ctx, cmd, help), help.options ?? []);
}

/**
 * Adds a command group (`ntm ocop …`) with a localised description and examples.
 *
 * @example
 * ```ts
 * const ocop = group(ctx, program, 'ocop', help);
 * ```
 */
export function group(ctx: Ctx, parent: Command, name: string, help: CommandHelp): Command {
  return addHelp(ctx, parent.command(name), help);
}

/**
 * The `--lang vi|en` option every command accepts (read early by `detectLang`; declared so help shows it).
 *
 * @example
 * ```ts
 * cmd.addOption(langOption(ctx));
 * ```
 */
export function langOption(ctx: Ctx): Option {
  return new Option(
    '--lang <lang>',
    ctx.t({ vi: 'ngôn ngữ: vi hoặc en', en: 'language: vi or en' }),
  )
    .choices(['vi', 'en'])
    .default(ctx.lang);
}

/**
 * The `-q, --quiet` option of commands that show progress on long files.
 *
 * @example
 * ```ts
 * cmd.addOption(quietOption(ctx));
 * ```
 */
export function quietOption(ctx: Ctx): Option {
  return new Option(
    '-q, --quiet',
    ctx.t({
      vi: 'không hiện tiến độ khi đọc tệp lớn',
      en: 'no progress line while reading a large file',
    }),
  );
}

/** A command class re-exported so command files need not import commander themselves. */
export { Command };

/** How an option's value is read when it is not plain text: a date, a date that must be given, or one of a few words. */
export type OptionValue = 'date' | 'required date' | readonly string[];

/** An option as one row: its flags, what it does in Vietnamese and English, and how its value is read. */
export type OptionRow = readonly [flags: string, vi: string, en: string, value?: OptionValue];

/**
 * Adds options, in order, from rows that read like the command's option list (dates read by `parseDateArg`).
 *
 * @example
 * ```ts
 * addOptions(ctx, cmd, [['--as-of <date>', 'ngày xem xét', 'date of the review', 'required date']]);
 * ```
 */
export function addOptions(ctx: Ctx, cmd: Command, rows: readonly OptionRow[]): Command {
  for (const [flags, vi, en, value] of rows) {
    const option = new Option(flags, ctx.t({ vi, en }));
    if (value === 'date' || value === 'required date') option.argParser(parseDateArg);
    if (value === 'required date') option.makeOptionMandatory();
    if (typeof value === 'object') option.choices(value);
    cmd.addOption(option);
  }
  return cmd;
}
