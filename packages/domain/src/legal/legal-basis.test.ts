import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../dates/iso-date.js';
import { isInForce } from './legal-basis.js';

describe('isInForce', () => {
  const qd318 = { validFrom: parseIsoDate('2022-03-08'), validTo: parseIsoDate('2026-02-14') };
  it('includes both ends of the validity', () => {
    expect(isInForce(qd318, '2022-03-07')).toBe(false);
    expect(isInForce(qd318, '2022-03-08')).toBe(true);
    expect(isInForce(qd318, '2026-02-14')).toBe(true);
    expect(isInForce(qd318, '2026-02-15')).toBe(false);
  });
  it('treats a missing validTo as still in force', () => {
    expect(isInForce({ validFrom: parseIsoDate('2026-02-15') }, '2099-01-01')).toBe(true);
  });
  it('rejects an invalid date', () => {
    expect(() => isInForce(qd318, '2022-02-30')).toThrowError(/date\/invalid/);
  });

  // Found by fuzzing: an object as validFrom threw "Cannot convert object to primitive value".
  it('rejects a validity that is not one', () => {
    expect(() => isInForce(null as never, '2022-03-08')).toThrowDomainError('input/wrong-type', [
      'validity',
    ]);
    expect(() =>
      isInForce({ validFrom: Object.create(null) } as never, '2022-03-08'),
    ).toThrowDomainError('date/invalid', ['validity', 'validFrom']);
    expect(() =>
      isInForce({ validFrom: '2022-03-08', validTo: 2026 } as never, '2022-03-08'),
    ).toThrowDomainError('date/invalid', ['validity', 'validTo']);
  });
});
