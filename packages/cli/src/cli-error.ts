import type { Bilingual, DomainIssue } from '@ntm/domain/core';
import { createIssue } from '@ntm/domain/core';

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
}

/**
 * An error the CLI reports to the user: bilingual issues plus an exit code. Never shown with a stack trace.
 *
 * @example
 * ```ts
 * throw new CliError([issue('cli/file-not-found', { vi: 'Không thấy tệp', en: 'File not found' }, { file: 'a.csv' })]);
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
 * Builds an issue whose message names the file, row and column, in both languages.
 *
 * @example
 * ```ts
 * inputIssue('cli/bad-date', { vi: 'Ngày sai', en: 'Bad date' }, { file: 'x.csv', row: 3, column: 'Ngày' });
 * // message.vi: 'x.csv, dòng 3, cột "Ngày": Ngày sai'
 * ```
 */
export function inputIssue(code: string, message: Bilingual, where: Where = {}): DomainIssue {
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
    vi.push(`trường "${where.field}"`);
    en.push(`field "${where.field}"`);
    path.push(where.field);
  }
  const prefixVi = vi.length > 0 ? `${vi.join(', ')}: ` : '';
  const prefixEn = en.length > 0 ? `${en.join(', ')}: ` : '';
  return createIssue(
    code,
    path,
    { vi: prefixVi + message.vi, en: prefixEn + message.en },
    { ...where },
  );
}

/**
 * Throws a {@link CliError} with one located issue.
 *
 * @example
 * ```ts
 * inputFail('cli/file-not-found', { vi: 'Không tìm thấy tệp', en: 'File not found' }, { file: 'a.csv' });
 * ```
 */
export function inputFail(code: string, message: Bilingual, where: Where = {}): never {
  throw new CliError([inputIssue(code, message, where)]);
}

/**
 * Throws a usage error (exit code 2).
 *
 * @example
 * ```ts
 * usageFail({ vi: 'Thiếu --set', en: 'Missing --set' });
 * ```
 */
export function usageFail(message: Bilingual): never {
  throw new CliError([createIssue('cli/usage', [], message)], EXIT.usage);
}
