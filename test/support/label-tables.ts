import type { Bilingual } from '@ntm/domain/core';
import { expect, it } from 'vitest';

/**
 * The checks every exported table of words for codes must pass: each code has words in both languages, Vietnamese in
 * NFC, words and not the code again, and the table deeply frozen. Registers one test per table.
 *
 * @example
 * ```ts
 * describe('labels', () => itWordsEveryCode({ NTM_STATUS_LABELS }));
 * ```
 */
export function itWordsEveryCode(
  tables: Readonly<Record<string, Readonly<Record<string, Bilingual>>>>,
): void {
  it.each(Object.entries(tables))('%s: NFC words in both languages, frozen', (_, table) => {
    expect(Object.keys(table).length).toBeGreaterThan(0);
    expect(Object.isFrozen(table)).toBe(true);
    for (const [code, label] of Object.entries(table)) {
      expect(label.vi, code).toBe(label.vi.normalize('NFC'));
      expect(label.vi.trim(), code).not.toBe('');
      expect(label.en.trim(), code).not.toBe('');
      expect(label.vi, `${code}: words, not the code`).not.toBe(code);
      expect(Object.isFrozen(label), code).toBe(true);
    }
  });
}
