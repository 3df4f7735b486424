import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../define-errors.js';
import { ERROR_CATALOGUE } from './all.js';

// Every area file of this folder (`ocop.ts` exports `OCOP_ERRORS`), read from the folder itself so an area that
// all.ts forgets is still counted.
const AREA_FILES = readdirSync(new URL('.', import.meta.url)).filter(
  (file) =>
    file.endsWith('.ts') && !file.endsWith('.test.ts') && !['all.ts', 'codes.ts'].includes(file),
);
const AREAS: readonly object[] = await Promise.all(
  AREA_FILES.map(async (file) => {
    const area = `${file.slice(0, -'.ts'.length).toUpperCase()}_ERRORS`;
    return (await import(`./${file}`))[area];
  }),
);
const entries = Object.entries(ERROR_CATALOGUE);
const BRACES = /[{}]/gu;

describe('the error catalogue', () => {
  it('holds every area, and no code is defined in two areas (a spread would hide one)', () => {
    expect(AREAS.length).toBeGreaterThan(0);
    for (const area of AREAS) expect(area).toBeTypeOf('object');
    const total = AREAS.reduce((sum: number, area) => sum + Object.keys(area).length, 0);
    expect(entries).toHaveLength(total);
  });

  it.each(entries)('%s: kebab-case area/what, keyed by its own code', (code, spec) => {
    expect(code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/u);
    expect(spec.code).toBe(code);
  });

  it.each(entries)(
    '%s: both languages use the same parameters, and no other brace',
    (_code, spec) => {
      expect(placeholdersOf(spec.vi).sort()).toEqual(placeholdersOf(spec.en).sort());
      for (const template of [spec.vi, spec.en]) {
        // A brace that is not a `{name}` would be taken for a parameter by the type of the template.
        const stray = template.replace(/\{[A-Za-z][A-Za-z0-9]*\}/gu, '').match(BRACES);
        expect(stray).toBeNull();
      }
    },
  );

  it.each(entries)('%s: neither language is empty; the Vietnamese is NFC', (_code, spec) => {
    expect(spec.vi).toBe(spec.vi.normalize('NFC'));
    expect(spec.vi.trim()).not.toBe('');
    expect(spec.en.trim()).not.toBe('');
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(ERROR_CATALOGUE)).toBe(true);
    for (const [, spec] of entries) {
      expect(Object.isFrozen(spec)).toBe(true);
      expect(Object.isFrozen(spec.params)).toBe(true);
    }
  });
});
