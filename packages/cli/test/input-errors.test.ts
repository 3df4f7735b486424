import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { memoryFiles } from './support/memory-files.js';

const honey = JSON.parse(readFileSync(fixture('assessment-b04.json'), 'utf8')) as Record<
  string,
  unknown
>;
const TUAN_GIAO = join(ROOT, 'examples/directives/tuan-giao-2022.json');

/** Runs `ntm` in process on a JSON file `input.json` (in memory) written for the case; the exit code and stderr. */
async function ntmOn(
  data: unknown,
  args: (file: string) => readonly string[],
): Promise<{ code: number; err: string }> {
  const files = memoryFiles(ROOT);
  files.put('input.json', JSON.stringify(data));
  const r = await cli([...args('input.json'), '--lang', 'en'], { files });
  return { code: r.code, err: r.stderr };
}

const score = (file: string) => ['ocop', 'score', file];

describe('shape errors in input files use the shared input/* codes, located in the file', () => {
  it.each([
    ['an assessment that is a list', [], 'input/wrong-type', 'input.json: Expected an object'],
    [
      'an assessment without a product name',
      { ...honey, product: {} },
      'input/missing',
      'input.json, field "/product/name": The required field "name" is missing',
    ],
    [
      'an assessment of an unknown kind',
      { ...honey, kind: 'second' },
      'input/not-allowed',
      'field "/kind": Expected one of "first", "upgrade", "re-evaluation"; got "second"',
    ],
    [
      'part totals that are not an object',
      { ...honey, parts: null },
      'input/wrong-type',
      'field "/parts": Expected an object, got null',
    ],
    [
      'a part total that is text',
      { ...honey, parts: { A: 30, B: '20', C: 10 } },
      'input/wrong-type',
      'field "/parts/B": Expected a number, got "20"',
    ],
  ])('%s', async (_case, data, code, message) => {
    const r = await ntmOn(data, score);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.err).toContain(`[${code}]`);
  });

  it('a reports file that is not a list', async () => {
    const r = await ntmOn({}, (file) => [
      'directive',
      'status',
      TUAN_GIAO,
      '--as-of',
      '2022-08-15',
      '--reports',
      file,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'input.json: Expected a JSON list, e.g. [{ "taskId": "3.2", "on": "2022-08-03" }], got an object [input/wrong-type]',
    );
  });

  it('an unknown field of a directive, named by its path', async () => {
    const directive = JSON.parse(readFileSync(TUAN_GIAO, 'utf8')) as Record<string, unknown>;
    const r = await ntmOn({ ...directive, unexpected: true }, (file) => [
      'directive',
      'schedule',
      file,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('field "/unexpected": There is no field "unexpected"');
    expect(r.err).toContain('[input/unknown-field]');
  });
});
