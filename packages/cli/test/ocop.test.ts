import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OcopAnswer } from '@ntm/domain';
import { scoreAssessment } from '@ntm/ocop-scoring';
import { findProductSet, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, ntm, tempDir } from './helpers.js';

const honey = JSON.parse(readFileSync(fixture('assessment-b04.json'), 'utf8')) as {
  criteria: Record<string, OcopAnswer>;
};

/** Fills the answer column of an `ntm init assessment --xlsx` template. */
async function fillTemplate(
  file: string,
  submittedOn: string | number | Date,
  answers: Record<string, OcopAnswer>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const info = wb.getWorksheet('Thông tin')!;
  info.eachRow((row) => {
    if (row.getCell(1).value === 'Tên sản phẩm') row.getCell(2).value = 'Mật ong (minh hoạ)';
    if (row.getCell(1).value === 'Ngày nộp hồ sơ') row.getCell(2).value = submittedOn;
  });
  const sheet = wb.getWorksheet('Phiếu đánh giá')!;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const answer = answers[String(row.getCell(2).value)];
    if (answer === undefined) return;
    row.getCell(6).value =
      typeof answer === 'number'
        ? answer + 1
        : typeof answer === 'boolean'
          ? answer
            ? 'có'
            : 'không'
          : `${answer.case}${answer.option + 1}`;
  });
  // An empty row in the middle must be skipped.
  sheet.spliceRows(3, 0, []);
  await wb.xlsx.writeFile(file);
}

