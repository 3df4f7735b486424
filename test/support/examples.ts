// The files of examples/ (seed directives, province configurations, national supplements) as tests read them: the
// JSON as a user's file holds it, not yet parsed by @ntm/domain.
import { readFileSync } from 'node:fs';

/**
 * The JSON of `examples/<path>`.
 *
 * @example
 * ```ts
 * parseDirective(readExample('directives/tuan-giao-2022.json'));
 * ```
 */
export function readExample(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
}
