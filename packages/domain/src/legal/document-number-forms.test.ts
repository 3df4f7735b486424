// Every form of document number parseDocumentNumber reads, the exact value it returns, and its refusals.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { parseDocumentNumber } from './document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['542/QĐ-UBND', { number: 542, type: 'QĐ', issuer: 'UBND', raw: '542/QĐ-UBND' }],
    [
      '26/2026/QĐ-TTg',
      { number: 26, year: 2026, type: 'QĐ', issuer: 'TTg', raw: '26/2026/QĐ-TTg' },
    ],
    ['/QĐ-UBND', { type: 'QĐ', issuer: 'UBND', raw: '/QĐ-UBND' }],
    ['12/KH-BCĐ-NTM', { number: 12, type: 'KH', issuer: 'BCĐ-NTM', raw: '12/KH-BCĐ-NTM' }],
    ['453-TB/HU', { number: 453, type: 'TB', issuer: 'HU', raw: '453-TB/HU' }],
    ['-CT/TU', { type: 'CT', issuer: 'TU', raw: '-CT/TU' }],
    ['Số: /UBND-KTN', { type: 'CV', issuer: 'UBND-KTN', raw: '/UBND-KTN' }],
    ['số 35/UBND-NN', { number: 35, type: 'CV', issuer: 'UBND-NN', raw: '35/UBND-NN' }],
    ['SỐ:12/UBND', { number: 12, type: 'CV', issuer: 'UBND', raw: '12/UBND' }],
    ['7/BNN-VP', { number: 7, type: 'CV', issuer: 'BNN-VP', raw: '7/BNN-VP' }],
    ['8/SNN-KH', { number: 8, type: 'CV', issuer: 'SNN-KH', raw: '8/SNN-KH' }],
    ['9/VPCP-NN', { number: 9, type: 'CV', issuer: 'VPCP-NN', raw: '9/VPCP-NN' }],
    ['10/BNNPTNT-VPĐP', { number: 10, type: 'CV', issuer: 'BNNPTNT-VPĐP', raw: '10/BNNPTNT-VPĐP' }],
    ['11/BNNMT-KTHT', { number: 11, type: 'CV', issuer: 'BNNMT-KTHT', raw: '11/BNNMT-KTHT' }],
    // A written "0" is kept: the serial is absent only when it is blank.
    ['0/QĐ-UBND', { number: 0, type: 'QĐ', issuer: 'UBND', raw: '0/QĐ-UBND' }],
    // The parts of a number written with spaces are joined.
    ['  Số :  542 /  QĐ - UBND ', { number: 542, type: 'QĐ', issuer: 'UBND', raw: '542/QĐ-UBND' }],
    // "UBND" after a type is the issuer of a typed document, not a letter.
    ['5/KH-UBND', { number: 5, type: 'KH', issuer: 'UBND', raw: '5/KH-UBND' }],
  ])('reads %s', (text, expected) => {
    const parsed = parseDocumentNumber(text);
    expect(parsed).toEqual(expected);
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('reads a number in NFC', () => {
    expect(parseDocumentNumber('1986/KH-UBND'.normalize('NFD')).raw).toBe('1986/KH-UBND');
  });

  it('reads a letter issuer only as the first part of the issuer (5/KH-UBND above)', () => {
    expect(() => parseDocumentNumber('5/TTG')).toThrowDomainError('document-number/invalid');
    expect(() => parseDocumentNumber('5/UBND-kt')).toThrowDomainError('document-number/invalid');
  });

  it.each([
    '542/qđ-UBND',
    '542/QĐ',
    '542//QĐ-UBND',
    '26/202/QĐ-TTg',
    'x542/QĐ-UBND',
    '542/QĐ-UBND/x',
    '453-TB',
    '453-tb/HU',
  ])('refuses %j, quoting it', (text) => {
    expect(issuesOf(() => parseDocumentNumber(text, ['number']))).toEqual([
      expect.objectContaining({
        code: 'document-number/invalid',
        path: ['number'],
        params: { value: JSON.stringify(text) },
      }),
    ]);
  });

  it('refuses blank text and non-strings with the guards’ codes', () => {
    expect(() => parseDocumentNumber(' ', ['n'])).toThrowDomainError('input/empty', ['n']);
    expect(() => parseDocumentNumber(undefined, ['n'])).toThrowDomainError('input/missing', ['n']);
    expect(() => parseDocumentNumber('542/QĐ-UBND', [1.5] as never)).toThrowDomainError(
      'input/wrong-type',
      ['path', 0],
    );
  });
});

it('reports a refusal at the root when no path is given', () => {
  expect(() => parseDocumentNumber('abc')).toThrowDomainError('document-number/invalid', []);
});

it('joins a separator with space on one side only', () => {
  expect(parseDocumentNumber('542/ QĐ -UBND').raw).toBe('542/QĐ-UBND');
  expect(parseDocumentNumber('542 /QĐ- UBND').raw).toBe('542/QĐ-UBND');
});
