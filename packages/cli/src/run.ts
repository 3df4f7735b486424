import type { Bilingual, DomainIssue, IsoDate, Locale } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { Command, CommanderError, Help } from 'commander';
import { EXIT, isCliError } from './cli-error.js';
import { todayIso } from './commands/args.js';
import { registerCommands } from './commands/register.js';
import { type Ctx, createCtx, langOption } from './context.js';
import { detectLang } from './i18n.js';
import type { CliFiles } from './io/files.js';
import { nodeFiles } from './io/node-files.js';
import { localDates } from './output/format.js';
import { DEFAULT_WIDTH } from './output/text-table.js';
import { cliVersion } from './version.js';

/**
 * Where `run` reads and writes; every field defaults to the process (streams, disk, clock).
 *
 * @example
 * ```ts
 * let out = '';
 * await run(['ocop', 'find', 'mật ong'], { out: (s) => { out += s; }, err: () => {} });
 * ```
 */
export interface RunIo {
  /** Standard output. */
  readonly out: (text: string) => void;
  /** Standard error. */
  readonly err: (text: string) => void;
  /** The files commands read and write (default: the disk, relative to the current folder). */
  readonly files?: CliFiles;
  /** Whether stderr is a terminal: progress lines are shown only then (default: `process.stderr.isTTY`). */
  readonly errIsTTY?: boolean;
  /** Width of printed tables (default: the terminal's, or 120 when stdout is not a terminal). */
  readonly width?: number;
  /** Today, `YYYY-MM-DD` (default: the date in Vietnam, UTC+7). */
  readonly today?: string;
  /** Environment variables read: `NTM_LANG`, `NTM_DEBUG` (default: `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Commander's own messages, said in Vietnamese (commander writes English). */
const COMMANDER_VI: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown command '(.*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: unknown option '(.*)'/, "lỗi: không có tuỳ chọn '$1'"],
  [/^error: missing required argument '(.*)'/, "lỗi: thiếu tham số '$1'"],
  [/^error: option '(.*)' argument missing/, "lỗi: tuỳ chọn '$1' cần một giá trị"],
  [/^error: required option '(.*)' not specified/, "lỗi: cần tuỳ chọn '$1'"],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
    "lỗi: tuỳ chọn '$1' không nhận '$2'; chọn một trong: $3.",
  ],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./,
    "lỗi: lệnh '$1' nhận $2 tham số, đã cho $3.",
  ],
  [/^error: too many arguments/, 'lỗi: thừa tham số'],
  [/\(Did you mean (.*)\?\)/, '(Có phải ý bạn là $1?)'],
  [/^error:/, 'lỗi:'],
];

const HELP_TITLES_VI: readonly (readonly [RegExp, string])[] = [
  [/^Usage:/m, 'Cách dùng:'],
  [/^Options:/m, 'Tuỳ chọn:'],
  [/^Commands:/m, 'Lệnh:'],
  [/^Arguments:/m, 'Tham số:'],
  [/display help for command/g, 'xem hướng dẫn của lệnh'],
  [/output the version number/g, 'in số phiên bản'],
  [/\(choices: /g, '(chọn: '],
  [/default:(\s)/g, 'mặc định:$1'],
  [/\[options\]/g, '[tuỳ chọn]'],
  [/\[command\]/g, '[lệnh]'],
];

/**
 * Runs `ntm` with the given arguments (without `node` and the script path) and returns the exit code: 0 ok,
 * 1 findings or invalid input, 2 usage. Never throws and never prints a stack trace (set `NTM_DEBUG=1` to see one).
 *
 * @example
 * ```ts
 * const code = await run(['deadlines', 'days-off', '2022', '--lang', 'en']);
 * ```
 */
export async function run(argv: readonly string[], io?: RunIo): Promise<number> {
  const out = io?.out ?? ((s: string) => process.stdout.write(s));
  const err = io?.err ?? ((s: string) => process.stderr.write(s));
  const env = io?.env ?? process.env;
  const lang: Locale = detectLang(argv, env);
  let findings = false;
  let reported = false;
  const ctx = createCtx({
    lang,
    out,
    err,
    files: io?.files ?? nodeFiles(process.cwd()),
    width:
      io?.width ??
      (io === undefined && process.stdout.isTTY === true
        ? (process.stdout.columns ?? DEFAULT_WIDTH)
        : DEFAULT_WIDTH),
    errIsTTY: io?.errIsTTY ?? (io === undefined && process.stderr.isTTY === true),
    outIsTTY: io === undefined && process.stdout.isTTY === true,
    today: () => (io?.today as IsoDate | undefined) ?? todayIso(),
    finding: () => {
      findings = true;
    },
  });
  const program = new Command('ntm');
  program
    .description(
      ctx.t({
        vi: 'ntm — Nông thôn mới, OCOP, hạn chót và văn bản chỉ đạo từ tệp JSON, CSV, Excel.',
        en: 'ntm — New Rural Development (NTM), OCOP, deadlines and directives from JSON, CSV and Excel files.',
      }),
    )
    .version(
      cliVersion(),
      '-V, --version',
      ctx.t({ vi: 'in số phiên bản', en: 'output the version number' }),
    )
    .helpOption('-h, --help', ctx.t({ vi: 'xem hướng dẫn', en: 'display help' }))
    .addOption(langOption(ctx))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        ctx.flush();
        out(s);
      },
      writeErr: (s) => {
        ctx.flush();
        err(s);
      },
      outputError: (text, write) => {
        reported = true;
        write(lang === 'vi' ? COMMANDER_VI.reduce((t, [re, vi]) => t.replace(re, vi), text) : text);
      },
    })
    .configureHelp({
      formatHelp: (cmd, helper) => {
        const text = Help.prototype.formatHelp.call(helper, cmd, helper);
        return lang === 'vi'
          ? HELP_TITLES_VI.reduce((t, [re, vi]) => t.replace(re, vi), text)
          : text;
      },
    });
  program.addHelpText(
    'after',
    ctx.t({
      vi: '\nMã thoát: 0 thành công; 1 có phát hiện (cấu hình sai, việc quá hạn) hoặc dữ liệu không hợp lệ; 2 sai cú pháp lệnh.\nVí dụ:\n  $ ntm deadlines days-off 2026\n      ngày nghỉ năm 2026\n  $ ntm ocop find "mật ong"\n      bộ sản phẩm OCOP của mật ong\n  $ ntm units find "Quài Nưa" --date 15/05/2020\n      xã Quài Nưa năm 2020 và hôm nay',
      en: '\nExit codes: 0 ok; 1 findings (invalid configuration, overdue tasks) or invalid input; 2 wrong command line.\nExamples:\n  $ ntm deadlines days-off 2026\n      days off in 2026\n  $ ntm ocop find "mật ong"\n      the OCOP product set of honey\n  $ ntm units find "Quài Nưa" --date 15/05/2020\n      Quài Nưa commune in 2020 and today',
    }),
  );
  registerCommands(ctx, program);
  // Every subcommand inherits the same output, help and error handling.
  const inherit = (cmd: Command): void => {
    for (const sub of cmd.commands) {
      sub.exitOverride();
      sub.copyInheritedSettings(cmd);
      inherit(sub);
    }
  };
  inherit(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    ctx.flush();
    return findings ? EXIT.findings : EXIT.ok;
  } catch (error) {
    ctx.flush();
    return report(error, ctx, err, reported, env);
  }
}

