import type { Bilingual, DomainIssue, Locale } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { Command, CommanderError, Help } from 'commander';
import { EXIT, isCliError } from './cli-error.js';
import { registerCommands } from './commands/register.js';
import type { Ctx } from './context.js';
import { langOption } from './context.js';
import { detectLang } from './i18n.js';
import { cliVersion } from './version.js';

/**
 * Where `run` writes; defaults to the process streams.
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
}

const HELP_TITLES_VI: readonly (readonly [RegExp, string])[] = [
  [/^Usage:/m, 'Cách dùng:'],
  [/^Options:/m, 'Tuỳ chọn:'],
  [/^Commands:/m, 'Lệnh:'],
  [/^Arguments:/m, 'Tham số:'],
  [/display help for command/g, 'xem hướng dẫn của lệnh'],
  [/output the version number/g, 'in số phiên bản'],
  [/\(choices: /g, '(chọn: '],
  [/default: /g, 'mặc định: '],
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
  const lang: Locale = detectLang(argv, process.env);
  let findings = false;
  const ctx: Ctx = {
    lang,
    finding: () => {
      findings = true;
    },
    t: (text: Bilingual) => text[lang],
    print: (text: string) => out(text.endsWith('\n') ? text : `${text}\n`),
  };
  const program = new Command('ntm');
  program
    .description(
      ctx.t({
        vi: 'ntm — Nông thôn mới, OCOP, hạn chót và văn bản chỉ đạo từ tệp JSON, CSV, Excel.',
        en: 'ntm — New Rural Development (NTM), OCOP, deadlines and directives from JSON, CSV and Excel files.',
      }),
    )
    .version(cliVersion(), '-V, --version')
    .helpOption('-h, --help', ctx.t({ vi: 'xem hướng dẫn', en: 'display help' }))
    .addOption(langOption(ctx))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: out,
      writeErr: err,
      outputError: (text, write) => write(lang === 'vi' ? text.replace(/^error:/, 'lỗi:') : text),
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
      vi: '\nMã thoát: 0 thành công; 1 có phát hiện (cấu hình sai, việc quá hạn) hoặc dữ liệu không hợp lệ; 2 sai cú pháp lệnh.\nVí dụ:\n  $ ntm deadlines days-off 2026\n  $ ntm ocop find "mật ong"\n  $ ntm units find "Quài Nưa" --date 2020-05-15',
      en: '\nExit codes: 0 ok; 1 findings (invalid configuration, overdue tasks) or invalid input; 2 wrong command line.\nExamples:\n  $ ntm deadlines days-off 2026\n  $ ntm ocop find "mật ong"\n  $ ntm units find "Quài Nưa" --date 2020-05-15',
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
    return findings ? EXIT.findings : EXIT.ok;
  } catch (error) {
    return report(error, ctx, err);
  }
}

function report(error: unknown, ctx: Ctx, err: (s: string) => void): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return error.code === 'commander.help' ? EXIT.usage : EXIT.ok;
    return EXIT.usage;
  }
  const label = ctx.t({ vi: 'Lỗi', en: 'Error' });
  if (isCliError(error)) {
    err(formatIssueLines(error.issues, ctx, label));
    return error.exitCode;
  }
  if (isDomainError(error)) {
    err(formatIssueLines(error.issues, ctx, label));
    return EXIT.findings;
  }
  const message = error instanceof Error ? error.message : String(error);
  err(
    `${ctx.t({ vi: 'Lỗi không mong đợi', en: 'Unexpected error' })}: ${message}\n${ctx.t({
      vi: '(đặt NTM_DEBUG=1 để xem chi tiết kỹ thuật)',
      en: '(set NTM_DEBUG=1 to see technical details)',
    })}\n`,
  );
  if (process.env.NTM_DEBUG === '1' && error instanceof Error) err(`${error.stack ?? ''}\n`);
  return EXIT.findings;
}

/**
 * One line per issue: `Lỗi: <message> [code at path]`.
 *
 * @example
 * ```ts
 * formatIssueLines(error.issues, ctx, 'Lỗi');
 * ```
 */
export function formatIssueLines(issues: readonly DomainIssue[], ctx: Ctx, label: string): string {
  return `${issues
    .map((issue) => {
      const path = issue.path.length > 0 && !isLocated(issue) ? ` — ${issue.path.join('.')}` : '';
      return `${label}: ${ctx.t(issue.message)}${path} [${issue.code}]`;
    })
    .join('\n')}\n`;
}

/** Issues built by `inputIssue` already name file, row and column in their message. */
function isLocated(issue: DomainIssue): boolean {
  return issue.code.startsWith('cli/') || (issue.params !== undefined && 'file' in issue.params);
}
