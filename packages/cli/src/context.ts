import type { Bilingual, Locale } from '@ntm/domain/core';
import { Command, Option } from 'commander';

/** What every command handler gets: the language and the output streams. */
export interface Ctx {
  /** Language of messages and reports. */
  readonly lang: Locale;
  /** Picks the text in the user's language. */
  t(text: Bilingual): string;
  /** Writes a line (or block) to stdout. */
  print(text: string): void;
  /** Marks the run as having findings (exit code 1) without stopping it. */
  finding(): void;
}

/** A command's help: description and at least one example. */
export interface CommandHelp {
  /** One-line description. */
  readonly description: Bilingual;
  /** Example invocations, each with what it does. */
  readonly examples: readonly { readonly run: string; readonly note: Bilingual }[];
}

/**
 * Adds a leaf command with a localised description, the shared `--lang` option and an "Examples" section.
 *
 * @example
 * ```ts
 * leaf(ctx, parent, 'days-off <year>', { description: { vi: '…', en: '…' }, examples: [] });
 * ```
 */
export function leaf(ctx: Ctx, parent: Command, spec: string, help: CommandHelp): Command {
  const cmd = parent.command(spec).description(ctx.t(help.description));
  cmd.addOption(langOption(ctx));
  const lines = help.examples.map((e) => `  $ ${e.run}\n      ${ctx.t(e.note)}`);
  cmd.addHelpText('after', `\n${ctx.t({ vi: 'Ví dụ:', en: 'Examples:' })}\n${lines.join('\n')}\n`);
  return cmd;
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
  const cmd = parent.command(name).description(ctx.t(help.description));
  cmd.addOption(langOption(ctx));
  const lines = help.examples.map((e) => `  $ ${e.run}\n      ${ctx.t(e.note)}`);
  cmd.addHelpText('after', `\n${ctx.t({ vi: 'Ví dụ:', en: 'Examples:' })}\n${lines.join('\n')}\n`);
  return cmd;
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
 * The `--format` option with its choices.
 *
 * @example
 * ```ts
 * cmd.addOption(formatOption(ctx, ['table', 'json']));
 * ```
 */
export function formatOption(ctx: Ctx, choices: readonly string[]): Option {
  return new Option('--format <format>', ctx.t({ vi: 'định dạng kết quả', en: 'output format' }))
    .choices([...choices])
    .default('table');
}

/** A command class re-exported so command files need not import commander themselves. */
export { Command };
