import { expect, it } from 'vitest';
import { stableHash } from './stable-uid.js';

it('is two 32-bit FNV-1a hashes: the standard one (test vectors of the FNV reference) and one with another offset', () => {
  // FNV-1a 32: "" → 811c9dc5 (the offset basis), "a" → e40c292c, "foobar" → bf9cf968.
  expect(stableHash('').slice(0, 8)).toBe('811c9dc5');
  expect(stableHash('a').slice(0, 8)).toBe('e40c292c');
  expect(stableHash('foobar').slice(0, 8)).toBe('bf9cf968');
  // The second half starts from 0x01234567.
  expect(stableHash('')).toBe('811c9dc501234567');
  expect(stableHash('a')).toMatch(/^[0-9a-f]{16}$/u);
  expect(stableHash('a').slice(8)).not.toBe(stableHash('b').slice(8));
});

it('pads each half to eight hex digits when its hash is below 0x10000000', () => {
  // FNV-1a 32 of "2022-10-20" is 0x08e6cfa4 (computed with the reference algorithm): the leading zero stays.
  expect(stableHash('2022-10-20').slice(0, 8)).toBe('08e6cfa4');
  expect(stableHash('2022-10-20')).toHaveLength(16);
});
