import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addWorkingDays, daysOff } from '@ntm/deadlines';
import { directiveSchedule } from '@ntm/deadlines/phrases';
import { parseDirective } from '@ntm/domain';
import { certificateTimeline } from '@ntm/ocop-scoring';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ntm, ROOT, tempDir } from './helpers.js';

const LAI_CHAU = join(ROOT, 'examples/directives/lai-chau-2020.json');
const TUAN_GIAO = join(ROOT, 'examples/directives/tuan-giao-2022.json');

describe('ntm deadlines days-off / add', () => {
  it('lists the days off of a year as the library does', () => {
    const r = ntm(['deadlines', 'days-off', '2026', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).daysOff.map((d: { date: string }) => d.date)).toEqual(
      daysOff(2026).map((d) => d.date),
    );
    const table = ntm(['deadlines', 'days-off', '2026']);
    expect(table.stdout).toContain('Tết Âm lịch');
  });

  it('rejects a year that is not a number with exit code 2', () => {
    expect(ntm(['deadlines', 'days-off', 'năm nay']).code).toBe(2);
  });

  it('adds working days across Tết, with dd/mm/yyyy input', () => {
    const r = ntm(['deadlines', 'add', '13/02/2026', '1', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      `2026-02-13 + 1 working days = ${addWorkingDays('2026-02-13', 1)}`,
    );
  });
});

describe('ntm directive schedule / status', () => {
  it('gives the monthly reports on day 30 in 2020 as the library does', () => {
    const r = ntm(['directive', 'schedule', LAI_CHAU, '--format', 'json']);
    expect(r.code).toBe(0);
    const directive = parseDirective(JSON.parse(readFileSync(LAI_CHAU, 'utf8')));
    const expected = directiveSchedule(directive, { from: '2020-01-01', to: '2020-12-31' });
    expect(
      JSON.parse(r.stdout).items.map((i: { occurrence: { due: string } }) => i.occurrence.due),
    ).toEqual(expected.items.map((i) => i.occurrence.due));
  });

  it('writes an ICS calendar that parses back with one event per dated item', () => {
    const dir = tempDir();
    const ics = join(dir, 'tg.ics');
    const r = ntm(['directive', 'schedule', TUAN_GIAO, '--ics', ics]);
    expect(r.code).toBe(0);
    const parsed = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
    const starts = parsed
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('dtstart')));
    expect(starts).toContain('2022-08-04');
    expect(starts).toContain('2022-09-30');
  });

  it('exits 1 when a task is overdue and names it', () => {
    const r = ntm(['directive', 'status', TUAN_GIAO, '--as-of', '2022-08-15', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3\.2\s+│ OVERDUE/);
  });

  it('exits 0 when the overdue task was reported in time', () => {
    const dir = tempDir();
    const reports = join(dir, 'reports.json');
    writeFileSync(reports, JSON.stringify([{ taskId: '3.2', on: '2022-08-03' }]));
    const r = ntm([
      'directive',
      'status',
      TUAN_GIAO,
      '--as-of',
      '2022-08-15',
      '--reports',
      reports,
    ]);
    expect(r.code).toBe(0);
  });

  it('names the file and field of an invalid directive', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    const data = JSON.parse(readFileSync(TUAN_GIAO, 'utf8'));
    data.unexpected = true;
    writeFileSync(bad, JSON.stringify(data));
    const r = ntm(['directive', 'schedule', bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json');
  });
});

describe('ntm ocop timeline', () => {
  it('prints the certificate timeline as the library does', () => {
    const r = ntm(['ocop', 'timeline', '19/06/2025', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).validUntil).toBe(certificateTimeline('2025-06-19').validUntil);
  });
});
