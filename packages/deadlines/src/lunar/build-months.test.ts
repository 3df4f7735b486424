// computeMonths on its own, with the case the reference gives for UTC+7 against UTC+8: lunar 1985 (Ất Sửu).
import { dayNumberOf } from '@ntm/domain/core';
import { describe, expect, test } from 'vitest';
import { computeMonths } from './build-months.js';

const day = (iso: string) =>
  dayNumberOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const label = (m: { month: number; leap: boolean }) => `${m.month}${m.leap ? 'n' : ''}`;

describe('computeMonths gives exactly the months of the lunar years asked for', () => {
  test('1985 in Vietnam (UTC+7): Tết on 21/01/1985, 13 months with a leap month 2', () => {
    const months = computeMonths(1985, 1985);
    expect(months.every((m) => m.year === 1985)).toBe(true);
    expect(months.map(label).join(' ')).toBe('1 2 2n 3 4 5 6 7 8 9 10 11 12');
    expect(months[0]?.start).toBe(day('1985-01-21'));
  });

  test('1985 in China (UTC+8): Tết a lunation later, on 20/02/1985, and 12 months', () => {
    const months = computeMonths(1985, 1985, 8);
    expect(months.map(label).join(' ')).toBe('1 2 3 4 5 6 7 8 9 10 11 12');
    expect(months[0]?.start).toBe(day('1985-02-20'));
  });

  test('two years in a row are the two single years end to end', () => {
    const both = computeMonths(1985, 1986);
    expect(both).toEqual([...computeMonths(1985, 1985), ...computeMonths(1986, 1986)]);
    expect(both[0]?.year).toBe(1985);
    expect(both.at(-1)?.year).toBe(1986);
  });
});
