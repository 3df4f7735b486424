import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellDate } from '../io/cells.js';
import { todayIso } from './args.js';

// npm test runs this file under Asia/Ho_Chi_Minh, America/Los_Angeles and UTC: the answers must not move.
describe('the CLI reads dates in Vietnam time, whatever the machine time zone', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['2025-12-31T16:59:59Z', '2025-12-31'], // 23:59:59 in Hà Nội
    ['2025-12-31T17:00:00Z', '2026-01-01'], // midnight in Hà Nội, still 31 December in UTC and Los Angeles
    ['2024-03-10T10:30:00Z', '2024-03-10'], // the morning US daylight saving starts
  ])('todayIso() at %s is %s', (instant, expected) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
    expect(todayIso()).toBe(expected);
  });

  it('an Excel date cell (a Date at UTC midnight, as exceljs gives it) keeps its day', () => {
    expect(cellDate(new Date(Date.UTC(2022, 7, 5)), { row: 2 })).toBe('2022-08-05');
    expect(cellDate(new Date(Date.UTC(2024, 1, 29)), { row: 2 })).toBe('2024-02-29');
  });
});
