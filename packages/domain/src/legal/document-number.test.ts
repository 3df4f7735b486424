import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from './document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['542/QĐ-UBND', { number: 542, type: 'QĐ', issuer: 'UBND' }],
    ['1986/KH-UBND', { number: 1986, type: 'KH', issuer: 'UBND' }],
    ['453-TB/HU', { number: 453, type: 'TB', issuer: 'HU' }],
    ['26/2026/QĐ-TTg', { number: 26, year: 2026, type: 'QĐ', issuer: 'TTg' }],
    ['Số: /UBND-KTN', { type: 'CV', issuer: 'UBND-KTN' }],
    ['Số: /UBND-NN', { type: 'CV', issuer: 'UBND-NN' }],
    ['318/QĐ-TTg', { number: 318, type: 'QĐ', issuer: 'TTg' }],
  ])('reads %s', (text, expected) => {
    const parsed = parseDocumentNumber(text);
    expect(parsed).toMatchObject(expected);
    expect('number' in parsed).toBe('number' in expected);
  });

  it('accepts NFD text and stray spaces', () => {
    expect(parseDocumentNumber(' 542 / QĐ-UBND '.normalize('NFD'))).toMatchObject({
      number: 542,
      type: 'QĐ',
    });
  });

  it.each([
    ['', 'input/empty'],
    ['abc', 'document-number/invalid'],
    ['542', 'document-number/invalid'],
    ['/', 'document-number/invalid'],
    [null, 'input/wrong-type'],
    [12, 'input/wrong-type'],
  ] as const)('rejects %j with %s', (value, code) => {
    expect(() => parseDocumentNumber(value, ['number'])).toThrowDomainError(code, ['number']);
  });
});

// Found by fuzzing: threw a TypeError ("path is not iterable").
it('refuses a path that is not a list of keys and indexes', () => {
  expect(() => parseDocumentNumber('542/QĐ-UBND', 0 as never)).toThrowDomainError(
    'input/wrong-type',
    ['path'],
  );
});
