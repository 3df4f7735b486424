import { describe, expect, it } from 'vitest';
import { OCOP_EVALUATION_KIND_LABELS, OCOP_LEVEL_LABELS, OCOP_STATUS_LABELS } from './labels.js';
import { recognitionPath } from './recognition-path.js';

describe('OCOP labels', () => {
  const tables = { OCOP_EVALUATION_KIND_LABELS, OCOP_LEVEL_LABELS, OCOP_STATUS_LABELS };

  it.each(Object.entries(tables))('%s: every code has NFC words in both languages', (_, table) => {
    for (const [code, label] of Object.entries(table)) {
      expect(label.vi, code).toBe(label.vi.normalize('NFC'));
      expect(label.vi.trim(), code).not.toBe('');
      expect(label.en.trim(), code).not.toBe('');
      expect(Object.isFrozen(label), code).toBe(true);
    }
    expect(Object.isFrozen(table)).toBe(true);
  });

  it("recognitionPath's reason names the recogniser in the table's words", () => {
    const path = recognitionPath(3, '2024-05-10');
    expect(path.recognisedBy).toBe('district');
    expect(path.reason.vi).toContain(`${OCOP_LEVEL_LABELS.district.vi} công nhận`);
    expect(path.reason.en).toContain(`recognised by the ${OCOP_LEVEL_LABELS.district.en}`);
  });
});
