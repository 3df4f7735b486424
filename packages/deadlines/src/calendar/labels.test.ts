import { describe, expect, it } from 'vitest';
import { daysOff } from './days-off.js';
import { DAY_OFF_KIND_LABELS } from './labels.js';

describe('DAY_OFF_KIND_LABELS', () => {
  it('words every kind in both languages, NFC, frozen', () => {
    for (const [kind, label] of Object.entries(DAY_OFF_KIND_LABELS)) {
      expect(label.vi, kind).toBe(label.vi.normalize('NFC'));
      expect(label.vi.trim(), kind).not.toBe('');
      expect(label.en.trim(), kind).not.toBe('');
      expect(Object.isFrozen(label), kind).toBe(true);
    }
    expect(Object.isFrozen(DAY_OFF_KIND_LABELS)).toBe(true);
  });

  it('has words for every kind the national calendar gives in 2024 (a year with a swapped day)', () => {
    const kinds = new Set(daysOff(2024).map((d) => d.kind));
    expect(kinds.size).toBeGreaterThan(1);
    for (const kind of kinds) expect(DAY_OFF_KIND_LABELS[kind], kind).toBeDefined();
  });
});
