import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathsOf, spoilAt } from '../../../../test/support/paths-of.js';
import type { IssuePath } from '../errors/issue.js';
import { toResult } from '../errors/result.js';
import { legalBasisSchema } from '../schemas/common.js';
import { createParser } from '../schemas/zod-issues.js';
import { expectLegalBasis } from './expect-legal-basis.js';

/*
 * `expectLegalBasis` is the zod-free twin of `legalBasisSchema`: fed the same legal bases, sound and spoilt one value
 * at a time, both accept the same ones and refuse the others with the same first code at the same path.
 */

const SOUND = {
  number: '26/2026/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  title: { vi: 'Phân loại sản phẩm OCOP', en: 'OCOP product classification' },
  signed: '2026-05-22',
  effective: '2026-07-01',
  article: 'Điều 3',
  annex: 'Phụ lục I',
  sheet: 'B04',
};
const PATHS = pathsOf(SOUND);

const spoilers = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom(
    undefined,
    '',
    '  ',
    ' Điều 3 ',
    'x'.repeat(2001),
    ` ${'x'.repeat(2000)} `,
    'Quyết định'.normalize('NFD'),
    '2026-02-30',
    '2026-2-3',
    { vi: 'a' },
    JSON.parse('{"__proto__": 1}'),
  ),
);

/** `SOUND` with the value at `path` replaced (the root: replaced whole), or removed when `value` is `absent`. */
const spoilt = (path: IssuePath, value: unknown, absent: boolean): unknown =>
  spoilAt(SOUND, path, absent && path.length > 0 ? { how: 'delete' } : { how: 'set', value });

function outcome(run: () => unknown) {
  const result = toResult(run);
  return result.success ? 'ok' : { code: result.issues[0]?.code, path: result.issues[0]?.path };
}

describe('expectLegalBasis and legalBasisSchema', () => {
  const schema = createParser(legalBasisSchema);

  it('accept a sound legal basis', () => {
    expect(expectLegalBasis(SOUND, ['basis'])).toBe(SOUND);
    expect(outcome(() => schema.parse(SOUND))).toBe('ok');
  });

  it('refuse a spoilt one with the same first code at the same path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), spoilers, fc.boolean(), (path, value, absent) => {
        const input = spoilt(path, value, absent);
        expect(outcome(() => expectLegalBasis(input, []))).toEqual(
          outcome(() => schema.parse(input)),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
