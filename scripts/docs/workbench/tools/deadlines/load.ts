// A directive's JSON file (the `directive` schema), read and checked as `ntm directive schedule` reads it. Its own
// lazy chunk: the schema checks bring zod, needed only when a file is opened.
import type { Directive } from '@ntm/domain';
import { parseDirective } from '@ntm/domain';
import { inJsonFile } from '../../../../../packages/cli/src/io/plain-issues.js';
import { parseJsonText } from '../../../../../packages/cli/src/io/read-json.js';

/** The directive in `file`; problems reject with the CLI's located issues. */
export async function loadDirective(file: File): Promise<Directive> {
  const data = parseJsonText(await file.text(), file.name);
  return inJsonFile(file.name, () => parseDirective(data));
}
