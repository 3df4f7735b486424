import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../define-errors.js';
import { ERROR_CATALOGUE } from './all.js';
import { CALENDAR_ERRORS } from './calendar.js';
import { CLI_ERRORS } from './cli.js';
import { CRITERIA_ERRORS } from './criteria.js';
import { DATE_ERRORS } from './date.js';
import { DEADLINES_ERRORS } from './deadlines.js';
import { DIRECTIVE_ERRORS } from './directive.js';
import { ICS_ERRORS } from './ics.js';
import { INPUT_ERRORS } from './input.js';
import { LEGAL_ERRORS } from './legal.js';
import { OCOP_ERRORS } from './ocop.js';
import { PERIOD_ERRORS } from './period.js';
import { UNITS_ERRORS } from './units.js';

const AREAS = {
  INPUT_ERRORS,
  DATE_ERRORS,
  LEGAL_ERRORS,
  DIRECTIVE_ERRORS,
  UNITS_ERRORS,
  CALENDAR_ERRORS,
  PERIOD_ERRORS,
  DEADLINES_ERRORS,
  ICS_ERRORS,
  OCOP_ERRORS,
  CRITERIA_ERRORS,
  CLI_ERRORS,
};
const entries = Object.entries(ERROR_CATALOGUE);
const BRACES = /[{}]/gu;

describe('the error catalogue', () => {
  it('holds every area, and no code is defined in two areas (a spread would hide one)', () => {
    const areas: readonly object[] = Object.values(AREAS);
    const total = areas.reduce((sum: number, area) => sum + Object.keys(area).length, 0);
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
