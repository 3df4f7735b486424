import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addWorkingDays, daysOff } from '@ntm/deadlines';
import { directiveSchedule } from '@ntm/deadlines/phrases';
import { parseDirective } from '@ntm/domain';
import { certificateTimeline } from '@ntm/ocop-scoring';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './support/cli.js';
import { memoryFiles } from './support/memory-files.js';

const LAI_CHAU = join(ROOT, 'examples/directives/lai-chau-2020.json');
const TUAN_GIAO = join(ROOT, 'examples/directives/tuan-giao-2022.json');

describe('ntm deadlines days-off / add', () => {
  it('lists the days off of a year as the library does', async () => {
    const r = await cli(['deadlines', 'days-off', '2026', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).daysOff.map((d: { date: string }) => d.date)).toEqual(
      daysOff(2026).map((d) => d.date),
    );
    const table = await cli(['deadlines', 'days-off', '2026']);
    expect(table.stdout).toContain('Tết Âm lịch');
    expect(table.stdout).toContain('17/02/2026');
    expect(table.stdout).not.toMatch(/\b(holiday|compensatory)\b|2026-02-17/);
  });

  it('writes the days off to Excel with dates as dates, and to CSV', async () => {
    const files = memoryFiles(tempDir());
    expect((await cli(['deadlines', 'days-off', '2025', '--out', 'n.xlsx'], { files })).code).toBe(
      0,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files.get('n.xlsx') ?? new Uint8Array()) as never);
    const cell = wb.worksheets[0]!.getRow(2).getCell(1);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('dd/mm/yyyy');
    expect((await cli(['deadlines', 'days-off', '2025', '--out', 'n.csv'], { files })).code).toBe(
      0,
    );
    expect(files.text('n.csv')).toContain('2025-01-01,');
  });

  it('rejects a year that is not a number with exit code 2', async () => {
    expect((await cli(['deadlines', 'days-off', 'năm nay'])).code).toBe(2);
  });

  it('adds working days across Tết, with dd/mm/yyyy input', async () => {
    const en = await cli(['deadlines', 'add', '13/02/2026', '1', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout.trim()).toBe(
      `2026-02-13 + 1 working days = ${addWorkingDays('2026-02-13', 1)}`,
    );
    const vi = await cli(['deadlines', 'add', '13/02/2026', '1']);
    expect(vi.stdout.trim()).toMatch(/^13\/02\/2026 \+ 1 ngày làm việc = \d{2}\/\d{2}\/2026$/);
  });
});

describe('ntm directive schedule / status', () => {
  it('gives the monthly reports on day 30 in 2020 as the library does', async () => {
    const r = await cli(['directive', 'schedule', LAI_CHAU, '--format', 'json']);
    expect(r.code).toBe(0);
    const directive = parseDirective(JSON.parse(readFileSync(LAI_CHAU, 'utf8')));
    const expected = directiveSchedule(directive, { from: '2020-01-01', to: '2020-12-31' });
    expect(
      JSON.parse(r.stdout).items.map((i: { occurrence: { due: string } }) => i.occurrence.due),
    ).toEqual(expected.items.map((i) => i.occurrence.due));
  });

  it('shows recurring reports as such, in Vietnamese, with the directive named as written', async () => {
    const r = await cli(['directive', 'schedule', LAI_CHAU]);
    expect(r.stdout).toContain('Công văn số /UBND-KTN của UBND tỉnh Lai Châu, tháng 5/2020');
    expect(r.stdout).toMatch(/│ 1\.3 +│ hạn hằng tháng/);
    expect(r.stdout).not.toMatch(/\bmonthly\b|\bdue\b/);
  });

  it('writes an ICS calendar that parses back with one event per deadline', async () => {
    const files = memoryFiles(tempDir());
    for (const args of [
      ['--ics', 'tg.ics'],
      ['--out', 'tg2.ics'],
    ]) {
      const r = await cli(['directive', 'schedule', TUAN_GIAO, ...args], { files });
      expect(r.code).toBe(0);
    }
    for (const file of ['tg.ics', 'tg2.ics']) {
      const parsed = new ICAL.Component(ICAL.parse(files.text(file) ?? ''));
      const starts = parsed
        .getAllSubcomponents('vevent')
        .map((e) => String(e.getFirstPropertyValue('dtstart')));
      expect(starts).toContain('2022-08-04');
      expect(starts).toContain('2022-09-30');
    }
  });

  it('shows a start in force and a recurring report as such, not as a deadline', async () => {
    const r = await cli(['directive', 'status', LAI_CHAU, '--as-of', '15/08/2020']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/│ 1\.2 +│ đang áp dụng +│ áp dụng từ một ngày, không có +│ +│/);
    expect(r.stdout).toMatch(/│ 1\.3 +│ QUÁ HẠN +│ hằng tháng +│ 31\/08\/2020 /);
    expect(r.stdout).toMatch(/│ 1\.1 +│ chưa báo cáo +│ không ghi hạn /);
  });

  it('exits 1 when a task is overdue and names it', async () => {
    const r = await cli(`directive status "${TUAN_GIAO}" --as-of 2022-08-15 --lang en`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3\.2\s+│ OVERDUE/);
  });

  it('dates a task due after the review day as a one-off deadline, not as "no deadline written"', async () => {
    const r = await cli(['directive', 'status', TUAN_GIAO, '--as-of', '15/08/2022']);
    expect(r.stdout).toMatch(/│ 2\.2a +│ còn hạn +│ một lần +│ 31\/10\/2022 /);
    expect(r.stdout).toMatch(/│ 3\.1 +│ còn hạn +│ một lần +│ 30\/09\/2022 /);
    expect(r.stdout).not.toMatch(/không ghi hạn +│ \d/);
  });

  it('exits 0 when the overdue task was reported in time (dates as dd/mm/yyyy)', async () => {
    const files = memoryFiles(tempDir());
    files.put('reports.json', JSON.stringify([{ taskId: '3.2', on: '03/08/2022' }]));
    const r = await cli(
      ['directive', 'status', TUAN_GIAO, '--as-of', '2022-08-15', '--reports', 'reports.json'],
      {
        files,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('đã xong');
  });

  it('names the file and field of an invalid directive in plain words', async () => {
    const files = memoryFiles(tempDir());
    const data = JSON.parse(readFileSync(TUAN_GIAO, 'utf8'));
    data.unexpected = true;
    delete data.subject;
    files.put('bad.json', JSON.stringify(data));
    const r = await cli(['directive', 'schedule', 'bad.json', '--lang', 'en'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json, field "/unexpected": There is no field "unexpected"');
    expect(r.stderr).toContain(
      'bad.json, field "/subject": The required field "subject" is missing',
    );
  });
});

describe('ntm ocop timeline', () => {
  it('prints the certificate timeline as the library does', async () => {
    const r = await cli(['ocop', 'timeline', '19/06/2025', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).validUntil).toBe(certificateTimeline('2025-06-19').validUntil);
    expect((await cli(['ocop', 'timeline', '19/06/2025'])).stdout).toContain('19/06/2028');
  });
});
