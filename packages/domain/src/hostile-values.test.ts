// Values that once crashed the domain's parsers and lookups with a TypeError (a null-prototype object, a toString
// that is not a function, a bigint), and a region option that was returned unchecked. Each is a typed error now.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates/iso-date.js';
import { parseVietnameseDate } from './dates/vietnamese-date.js';
import { parseDocumentNumber } from './legal/document-number.js';
import { nameKey, normalizeVietnamese, searchKey } from './text/normalize.js';
import { findUnit } from './units/find-unit.js';
import { successorsOf } from './units/history.js';
import { ntmRegionOf } from './units/ntm-region.js';

const nullProto = () => Object.create(null) as unknown;
const badToString = () => JSON.parse('{"toString":"x","valueOf":1}') as unknown;

describe('hostile values get typed errors, not TypeErrors', () => {
  it('parseIsoDate of a null-prototype object or one whose toString is not a function', () => {
    expect(() => parseIsoDate(nullProto())).toThrowDomainError('date/invalid');
    expect(() => parseIsoDate(badToString())).toThrowDomainError('date/invalid');
  });

  it('normalizeVietnamese, nameKey and searchKey of a non-string', () => {
    expect(() => normalizeVietnamese(0 as never)).toThrowDomainError('input/wrong-type');
    expect(() => nameKey(Number.NaN as never)).toThrowDomainError('input/wrong-type');
    expect(() => searchKey([] as never)).toThrowDomainError('input/wrong-type');
  });

  it('parseVietnameseDate and parseDocumentNumber of objects', () => {
    expect(() => parseVietnameseDate(nullProto())).toThrowDomainError('input/wrong-type');
    expect(() => parseDocumentNumber(badToString())).toThrowDomainError('input/wrong-type');
  });

  it('unit lookups describe a bigint code or level instead of failing to serialise it', () => {
    expect(() => successorsOf([0n] as never, '2020-01-01')).toThrowDomainError(
      'units/invalid-code',
    );
    expect(() =>
      findUnit('Điện Biên', { date: '2020-01-01', level: 0n as never }),
    ).toThrowDomainError('units/invalid-level');
  });

  it('ntmRegionOf refuses null options and a Quảng Ninh region that does not exist', () => {
    expect(() => ntmRegionOf('22', '2024-01-01', null as never)).toThrowDomainError(
      'input/wrong-type',
      ['options'],
    );
    expect(() => ntmRegionOf('22', '2024-01-01', { quangNinh: 'XYZ' as never })).toThrowDomainError(
      'units/invalid-region-option',
      ['options', 'quangNinh'],
    );
    expect(ntmRegionOf('22', '2024-01-01', { quangNinh: 'DBSH' }).region).toBe('DBSH');
  });
});
