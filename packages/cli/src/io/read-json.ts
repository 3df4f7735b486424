import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import { decodeText } from './decode-text.js';
import type { CliFiles } from './files.js';
import { readWholeFile } from './open-file.js';

/**
 * Reads and parses a JSON file (any encoding {@link decodeText} knows). A syntax error names the file, the line and
 * the column.
 *
 * @example
 * ```ts
 * const directive = await readJson(files, 'examples/directives/tuan-giao-2022.json');
 * ```
 */
export async function readJson(files: CliFiles, file: string): Promise<unknown> {
  return parseJsonText(decodeText(await readWholeFile(files, file), file), file);
}

/**
 * Parses JSON text; a syntax error names the file, the line and the column in both languages.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}', 'a.json'); // { a: 1 }
 * ```
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    let where = { vi: '', en: '' };
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = { vi: ` ở dòng ${line}, cột ${column}`, en: ` at line ${line}, column ${column}` };
    }
    return inputFail(
      CLI_ERRORS['cli/json-syntax'],
      { file },
      {
        at: where,
        reason: {
          vi: 'thiếu hoặc thừa dấu phẩy, ngoặc, ngoặc kép?',
          en: 'a missing or extra comma, bracket or quote?',
        },
      },
    );
  }
}