function report(
  error: unknown,
  ctx: Ctx,
  err: (s: string) => void,
  reported: boolean,
  env: Readonly<Record<string, string | undefined>>,
): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return EXIT.ok;
    if (error.code === 'commander.help') return EXIT.usage;
    // Commander prints its parse errors itself; anything else must not end the run in silence.
    if (!reported)
      err(`${ctx.t({ vi: 'lỗi', en: 'error' })}: ${error.message.replace(/^error: /, '')}\n`);
    return EXIT.usage;
  }
  if (isCliError(error)) {
    err(formatIssueLines(error.issues, ctx, error.exitCode === EXIT.usage));
    return error.exitCode;
  }
  if (isDomainError(error)) {
    err(formatIssueLines(error.issues, ctx, false));
    return EXIT.findings;
  }
  const message = error instanceof Error ? error.message : String(error);
  err(
    `${ctx.t({ vi: 'Lỗi không mong đợi', en: 'Unexpected error' })}: ${message}\n${ctx.t({
      vi: '(đặt NTM_DEBUG=1 để xem chi tiết kỹ thuật)',
      en: '(set NTM_DEBUG=1 to see technical details)',
    })}\n`,
  );
  if (env.NTM_DEBUG === '1' && error instanceof Error) err(`${error.stack ?? ''}\n`);
  return EXIT.findings;
}

/**
 * One line per issue: `Lỗi: <message> [code]`; usage errors as commander writes its own (`lỗi: <message> [code]`),
 * with a pointer to the help.
 *
 * @example
 * ```ts
 * formatIssueLines(error.issues, ctx, false);
 * ```
 */
export function formatIssueLines(issues: readonly DomainIssue[], ctx: Ctx, usage: boolean): string {
  if (usage)
    return `${issues.map((i) => `${ctx.t({ vi: 'lỗi', en: 'error' })}: ${ctx.t(i.message)} [${i.code}]`).join('\n')}\n${ctx.t({ vi: '(xem thêm: --help)', en: '(see --help)' })}\n`;
  const label = ctx.t({ vi: 'Lỗi', en: 'Error' });
  return `${issues
    .map((issue) => `${label}: ${localDates(ctx.t(withPath(issue)), ctx.lang)} [${issue.code}]`)
    .join('\n')}\n`;
}

/** An SDK issue's message, with its path when the message does not already say where. */
function withPath(issue: DomainIssue): Bilingual {
  const located =
    issue.code.startsWith('cli/') || (issue.params !== undefined && 'file' in issue.params);
  if (located || issue.path.length === 0) return issue.message;
  const path = issue.path.join('.');
  return { vi: `${issue.message.vi} — ${path}`, en: `${issue.message.en} — ${path}` };
}
