import { ERROR_CATALOGUE } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { allErrorExamples } from './support/all-error-examples.js';

// Importing every package's examples loads the sheets and the units data: seconds on a loaded machine.
const IMPORT_TIMEOUT = 60_000;

describe('the error catalogue and its examples', () => {
  it(
    'every code has an example that raises it, and every example names a catalogue code',
    async () => {
      const examples = [...(await allErrorExamples()).values()].flat();
      const covered = new Set(examples.map((example) => example.code));
      const codes = Object.keys(ERROR_CATALOGUE);
      expect(codes.filter((code) => !covered.has(code as never))).toEqual([]);
      expect([...covered].filter((code) => !codes.includes(code))).toEqual([]);
    },
    IMPORT_TIMEOUT,
  );
});
