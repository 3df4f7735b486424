import type { DomainIssue } from './issue.js';

/**
 * The languages messages are written in.
 *
 * @example
 * ```ts
 * const locale: Locale = 'vi';
 * ```
 */
export type Locale = 'vi' | 'en';

/**
 * Renders issues for people, one line each: `path: message (code)`. Vietnamese by default.
 *
 * @example
 * ```ts
 * formatIssues([{ code: 'date/invalid', path: ['from'], message: { vi: 'Sai ngày', en: 'Bad date' } }], { locale: 'en' });
 * // 'from: Bad date (date/invalid)'
 * ```
 */
export function formatIssues(
  issues: readonly DomainIssue[],
  options: { readonly locale?: Locale } = {},
): string {
  const locale = options.locale ?? 'vi';
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
      return `${where}${issue.message[locale]} (${issue.code})`;
    })
    .join('\n');
}

/**
 * Writes a path as people read it: `tasks[2].deadline`.
 *
 * @example
 * ```ts
 * formatPath(['tasks', 2, 'deadline']); // 'tasks[2].deadline'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
