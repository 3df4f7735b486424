import { describe, expect, it } from 'vitest';
import { NTM_OUTCOME_LABELS, NTM_ROADMAP_LABELS, NTM_STATUS_LABELS } from './labels.js';

describe('result labels', () => {
  const tables = { NTM_OUTCOME_LABELS, NTM_ROADMAP_LABELS, NTM_STATUS_LABELS };

  it.each(Object.entries(tables))('%s: every code has NFC words in both languages', (_, table) => {
    for (const [code, label] of Object.entries(table)) {
      expect(label.vi, code).toBe(label.vi.normalize('NFC'));
      expect(label.vi.trim(), code).not.toBe('');
      expect(label.en.trim(), code).not.toBe('');
      expect(label.vi, `${code} is a code, not words`).not.toBe(code);
    }
  });

  it.each(Object.entries(tables))('%s is deeply frozen', (_, table) => {
    expect(Object.isFrozen(table)).toBe(true);
    for (const label of Object.values(table)) expect(Object.isFrozen(label)).toBe(true);
  });

  it('an outcome reads as the status of the same code would, but for the whole commune', () => {
    expect(NTM_OUTCOME_LABELS.met.vi).toBe(`${NTM_STATUS_LABELS.met.vi} chuẩn`);
    expect(NTM_OUTCOME_LABELS['cannot-evaluate']).toEqual(NTM_STATUS_LABELS['cannot-evaluate']);
  });
});
