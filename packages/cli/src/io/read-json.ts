import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import { decodeText } from './decode-text.js';
import { readBytes } from './read-bytes.js';

/**
 * Reads and parses a JSON file (any encoding {@link decodeText} knows). A syntax error names the file, the line and
 * the column.
 *
 * @example
 * ```ts
 * const directive = await readJson('examples/directives/tuan-giao-2022.json');
 * ```
 */
export async function readJson(file: string): Promise<unknown> {
  const { text } = decodeText(await readBytes(file));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    let at = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      at = ` (${line}:${column})`;
    }
    return inputFail(CLI_ERRORS['cli/json-syntax'], { file }, { at, reason: message });
  }
}
