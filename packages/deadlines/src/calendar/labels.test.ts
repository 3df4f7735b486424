import { describe, expect, it } from 'vitest';
import { itWordsEveryCode } from '../../../../test/support/label-tables.js';
import { daysOff } from './days-off.js';
import { DAY_OFF_KIND_LABELS } from './labels.js';

describe('DAY_OFF_KIND_LABELS', () => {
  itWordsEveryCode({ DAY_OFF_KIND_LABELS });

  it('has words for every kind the national calendar gives in 2024 (a year with a swapped day)', () => {
    const kinds = new Set(daysOff(2024).map((d) => d.kind));
    expect(kinds.size).toBeGreaterThan(1);
    for (const kind of kinds) expect(DAY_OFF_KIND_LABELS[kind], kind).toBeDefined();
  });
});
