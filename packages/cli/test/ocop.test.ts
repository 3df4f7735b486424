import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OcopAnswer } from '@ntm/domain';
import { scoreAssessment } from '@ntm/ocop-scoring';
import { findProductSet, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leafCriteria, optionLabel } from '../src/io/ocop-sheet.js';
import { cli, ROOT, tempDir } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { type MemoryFiles, memoryFiles } from './support/memory-files.js';

const honey = JSON.parse(readFileSync(fixture('assessment-b04.json'), 'utf8')) as {
  criteria: Record<string, OcopAnswer>;
};
const B04 = QD26_RUBRICS.B04!;
const criteria = new Map(leafCriteria(B04).map((l) => [l.criterion.code, l.criterion]));

/** The answer as the Excel drop-down lists it. */
function label(code: string, answer: OcopAnswer): string {
  const c = criteria.get(code);
  if (typeof answer === 'boolean') return answer ? 'Có' : 'Không';
  if (c?.kind === 'choice' && typeof answer === 'number') return optionLabel(c.options[answer]!);
  if (c?.kind === 'cases' && typeof answer === 'object') {
    const chosen = c.cases.find((k) => k.id === answer.case)!;
    return optionLabel(chosen.options[answer.option]!, chosen);
  }
  throw new Error(`no label for ${code}`);
}

async function workbook(files: MemoryFiles, path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(files.get(path) ?? new Uint8Array()) as never);
  return wb;
}

async function save(files: MemoryFiles, path: string, wb: ExcelJS.Workbook): Promise<void> {
  files.put(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * A sandbox with the B04 form written by `ntm init assessment --xlsx` and filled with the honey answers, picked from
 * the drop-down lists (or typed by `answer`); `edit` then changes the answers sheet before the form is saved.
 */
async function honeyForm(
  submittedOn: string | number | Date,
  {
    answer = label,
    edit = () => {},
  }: {
    answer?: (code: string, a: OcopAnswer) => string | number;
    edit?: (sheet: ExcelJS.Worksheet) => void;
  } = {},
): Promise<MemoryFiles> {
  const files = memoryFiles(tempDir());
  expect((await cli(['init', 'assessment', '--set', 'B04', '--xlsx'], { files })).code).toBe(0);
  const wb = await workbook(files, 'phieu-B04.xlsx');
  wb.getWorksheet('Thông tin')!.eachRow((row) => {
    if (row.getCell(1).value === 'Tên sản phẩm') row.getCell(2).value = 'Mật ong (minh hoạ)';
    if (row.getCell(1).value === 'Ngày nộp hồ sơ') row.getCell(2).value = submittedOn;
  });
  const sheet = wb.getWorksheet('Phiếu đánh giá')!;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const code = String(row.getCell(2).value);
    const a = honey.criteria[code];
    if (a !== undefined) row.getCell(6).value = answer(code, a);
  });
  // An empty row in the middle must be skipped.
  sheet.spliceRows(3, 0, []);
  edit(sheet);
  await save(files, 'phieu-B04.xlsx', wb);
  return files;
}

