import { describe, expect, it } from 'vitest';
import { describeValue, received } from './describe-value.js';

describe('describeValue', () => {
  it('quotes a string as JSON, whole up to 60 characters', () => {
    expect(describeValue('2022-02-30')).toBe('"2022-02-30"');
    expect(describeValue('')).toBe('""');
    expect(describeValue('a"b')).toBe('"a\\"b"');
    const sixty = 'x'.repeat(60);
    expect(describeValue(sixty)).toBe(`"${sixty}"`);
  });

  it('cuts a longer string to its first 60 characters and an ellipsis', () => {
    expect(describeValue(`${'x'.repeat(60)}yz`)).toBe(`"${'x'.repeat(60)}…"`);
    expect(describeValue('y'.repeat(61), 'vi')).toBe(`"${'y'.repeat(60)}…"`);
  });

  it('writes numbers as written, keeping the sign of -0', () => {
    expect(describeValue(3)).toBe('3');
    expect(describeValue(-1.5)).toBe('-1.5');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(0)).toBe('0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(describeValue(1e308)).toBe('1e+308');
  });

  it('writes bigints with n, booleans, undefined and null as code would', () => {
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(false, 'vi')).toBe('false');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(null, 'vi')).toBe('null');
  });

  it('names other values by their kind, in English by default and in Vietnamese when asked', () => {
    const cases: [unknown, string, string][] = [
      [Symbol('x'), 'a symbol', 'một symbol'],
      [() => 1, 'a function', 'một hàm'],
      [[1, 2], 'an array', 'một danh sách'],
      [{ a: 1 }, 'an object', 'một đối tượng'],
      [Object.create(null), 'an object', 'một đối tượng'],
      [JSON.parse('{"toString":"x"}'), 'an object', 'một đối tượng'],
    ];
    for (const [value, en, vi] of cases) {
      expect(describeValue(value)).toBe(en);
      expect(describeValue(value, 'en')).toBe(en);
      expect(describeValue(value, 'vi')).toBe(vi);
    }
  });
});

describe('received', () => {
  it('is one text when both languages write the value alike', () => {
    expect(received(3)).toBe('3');
    expect(received('x')).toBe('"x"');
    expect(received(null)).toBe('null');
  });

  it('is a pair when the languages differ', () => {
    expect(received({})).toEqual({ vi: 'một đối tượng', en: 'an object' });
    expect(received([])).toEqual({ vi: 'một danh sách', en: 'an array' });
  });
});
