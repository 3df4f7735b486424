import { describe, expect, it } from 'vitest';
import { itWordsEveryCode } from '../../../../test/support/label-tables.js';
import { NTM_OUTCOME_LABELS, NTM_ROADMAP_LABELS, NTM_STATUS_LABELS } from './labels.js';

describe('result labels', () => {
  itWordsEveryCode({ NTM_OUTCOME_LABELS, NTM_ROADMAP_LABELS, NTM_STATUS_LABELS });

  it('an outcome reads as the status of the same code would, but for the whole commune', () => {
    expect(NTM_OUTCOME_LABELS.met.vi).toBe(`${NTM_STATUS_LABELS.met.vi} chuẩn`);
    expect(NTM_OUTCOME_LABELS['cannot-evaluate']).toEqual(NTM_STATUS_LABELS['cannot-evaluate']);
  });
});