async function scoreJson(args: readonly string[], files?: MemoryFiles) {
  const r = await cli(['ocop', 'score', ...args, '--format', 'json'], files ? { files } : {});
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('ntm ocop score', () => {
  it('gives the same result as the library for a JSON assessment', async () => {
    const out = await scoreJson([fixture('assessment-b04.json')]);
    const expected = scoreAssessment(B04, { criteria: honey.criteria, disqualifiers: [] });
    expect(out.total).toBe(expected.total);
    expect(out.stars).toBe(expected.stars);
    expect(out.status).toBe(expected.status);
    expect(out.trace).toHaveLength(expected.trace.length);
    expect(out.total).toBe(out.parts.A + out.parts.B + out.parts.C);
  });

  it('reads answers written as on paper (points, words) the same as option indexes', async () => {
    const paper = await scoreJson([join(ROOT, 'examples/cli-tour/data/mat-ong.json')]);
    const indexes = await scoreJson([fixture('assessment-b04.json')]);
    expect(paper.total).toBe(indexes.total);
    expect(paper.trace.map((t: { points: number }) => t.points)).toEqual(
      indexes.trace.map((t: { points: number }) => t.points),
    );
  });

  it('prints a table in the language asked for, without codes', async () => {
    const en = await cli(['ocop', 'score', fixture('assessment-b04.json'), '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('QD26_2026-B04');
    expect(en.stdout).toContain('Stars');
    const vi = await cli(['ocop', 'score', fixture('assessment-b04.json')]);
    expect(vi.stdout).toContain('Hạng sao');
    expect(vi.stdout).toContain('10/06/2026');
    expect(vi.stdout).not.toMatch(/\brated\b|below-threshold|2026-06-10/);
  });

  it.each([
    ['dd/mm/yyyy text', '10/06/2026'],
    ['an Excel serial number', 46183],
    ['an Excel date cell', new Date(Date.UTC(2026, 5, 10))],
  ])('scores a filled Excel form with the date as %s', async (_label, date) => {
    const files = await honeyForm(date);
    const fromXlsx = await scoreJson(['phieu-B04.xlsx'], files);
    const fromJson = await scoreJson([fixture('assessment-b04.json')]);
    expect(fromXlsx.total).toBe(fromJson.total);
    expect(fromXlsx.stars).toBe(fromJson.stars);
    expect(fromXlsx.submittedOn).toBe('2026-06-10');
  });

  it('takes the points typed in the answer column, as on paper', async () => {
    const points = (code: string, a: OcopAnswer) => {
      const c = criteria.get(code);
      return typeof a === 'number' && c?.kind === 'choice' ? c.options[a]!.points : label(code, a);
    };
    // B04 has no two options with the same points in one criterion.
    const files = await honeyForm('10/06/2026', { answer: points });
    expect((await scoreJson(['phieu-B04.xlsx'], files)).total).toBe(
      (await scoreJson([fixture('assessment-b04.json')])).total,
    );
  });

  it('writes the form with the criteria in the order of the sheet and a drop-down per answer', async () => {
    const files = memoryFiles(tempDir());
    await cli(['init', 'assessment', '--set', 'B04', '--xlsx'], { files });
    const wb = await workbook(files, 'phieu-B04.xlsx');
    const sheet = wb.getWorksheet('Phiếu đánh giá')!;
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(2).value));
    });
    expect(codes).toEqual(leafCriteria(B04).map((l) => l.criterion.code));
    expect(codes.slice(0, 2)).toEqual(['1.1', '1.2']);
    expect(sheet.getRow(2).getCell(6).dataValidation).toMatchObject({ type: 'list' });
    expect(String(sheet.getRow(2).getCell(6).dataValidation.formulae[0])).toContain("'Lựa chọn'!");
    expect(wb.getWorksheet('Lựa chọn')?.state).toBe('hidden');
  });

  it('writes the result as Excel, by --format or by the extension of --out', async () => {
    for (const args of [
      ['--format', 'xlsx', '--out', 'kq.xlsx'],
      ['--out', 'kq.xlsx'],
    ]) {
      const files = memoryFiles(tempDir());
      const r = await cli(['ocop', 'score', fixture('assessment-b04.json'), ...args], { files });
      expect(r.code).toBe(0);
      const wb = await workbook(files, 'kq.xlsx');
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Kết quả', 'Chi tiết']);
      const trace = wb.getWorksheet('Chi tiết')!;
      expect(typeof trace.getRow(2).getCell(4).value).toBe('number');
    }
  });

  it('names the sheet, row and column of a bad answer and of a bad date, all at once', async () => {
    const files = await honeyForm('31/04/2026', {
      edit: (sheet) => {
        sheet.getRow(2).getCell(6).value = 'nhiều';
      },
    });
    const en = await cli(['ocop', 'score', 'phieu-B04.xlsx', '--lang', 'en'], { files });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(
      /phieu-B04\.xlsx, sheet "Thông tin", row \d+, column "Ngày nộp hồ sơ": "31\/04\/2026" is not a real date/,
    );
    const vi = await cli(['ocop', 'score', 'phieu-B04.xlsx'], { files });
    expect(vi.stderr).toMatch(
      /trang "Phiếu đánh giá", dòng 2, cột "Trả lời": tiêu chí 1\.1 \(Nguồn gốc sản phẩm\): câu trả lời "nhiều" không khớp lựa chọn nào/,
    );
    expect(vi.stderr).toContain('1 điểm — ');
    expect(vi.stderr).not.toMatch(/phương án \d|option \d|\(0 …/);
  });

  it('names the missing column when the sheet has the wrong headers', async () => {
    const files = await honeyForm('10/06/2026', {
      edit: (sheet) => {
        sheet.getRow(1).getCell(6).value = 'Ghi chú';
      },
    });
    const r = await cli(['ocop', 'score', 'phieu-B04.xlsx'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('thiếu cột "Trả lời"');
  });

  it('reports an unknown criterion and a JSON syntax error with line and column', async () => {
    const files = memoryFiles(tempDir());
    files.put('bad.json', JSON.stringify({ ...honey, criteria: { ...honey.criteria, '9.9': 1 } }));
    const r = await cli(['ocop', 'score', 'bad.json', '--lang', 'en'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('9.9');
    files.put('bad.json', '{\n  "product": {,\n}');
    const s = await cli(['ocop', 'score', 'bad.json', '--lang', 'en'], { files });
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/bad\.json: JSON syntax error at line 2, column \d+/);
  });

  it('names a numeric answer outside the options by the options, not by an index', async () => {
    const files = memoryFiles(tempDir());
    files.put('p.json', JSON.stringify({ ...honey, criteria: { ...honey.criteria, '1.1': 7 } }));
    const r = await cli(['ocop', 'score', 'p.json'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'p.json, trường "/criteria/1.1": tiêu chí 1.1 (Nguồn gốc sản phẩm): câu trả lời 7',
    );
    expect(r.stderr).toContain('3 điểm — ');
    expect(r.stderr).not.toMatch(/0 … 2|phương án 7/);
  });
});

describe('ntm ocop find', () => {
  it('finds the product set as the library does', async () => {
    const r = await cli(['ocop', 'find', 'nuoc mam', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).code).toBe(findProductSet('nuoc mam')?.code);
  });

  it('exits 1 with a bilingual message when nothing matches', async () => {
    const r = await cli(['ocop', 'find', 'zzzz', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no product set found for "zzzz"');
  });
});

describe('ntm init assessment', () => {
  it('writes a JSON form with every criterion in sheet order, and refuses to overwrite', async () => {
    const files = memoryFiles(tempDir());
    expect((await cli(['init', 'assessment', '--set', 'b09'], { files })).code).toBe(0);
    const text = files.text('phieu-B09.json') ?? '';
    const template = JSON.parse(text);
    expect(template.productSet).toBe('B09');
    const written = [...text.matchAll(/^ {4}"([\d.]+)": null/gm)].map((m) => m[1]);
    expect(written).toEqual(leafCriteria(QD26_RUBRICS.B09!).map((l) => l.criterion.code));
    const again = await cli(['init', 'assessment', '--set', 'B09'], { files });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect((await cli(['init', 'assessment', '--set', 'B09', '--force'], { files })).code).toBe(0);
  });

  it('scores an unfilled JSON form by naming what is missing, not with a validator message', async () => {
    const files = memoryFiles(tempDir());
    await cli(['init', 'assessment', '--set', 'B04'], { files });
    const r = await cli(['ocop', 'score', 'phieu-B04.json'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('trường "/product/name": Không được để trống');
    expect(r.stderr).toContain('trường "/submittedOn": Thiếu trường bắt buộc "submittedOn"');
    // Codes stay in brackets for those who look them up; the words are for people.
    expect(r.stderr.replace(/\[[^\]]*\]/g, '')).not.toMatch(/mong đợi|too_small|invalid_|Đầu vào/);
  });

  it('refuses a contradiction between --xlsx and --out, and an unknown product set', async () => {
    const contradiction = await cli(
      ['init', 'assessment', '--set', 'B04', '--xlsx', '--out', 'p.json'],
      {
        cwd: tempDir(),
      },
    );
    expect(contradiction.code).toBe(2);
    const unknown = await cli(['init', 'assessment', '--set', 'B99'], { cwd: tempDir() });
    expect(unknown.code).toBe(1);
  });
});

describe('ntm ocop score on earlier rules', () => {
  it('scores part totals under QĐ 1048/2019 (the Lai Châu 2020 rules)', async () => {
    const files = memoryFiles(tempDir());
    files.put(
      'che-2020.json',
      JSON.stringify({
        product: { name: 'Chè (minh hoạ)' },
        productSet: 'B11',
        submittedOn: '2020-08-15',
        kind: 'first',
        criteria: {},
        parts: { A: 30, B: 20, C: 32 },
      }),
    );
    const json = await scoreJson(['che-2020.json'], files);
    expect(json.total).toBe(82);
    expect(json.version.basis.number).toBe('1048/QĐ-TTg');
    expect((await cli(['ocop', 'score', 'che-2020.json'], { files })).stdout).toContain(
      '1048/QĐ-TTg',
    );
  });

  it('explains that per-criterion answers need the QĐ 26/2026 sheets', async () => {
    const r = await cli(
      `ocop score "${fixture('assessment-b04.json')}" --date 2024-03-01 --lang en`,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('give part totals');
  });
});
