import { isDomainError } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { cloneData } from './clone-data.js';

describe('cloneData', () => {
  it('copies JSON data deeply', () => {
    const value = { a: [1, { b: 'c' }] };
    const copy = cloneData(value, ['set']);
    expect(copy).toEqual(value);
    expect(copy.a).not.toBe(value.a);
  });

  it('calls a bigint or a cycle a damaged set at the path given, keeping the cause', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [{ n: 1n }, cycle]) {
      expect(issuesOf(() => cloneData(value, ['national']))).toMatchObject([
        {
          code: 'criteria/invalid-set',
          path: ['national'],
          params: {
            part: {
              vi: 'chứa một giá trị không phải dữ liệu JSON (bigint, vòng lặp)',
              en: 'holds a value that is not JSON data (bigint, cycle)',
            },
          },
        },
      ]);
    }
    try {
      cloneData({ n: 1n }, ['set']);
    } catch (error) {
      expect(isDomainError(error) && error.cause).toBeInstanceOf(TypeError);
    }
    expect.assertions(3);
  });
});
