import { describe, expect, it } from 'vitest';
import { isCliError } from '../cli-error.js';
import { resolveFormat } from './destination.js';
import { renderTable } from './text-table.js';

describe('resolveFormat', () => {
  const all = ['table', 'json', 'csv', 'xlsx', 'ics'] as const;
  it.each([
    [{}, 'table'],
    [{ out: 'kq.xlsx' }, 'xlsx'],
    [{ out: 'KQ.XLSX' }, 'xlsx'],
    [{ out: 'kq.ndjson' }, 'json'],
    [{ out: 'lich.ics' }, 'ics'],
    [{ out: 'bang.txt' }, 'table'],
    [{ format: 'json' }, 'json'],
    [{ format: 'xlsx', out: 'kq.xlsx' }, 'xlsx'],
  ])('%j → %s', (opts, format) => {
    expect(resolveFormat(opts, all)).toBe(format);
  });

  it('refuses a contradiction and a format the command does not write (exit code 2)', () => {
    for (const [opts, formats] of [
      [{ format: 'json', out: 'kq.xlsx' }, all],
      [{ out: 'kq.csv' }, ['table', 'json']],
    ] as const) {
      try {
        resolveFormat(opts, formats);
        expect.unreachable();
      } catch (error) {
        expect(isCliError(error) && error.exitCode).toBe(2);
      }
    }
  });
});

describe('renderTable', () => {
  it('wraps long cells at word boundaries to fit the width', () => {
    const text = renderTable(['A', 'B'], [['x', 'một hai ba bốn năm sáu bảy tám chín mười']], 30);
    const lines = text.split('\n');
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.filter((l) => l.startsWith('│ x')).length).toBe(1);
    expect(text).toContain('mười');
  });
});
