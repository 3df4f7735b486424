import type {
  Bilingual,
  DomainIssue,
  ErrorSpec,
  NtmErrorCode,
  ParamsArgument,
} from '@ntm/domain/core';
import { createIssue, issueOf } from '@ntm/domain/core';

/**
 * Exit codes of `ntm`, documented in docs/cli.md.
 *
 * @example
 * ```ts
 * const code = await run(['criteria', 'check-config', 'tinh.json']);
 * if (code === EXIT.findings) console.log('the configuration has problems');
 * ```
 */
export const EXIT = Object.freeze({
  /** Everything went well. */
  ok: 0,
  /** Findings (invalid configuration, overdue tasks) or an input that failed validation. */
  findings: 1,
  /** The command line itself is wrong: unknown command or option, missing argument. */
  usage: 2,
});

/**
 * Where in an input file a problem is: file, 1-based row as the user sees it, column header or JSON field.
 *
 * @example
 * ```ts
 * const where: Where = { file: 'xa.csv', row: 5, column: '15.3 Tỷ lệ hộ nghèo đa chiều (%)' };
 * ```
 */
export interface Where {
  /** File path as the user typed it. */
  readonly file?: string;
  /** Worksheet of a workbook. */
  readonly sheet?: string;
  /** Row number as shown by Excel or a text editor (the header row is row 1). */
  readonly row?: number;
  /** Column header as written in the file. */
  readonly column?: string;
  /** Field of a JSON file, as a path (`product.name`). */
  readonly field?: string;
  /** What the field belongs to, in words (`chỉ tiêu thứ 3 (1.3)`), where a path alone says little. */
  readonly about?: Bilingual;
}

/**
 * An error the CLI reports to the user: bilingual issues plus an exit code. Never shown with a stack trace.
 *
 * @example
 * ```ts
 * throw new CliError([issueOf(CLI_ERRORS['cli/file-not-found'], ['a.csv'])]);
 * ```
 */
export class CliError extends Error {
  /** Always `'ntm/cli-error'`. */
  readonly kind = 'ntm/cli-error';
  /** The problems, at least one. */
  readonly issues: readonly DomainIssue[];
  /** Process exit code to use. */
  readonly exitCode: number;

  /**
   * @param issues - the problems, at least one
   * @param exitCode - process exit code, {@link EXIT}.findings unless the command line itself was wrong
   */
  constructor(issues: readonly DomainIssue[], exitCode: number = EXIT.findings) {
    super(issues[0]?.message.en ?? 'error');
    this.name = 'CliError';
    this.issues = issues;
    this.exitCode = exitCode;
  }
}

/**
 * True for a {@link CliError} (checked by its `kind`).
 *
 * @example
 * ```ts
 * isCliError(new CliError([])); // true
 * ```
 */
export function isCliError(value: unknown): value is CliError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'ntm/cli-error'
  );
}

/**
 * The issue of a catalogue entry, its message preceded by the file, row, column and field it is about, in both
 * languages.
 *
 * @example
 * ```ts
 * inputIssue(CLI_ERRORS['cli/bad-year'], { file: 'x.csv', row: 3, column: 'Năm' });
 * // message.vi: 'x.csv, dòng 3, cột "Năm": năm phải là số nguyên (ví dụ 2022)'
 * ```
 */
export function inputIssue<S extends ErrorSpec<NtmErrorCode>>(
  spec: S,
  where: Where,
  ...params: ParamsArgument<S>
): DomainIssue {
  return locatedIssue(issueOf(spec, [], ...params), where);
}

/**
 * The same issue (code, parameters) with its message preceded by the file, row, column and field it is about; the
 * path becomes that location. For issues raised by the libraries on a file's content.
 *
 * @example
 * ```ts
 * locatedIssue(error.issues[0], { file: 'cv.json', field: 'tasks[2].deadline' });
 * ```
 */
export function locatedIssue(issue: DomainIssue, where: Where): DomainIssue {
  const vi: string[] = [];
  const en: string[] = [];
  const path: (string | number)[] = [];
  if (where.file !== undefined) {
    vi.push(where.file);
    en.push(where.file);
    path.push(where.file);
  }
  if (where.sheet !== undefined) {
    vi.push(`trang "${where.sheet}"`);
    en.push(`sheet "${where.sheet}"`);
    path.push(where.sheet);
  }
  if (where.row !== undefined) {
    vi.push(`dòng ${where.row}`);
    en.push(`row ${where.row}`);
    path.push(where.row);
  }
  if (where.column !== undefined) {
    vi.push(`cột "${where.column}"`);
    en.push(`column "${where.column}"`);
    path.push(where.column);
  }
  if (where.field !== undefined) {
    vi.push(`trường "${where.field}"${where.about ? ` (${where.about.vi})` : ''}`);
    en.push(`field "${where.field}"${where.about ? ` (${where.about.en})` : ''}`);
    path.push(where.field);
  }
  const prefixVi = vi.length > 0 ? `${vi.join(', ')}: ` : '';
  const prefixEn = en.length > 0 ? `${en.join(', ')}: ` : '';
  // The catalogue's parameters win over the location's, so `params` always fill the code's own template.
  return createIssue(
    issue.code,
    path,
    { vi: prefixVi + issue.message.vi, en: prefixEn + issue.message.en },
    { ...where, ...issue.params },
  );
}

/**
 * Throws a {@link CliError} with one located issue of a catalogue entry.
 *
 * @example
 * ```ts
 * inputFail(CLI_ERRORS['cli/file-not-found'], { file: 'a.csv' });
 * ```
 */
export function inputFail<S extends ErrorSpec<NtmErrorCode>>(
  spec: S,
  where: Where,
  ...params: ParamsArgument<S>
): never {
  throw new CliError([inputIssue(spec, where, ...params)]);
}

/**
 * Throws a usage error (exit code 2) of a catalogue entry.
 *
 * @example
 * ```ts
 * usageFail(CLI_ERRORS['cli/no-base-set']);
 * ```
 */
export function usageFail<S extends ErrorSpec<NtmErrorCode>>(
  spec: S,
  ...params: ParamsArgument<S>
): never {
  throw new CliError([issueOf(spec, [], ...params)], EXIT.usage);
}
