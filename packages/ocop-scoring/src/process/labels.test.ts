import { describe, expect, it } from 'vitest';
import { itWordsEveryCode } from '../../../../test/support/label-tables.js';
import { OCOP_EVALUATION_KIND_LABELS, OCOP_LEVEL_LABELS, OCOP_STATUS_LABELS } from './labels.js';
import { recognitionPath } from './recognition-path.js';

describe('OCOP labels', () => {
  itWordsEveryCode({ OCOP_EVALUATION_KIND_LABELS, OCOP_LEVEL_LABELS, OCOP_STATUS_LABELS });

  it("recognitionPath's reason names the recogniser in the table's words", () => {
    const path = recognitionPath(3, '2024-05-10');
    expect(path.recognisedBy).toBe('district');
    expect(path.reason.vi).toContain(`${OCOP_LEVEL_LABELS.district.vi} công nhận`);
    expect(path.reason.en).toContain(`recognised by the ${OCOP_LEVEL_LABELS.district.en}`);
  });
});
