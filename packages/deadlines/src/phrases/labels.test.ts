import { describe, expect, it } from 'vitest';
import { itWordsEveryCode } from '../../../../test/support/label-tables.js';
import {
  DEADLINE_RULE_LABELS,
  OCCURRENCE_KIND_LABELS,
  READING_STATUS_LABELS,
  TASK_STATE_LABELS,
} from './labels.js';
import { parseDeadline } from './parse-deadline.js';

describe('deadline labels', () => {
  itWordsEveryCode({
    DEADLINE_RULE_LABELS,
    OCCURRENCE_KIND_LABELS,
    READING_STATUS_LABELS,
    TASK_STATE_LABELS,
  });

  it.each([
    ['trước ngày 05/08/2022', 'trước ngày'],
    ['Ngày 30 hàng tháng', 'hằng tháng'],
  ])('the kind parseDeadline gives "%s" reads "%s"', (phrase, words) => {
    const rule = parseDeadline(phrase, { issuedOn: '2022-07-26' });
    expect(DEADLINE_RULE_LABELS[rule.kind].vi).toBe(words);
    expect(READING_STATUS_LABELS[rule.reading.status]).toBeDefined();
  });
});
