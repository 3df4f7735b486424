import type { Bilingual, DomainIssue } from '@ntm/domain/core';
import { describeValue, isDomainError } from '@ntm/domain/core';
import { CliError, inputIssue } from '../cli-error.js';

/**
 * Writes an input path as a JSON pointer (RFC 6901), the way editors and JSON Schema tools name a place in a file.
 *
 * @example
 * ```ts
 * jsonPointer(['thresholds', 0, 'value']); // '/thresholds/0/value'
 * ```
 */
export function jsonPointer(path: readonly (string | number)[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/**
 * Runs a validation or computation on the content of a JSON file; a `DomainError` it throws becomes a CLI error with
 * one plain-language issue per problem, naming the file and the field (a JSON pointer). `drop` leading path parts
 * that name the function argument rather than the file (`['config', …]`).
 *
 * @example
 * ```ts
 * const directive = inJsonFile('cv.json', data, () => parseDirective(data));
 * ```
 */
export function inJsonFile<T>(
  file: string,
  data: unknown,
  fn: () => T,
  options: { readonly drop?: string } = {},
): T {
  try {
    return fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new CliError(
      error.issues.map((issue) => {
        const path =
          options.drop !== undefined && issue.path[0] === options.drop
            ? issue.path.slice(1)
            : issue.path;
        return locatedIssue(issue, path, data, file);
      }),
    );
  }
}

/** An issue at `path` of the data in `file`, with a message a person can act on. */
function locatedIssue(
  issue: DomainIssue,
  path: readonly (string | number)[],
  data: unknown,
  file: string,
): DomainIssue {
  const plain = plainMessage(issue, valueAt(data, path));
  const field = plain.key === undefined ? path : [...path, plain.key];
  return inputIssue(
    issue.code,
    plain.message,
    field.length > 0 ? { file, field: jsonPointer(field) } : { file },
  );
}

/** The value at a path of parsed JSON (`undefined` when absent). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
      return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

const TYPE_WORDS: Readonly<Record<string, Bilingual>> = {
  string: { vi: 'chữ (trong ngoặc kép)', en: 'text (in quotes)' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một đối tượng { … }', en: 'an object { … }' },
  array: { vi: 'một danh sách [ … ]', en: 'a list [ … ]' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
};

/** The shape of the value found, in words. */
function shown(value: unknown): Bilingual {
  if (value === undefined) return { vi: 'còn trống', en: 'missing' };
  if (value === null) return { vi: 'null', en: 'null' };
  if (Array.isArray(value)) return { vi: 'một danh sách', en: 'a list' };
  if (typeof value === 'object') return { vi: 'một đối tượng', en: 'an object' };
  const text = describeValue(value);
  return { vi: text, en: text };
}

/**
 * The message for an issue that came from the schema validator (codes `<format>/<zod code>`), rewritten from the value
 * itself: the validator's own wording ("Quá nhỏ: mong đợi string có >=1 ký tự") is for developers. Other issues
 * already speak plainly and keep their message.
 */
function plainMessage(issue: DomainIssue, value: unknown): { message: Bilingual; key?: string } {
  const kind = /^[a-z-]+\/([a-z_]+)$/.exec(issue.code)?.[1];
  const en = issue.message.en;
  const bound = /([<>]=?)\s*(-?[\d.]+)/.exec(en);
  const got = shown(value);
  switch (kind) {
    case 'invalid_type': {
      if (value === undefined)
        return { message: { vi: 'còn thiếu (bắt buộc phải có)', en: 'is missing (required)' } };
      const expected = TYPE_WORDS[/expected (\w+)/.exec(en)?.[1] ?? ''];
      return {
        message: expected
          ? {
              vi: `phải là ${expected.vi}, đang là ${got.vi}`,
              en: `must be ${expected.en}, not ${got.en}`,
            }
          : {
              vi: `giá trị ${got.vi} không đúng kiểu`,
              en: `the value ${got.en} has the wrong type`,
            },
      };
    }
    case 'too_small':
      if (typeof value === 'string' && value.trim() === '')
        return {
          message: { vi: 'đang để trống', en: 'is empty' },
        };
      if (Array.isArray(value))
        return {
          message: {
            vi: `cần ít nhất ${bound?.[2] ?? 1} mục`,
            en: `needs at least ${bound?.[2] ?? 1} items`,
          },
        };
      return {
        message: {
          vi: `${got.vi} quá nhỏ (tối thiểu ${bound?.[2] ?? '?'}${typeof value === 'string' ? ' ký tự' : ''})`,
          en: `${got.en} is too small (at least ${bound?.[2] ?? '?'}${typeof value === 'string' ? ' characters' : ''})`,
        },
      };
    case 'too_big':
      return {
        message: {
          vi: `${typeof value === 'string' ? 'quá dài' : `${got.vi} quá lớn`} (tối đa ${bound?.[2] ?? '?'}${typeof value === 'string' ? ' ký tự' : ''})`,
          en: `${typeof value === 'string' ? 'is too long' : `${got.en} is too large`} (at most ${bound?.[2] ?? '?'}${typeof value === 'string' ? ' characters' : ''})`,
        },
      };
    case 'unrecognized_keys': {
      const keys = [...en.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
      const first = keys[0];
      return {
        message: {
          vi: `trường lạ ${keys.map((k) => `"${k}"`).join(', ')}: không có trong mẫu (viết sai tên?)`,
          en: `unknown field ${keys.map((k) => `"${k}"`).join(', ')}: not part of the format (misspelt?)`,
        },
        ...(keys.length === 1 && first !== undefined ? { key: first } : {}),
      };
    }
    case 'invalid_value': {
      const options = [...en.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
      return {
        message: {
          vi: `${got.vi} không hợp lệ; chọn một trong: ${options.join(', ')}`,
          en: `${got.en} is not valid; use one of: ${options.join(', ')}`,
        },
      };
    }
    case 'invalid_union':
    case 'invalid_format':
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
    case 'custom':
      return {
        message: {
          vi: `${got.vi} không đúng dạng được chấp nhận ở đây (xem tài liệu docs/cli.md)`,
          en: `${got.en} is not in a form accepted here (see docs/cli.md)`,
        },
      };
    default:
      return { message: issue.message };
  }
}
