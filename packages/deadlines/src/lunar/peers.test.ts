import { createRequire } from 'node:module';
import { getLunarDate } from '@dqcai/vn-lunar';
import { dayNumberOf, fromDayNumber } from '@ntm/domain/core';
import { expect, test } from 'vitest';
import { toLunar } from './to-lunar.js';

/*
 * Cross-check with two independent Vietnamese implementations (dev dependencies, used only here):
 * amlich (Hồ Ngọc Đức's simplified algorithm, UTC+7 for every year) and @dqcai/vn-lunar (a precomputed table, UTC+8
 * before 1968, UTC+7 after). Published comparisons (S40) say every implementation agrees on 1990–2050; outside it, they may differ on the
 * near-midnight new moons; those months are flagged `uncertain` by our table.
 */
const amlich = createRequire(import.meta.url)('amlich') as {
  convertSolar2Lunar(day: number, month: number, year: number, timeZone: number): number[];
};

function differences(from: number, to: number, other: (y: number, m: number, d: number) => string) {
  const out: { date: string; ours: string; theirs: string; uncertain: boolean }[] = [];
  for (let n = from; n <= to; n += 1) {
    const date = fromDayNumber(n);
    const l = toLunar(date);
    const ours = `${l.year}-${l.month}-${l.day}-${l.leap ? 1 : 0}`;
    const theirs = other(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
    if (ours !== theirs) out.push({ date, ours, theirs, uncertain: l.uncertain });
  }
  return out;
}

const viaAmlich = (y: number, m: number, d: number) => {
  const [day, month, year, leap] = amlich.convertSolar2Lunar(d, m, y, 7);
  return `${year}-${month}-${day}-${leap ? 1 : 0}`;
};
const viaVnLunar = (y: number, m: number, d: number) => {
  const l = getLunarDate(d, m, y);
  return `${l.year}-${l.month}-${l.day}-${l.leap ? 1 : 0}`;
};

test('agrees with both peers on every day of 1990–2050', () => {
  const from = dayNumberOf(1990, 1, 1);
  const to = dayNumberOf(2050, 12, 31);
  expect(differences(from, to, viaAmlich)).toEqual([]);
  expect(differences(from, to, viaVnLunar)).toEqual([]);
});

test('1968–2100: every disagreement with the table peer lies in a month flagged uncertain', () => {
  const diff = differences(dayNumberOf(1968, 2, 1), dayNumberOf(2100, 12, 31), viaVnLunar);
  expect(diff.filter((d) => !d.uncertain)).toEqual([]);
});

test('1900–2100 against the UTC+7 algorithm: disagreements only in uncertain months', () => {
  const diff = differences(dayNumberOf(1900, 1, 31), dayNumberOf(2100, 12, 31), viaAmlich);
  expect(diff.filter((d) => !d.uncertain)).toEqual([]);
});
