import { QD26_2026_B04 } from '@ntm/ocop-scoring/rubrics';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../cli-error.js';
import { readAnswer } from './ocop-answers.js';
import { leafCriteria } from './ocop-sheet.js';

const [first] = leafCriteria(QD26_2026_B04).map((l) => l.criterion);

// Found by fuzzing (test/fuzz/cli-readers.test.ts).
describe('readAnswer on answers no sheet holds', () => {
  it('refuses an answer nested deeper than JSON.stringify goes with a typed error, not a RangeError', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i += 1) deep = [deep];
    let error: unknown;
    try {
      readAnswer(
        first as NonNullable<typeof first>,
        deep,
        { file: 'phieu.json', field: 'criteria.1.1' },
        'json',
      );
    } catch (e) {
      error = e;
    }
    expect(isCliError(error) && error.issues[0]).toMatchObject({
      code: 'cli/bad-answer',
      path: ['phieu.json', 'criteria.1.1'],
    });
    expect(isCliError(error) && error.issues[0]?.message.en).toContain('an array');
  });
});