describe('ntm ocop score', () => {
  it('prints the same result as the library for a JSON assessment', () => {
    const r = ntm(['ocop', 'score', fixture('assessment-b04.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = scoreAssessment(QD26_RUBRICS.B04!, {
      criteria: honey.criteria,
      disqualifiers: [],
    });
    expect(out.total).toBe(expected.total);
    expect(out.stars).toBe(expected.stars);
    expect(out.status).toBe(expected.status);
    expect(out.trace).toHaveLength(expected.trace.length);
    expect(out.total).toBe(out.parts.A + out.parts.B + out.parts.C);
  });

  it('prints a table with stars, status and the trace', () => {
    const r = ntm(['ocop', 'score', fixture('assessment-b04.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('QD26_2026-B04');
    expect(r.stdout).toContain('Stars');
    expect(r.stdout).toContain('1.1');
  });

  it.each([
    ['dd/mm/yyyy text', '10/06/2026'],
    ['an Excel serial number', 46183],
    ['an Excel date cell', new Date(Date.UTC(2026, 5, 10))],
  ])('scores a filled XLSX template with the date as %s', async (_label, date) => {
    const dir = tempDir();
    expect(ntm(['init', 'assessment', '--set', 'B04', '--xlsx'], dir).code).toBe(0);
    const file = join(dir, 'phieu-B04.xlsx');
    await fillTemplate(file, date, honey.criteria);
    const fromXlsx = JSON.parse(ntm(['ocop', 'score', file, '--format', 'json'], dir).stdout);
    const fromJson = JSON.parse(
      ntm(['ocop', 'score', fixture('assessment-b04.json'), '--format', 'json']).stdout,
    );
    expect(fromXlsx.total).toBe(fromJson.total);
    expect(fromXlsx.stars).toBe(fromJson.stars);
    expect(fromXlsx.submittedOn).toBe('2026-06-10');
  });

  it('writes the result as XLSX', async () => {
    const dir = tempDir();
    const out = join(dir, 'kq.xlsx');
    const r = ntm([
      'ocop',
      'score',
      fixture('assessment-b04.json'),
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kết quả', 'Chi tiết']);
  });

  it('names the sheet, row and column of a bad answer and of a bad date', async () => {
    const dir = tempDir();
    ntm(['init', 'assessment', '--set', 'B04', '--xlsx'], dir);
    const file = join(dir, 'phieu-B04.xlsx');
    await fillTemplate(file, '31/04/2026', honey.criteria);
    const badDate = ntm(['ocop', 'score', file, '--lang', 'en'], dir);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(
      /phieu-B04\.xlsx \[Thông tin\], row \d+, column "Ngày nộp hồ sơ": "31\/04\/2026" is not a valid date/,
    );
    ntm(['init', 'assessment', '--set', 'B04', '--xlsx', '--force'], dir);
    await fillTemplate(file, '10/06/2026', honey.criteria);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Phiếu đánh giá')!.getRow(2).getCell(6).value = 'nhiều';
    await wb.xlsx.writeFile(file);
    const badAnswer = ntm(['ocop', 'score', file], dir);
    expect(badAnswer.code).toBe(1);
    expect(badAnswer.stderr).toMatch(
      /\[Phiếu đánh giá\], dòng 2, cột "Trả lời": "nhiều" không phải câu trả lời hợp lệ/,
    );
  });

  it('names the missing column when the sheet has the wrong headers', async () => {
    const dir = tempDir();
    ntm(['init', 'assessment', '--set', 'B04', '--xlsx'], dir);
    const file = join(dir, 'phieu-B04.xlsx');
    await fillTemplate(file, '10/06/2026', honey.criteria);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Phiếu đánh giá')!.getRow(1).getCell(6).value = 'Ghi chú';
    await wb.xlsx.writeFile(file);
    const r = ntm(['ocop', 'score', file], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('thiếu cột "Trả lời"');
  });

  it('reports invalid JSON fields with their path and a JSON syntax error with line and column', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...honey, criteria: { ...honey.criteria, '9.9': 1 } }));
    const r = ntm(['ocop', 'score', bad, '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('9.9');
    writeFileSync(bad, '{\n  "product": {,\n}');
    const s = ntm(['ocop', 'score', bad, '--lang', 'en'], dir);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/bad\.json: JSON syntax error \(2:\d+\)/);
  });
});

describe('ntm ocop find', () => {
  it('finds the product set as the library does', () => {
    const r = ntm(['ocop', 'find', 'nuoc mam', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).code).toBe(findProductSet('nuoc mam')?.code);
  });

  it('exits 1 with a bilingual message when nothing matches', () => {
    const r = ntm(['ocop', 'find', 'zzzz', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no product set found for "zzzz"');
  });
});

describe('ntm init assessment', () => {
  it('writes a JSON template with every criterion of the sheet and refuses to overwrite', () => {
    const dir = tempDir();
    expect(ntm(['init', 'assessment', '--set', 'b09'], dir).code).toBe(0);
    const template = JSON.parse(readFileSync(join(dir, 'phieu-B09.json'), 'utf8'));
    expect(template.productSet).toBe('B09');
    expect(Object.keys(template.criteria).length).toBeGreaterThan(10);
    const again = ntm(['init', 'assessment', '--set', 'B09'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(ntm(['init', 'assessment', '--set', 'B09', '--force'], dir).code).toBe(0);
  });

  it('writes an XLSX template with Vietnamese headers', async () => {
    const dir = tempDir();
    ntm(['init', 'assessment', '--set', 'B04', '--xlsx', '--out', 'p.xlsx'], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'p.xlsx'));
    const header = wb.getWorksheet('Phiếu đánh giá')!.getRow(1).values as unknown[];
    expect(header).toContain('Mã tiêu chí');
    expect(header).toContain('Trả lời');
  });

  it('rejects an unknown product set', () => {
    const r = ntm(['init', 'assessment', '--set', 'B99'], tempDir());
    expect(r.code).toBe(1);
  });
});

describe('ntm ocop score on earlier rules', () => {
  it('scores part totals under QĐ 1048/2019 (the Lai Châu 2020 rules)', () => {
    const dir = tempDir();
    const file = join(dir, 'che-2020.json');
    writeFileSync(
      file,
      JSON.stringify({
        product: { name: 'Chè (minh hoạ)' },
        productSet: 'B11',
        submittedOn: '2020-08-15',
        kind: 'first',
        criteria: {},
        parts: { A: 30, B: 20, C: 32 },
      }),
    );
    const json = JSON.parse(ntm(['ocop', 'score', file, '--format', 'json'], dir).stdout);
    expect(json.total).toBe(82);
    expect(json.version.basis.number).toBe('1048/QĐ-TTg');
    expect(ntm(['ocop', 'score', file], dir).stdout).toContain('1048/QĐ-TTg');
  });

  it('explains that per-criterion answers need the QĐ 26/2026 sheets', () => {
    const r = ntm([
      'ocop',
      'score',
      fixture('assessment-b04.json'),
      '--date',
      '2024-03-01',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('give part totals');
  });
});
