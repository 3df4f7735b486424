import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loosenedThresholds } from '../../../test/support/commune-facts.js';
import { renderTable } from '../src/output/text-table.js';
import { cli, ROOT, tempDir } from './support/cli.js';
import { communesCsv } from './support/communes-csv.js';
import { memoryFiles } from './support/memory-files.js';

// The bugs of issue 16, each as a user met it.

describe('argument errors are printed, with exit code 2', () => {
  it.each([
    [['deadlines', 'days-off', 'abc'], 'abc'],
    [['deadlines', 'days-off', '1800'], '1800'],
    [['deadlines', 'days-off', '2101'], '2101'],
    [['deadlines', 'add', '2026-02-13', '1.5'], '1.5'],
    [['deadlines', 'add', '31/02/2022', '5'], '31/02/2022'],
    [['ocop', 'timeline', '31/02/2022'], '31/02/2022'],
  ])('ntm %j names the bad value', async (args, value) => {
    const vi = await cli(args);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(`"${value}"`);
    expect(vi.stderr).toMatch(/^lỗi: /m);
    const en = await cli([...args, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`"${value}"`);
    expect(en.stderr).toMatch(/^error: /m);
  });
});

describe('large communes files', () => {
  it('renders a table of 150,000 rows without overflowing the stack', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [String(i), 'x']);
    expect(renderTable(['A', 'B'], rows).split('\n').length).toBeGreaterThan(150_000);
  });

  it('writes --format json for many communes as one compact object per line', async () => {
    const files = memoryFiles(tempDir());
    files.put('xa.csv', communesCsv(3000));
    const r = await cli(['criteria', 'evaluate', 'xa.csv', '--format', 'json'], { files });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    expect(JSON.parse(lines[2999] ?? '').commune.name).toMatch(/ 2999$/);
  });
});

describe('ntm ocop score --out', () => {
  it('infers XLSX from the extension and writes the file', async () => {
    const assessment = join(ROOT, 'packages/cli/test/fixtures/assessment-b04.json');
    const r = await cli(['ocop', 'score', assessment, '--out', 'kq.xlsx'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.files.get('kq.xlsx')?.length).toBeGreaterThan(1000);
  });

  it('refuses an --out extension that contradicts --format', async () => {
    const assessment = join(ROOT, 'packages/cli/test/fixtures/assessment-b04.json');
    const r = await cli(['ocop', 'score', assessment, '--format', 'json', '--out', 'kq.xlsx'], {
      cwd: tempDir(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kq.xlsx');
    expect(r.files.get('kq.xlsx')).toBeUndefined();
  });
});

describe('Excel percentage cells', () => {
  it('reads 0.95 formatted as a percentage as 95 %', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Xã');
    ws.addRow([
      'Mã xã',
      'Tên xã',
      'Năm',
      'Vùng',
      '15.4 Tỷ lệ dân số có sổ khám chữa bệnh điện tử (%)',
    ]);
    const row = ws.addRow(['03274', 'Xã Quài Nưa', 2022, 'TDMNPB', 0.95]);
    row.getCell(5).numFmt = '0%';
    await wb.xlsx.writeFile(join(dir, 'xa.xlsx'));
    const r = await cli(['criteria', 'evaluate', 'xa.xlsx', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = r.stdout.trim();
    const evaluation = text.startsWith('[')
      ? JSON.parse(text)[0]
      : JSON.parse(text.split('\n')[0] ?? '');
    const result = evaluation.criteria
      .flatMap((c: { indicators: { code: string; value: unknown }[] }) => c.indicators)
      .find((i: { code: string }) => i.code === '15.4');
    expect(result.value).toBe(95);
  });
});

describe('ntm directive schedule: a start is not a deadline', () => {
  it('shows task 1.2 of Lai Châu 2020 as a start and leaves it out of the calendar', async () => {
    const file = join(ROOT, 'examples/directives/lai-chau-2020.json');
    const r = await cli(['directive', 'schedule', file, '--ics', 'lc.ics'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const row = r.stdout.split('\n').find((l) => /│ 1\.2 /.test(l)) ?? '';
    expect(row).toMatch(/[Bb]ắt đầu/);
    expect(row).not.toMatch(/\bHạn\b/);
    const ics = r.files.text('lc.ics') ?? '';
    expect(ics).not.toMatch(/UID:[^\r\n]*-1\.2-/);
    expect(ics).toMatch(/UID:[^\r\n]*-1\.3-/);
  });
});

describe('ntm criteria check-config', () => {
  it('reports every loosened value at once, each at its place in the file', async () => {
    const loosened = loosenedThresholds(XA_2021_2025, 3);
    expect(loosened).toHaveLength(3);
    const dir = tempDir();
    writeFileSync(
      join(dir, 'tinh.json'),
      JSON.stringify({ province: 'X', baseSetId: 'XA_2021_2025', thresholds: loosened }),
    );
    const r = await cli(['criteria', 'check-config', 'tinh.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    for (const index of [0, 1, 2]) expect(out).toContain(`/thresholds/${index}/value`);
    expect(out).not.toContain('/config');
  });
});

describe('ntm init communes on a set without indicators', () => {
  it('refuses XA_2026_2030 with a bilingual explanation and writes nothing', async () => {
    const r = await cli(['init', 'communes', '--set', 'XA_2026_2030'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('XA_2026_2030');
    expect(r.stderr).toMatch(/chưa có chỉ tiêu/);
    expect(r.files.written()).toEqual([]);
    const en = await cli(['init', 'communes', '--set', 'XA_2026_2030', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/no indicators/);
  });
});

describe('answers, not errors', () => {
  it('ntm units find "xã Quài Nưa" without --date says what it was and what it became', async () => {
    const r = await cli(['units', 'find', 'xã Quài Nưa'], { today: '2026-11-23' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Xã Tuần Giáo');
    expect(r.stdout).toContain('01/07/2025');
  });
});

describe('plain-language validation messages', () => {
  it('never shows a raw zod message for a bad OCOP answer or an empty field', async () => {
    const dir = tempDir();
    const data = JSON.parse(
      readFileSync(join(ROOT, 'packages/cli/test/fixtures/assessment-b04.json'), 'utf8'),
    );
    data.criteria['1.1'] = 'abc';
    data.product.producer = '';
    writeFileSync(join(dir, 'p.json'), JSON.stringify(data));
    const r = await cli(['ocop', 'score', 'p.json'], { cwd: dir });
    expect(r.code).toBe(1);
    // The codes in brackets are for lookup; the words must be plain.
    const words = r.stderr.replace(/\[[^\]]*\]/g, '');
    expect(words).not.toMatch(/Quá nhỏ|mong đợi|invalid_union|too_small|Đầu vào không hợp lệ/);
    expect(r.stderr).toContain('/product/producer');
    expect(r.stderr).toContain('p.json');
    expect(r.stderr).toContain('1.1');
    expect(r.stderr).toContain('"abc"');
  });
});
