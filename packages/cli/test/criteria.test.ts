import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCommune, type NtmCommuneEvaluation, roadmap } from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import { ntmRegionOf } from '@ntm/domain/units';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { communeReader } from '../src/io/communes.js';
import { openTable } from '../src/io/open-table.js';
import { cli, ROOT, tempDir } from './support/cli.js';
import { communesCsv } from './support/communes-csv.js';
import { fixture } from './support/fixtures.js';
import { memoryFiles } from './support/memory-files.js';
import { toWindows1258 } from './support/windows-1258.js';

const COMMUNES = join(ROOT, 'examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv');
const DIEN_BIEN = join(ROOT, 'examples/province-config/dien-bien.json');
const csv = readFileSync(COMMUNES, 'utf8');
const ROWS = csv.trim().split('\n').length - 1;

interface Evaluation {
  commune: { name: string };
  year: number;
  criteriaMet: number;
  criteriaTotal: number;
  outcome: string;
  illustrative: boolean;
  provincial?: { illustrative: boolean };
}

async function evaluate(file: string, ...extra: string[]): Promise<Evaluation[]> {
  const r = await cli(['criteria', 'evaluate', file, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('ntm criteria evaluate', () => {
  it('evaluates every row on the 2021–2025 set, with the Điện Biên levels marked illustrative', async () => {
    const rows = await evaluate(COMMUNES, '--province-config', DIEN_BIEN);
    expect(rows).toHaveLength(ROWS);
    for (const e of rows) {
      expect(e.criteriaTotal).toBe(XA_2021_2025.criteria.length);
      expect(e.provincial?.illustrative).toBe(true);
    }
  });

  it('reads the same data saved with ";" in Windows-1258 and in UTF-16, and as XLSX', async () => {
    const reference = await evaluate(COMMUNES);
    const dir = tempDir();
    const semicolon = csv.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, ';');
    const cp = join(dir, 'cp1258.csv');
    writeFileSync(cp, toWindows1258(semicolon));
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(semicolon, 'utf16le')]),
    );
    const xlsx = join(dir, 'xa.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Xã');
    const split = (l: string) =>
      (l.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1);
    for (const l of csv.trim().split('\n'))
      ws.addRow(split(l).map((c) => (/^\d+$/.test(c) && c.length < 5 ? Number(c) : c)));
    ws.spliceRows(4, 0, []);
    await wb.xlsx.writeFile(xlsx);
    for (const file of [cp, utf16, xlsx]) {
      const rows = await evaluate(file);
      expect(rows.map((e) => [e.commune.name, e.year, e.criteriaMet])).toEqual(
        reference.map((e) => [e.commune.name, e.year, e.criteriaMet]),
      );
    }
  });

  it('names file, row and column of a bad value, evaluates the other rows, and exits 1', async () => {
    const files = memoryFiles(tempDir());
    const lines = csv.trim().split('\n');
    lines[2] = lines[2]!.replace(/,có,/, ',nhiều lắm,');
    files.put('bad.csv', lines.join('\n'));
    const r = await cli(['criteria', 'evaluate', 'bad.csv', '--lang', 'en', '--format', 'json'], {
      files,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad\.csv, row 3, column "\d+(\.\d+)? .*": Expected one of .*; got "nhiều lắm"/,
    );
    expect(r.stderr).toContain('1 rows with errors were not evaluated');
    expect(r.stdout.trim().split('\n')).toHaveLength(ROWS - 1);
  });

  it('names every column that is not an indicator, and a missing fixed column', async () => {
    const files = memoryFiles(tempDir());
    files.put('unknown.csv', 'Mã xã,Tên xã,Năm,99.9 Không có,Ghi chú\n03274,Quài Nưa,2022,1,x\n');
    const r = await cli(['criteria', 'evaluate', 'unknown.csv'], { files });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown.csv, dòng 1, cột "99.9 Không có"');
    expect(r.stderr).toContain('cột "Ghi chú"');
    files.put('missing.csv', 'Mã,Tên xã\n03274,Quài Nưa\n');
    const m = await cli(['criteria', 'evaluate', 'missing.csv'], { files });
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('thiếu cột "Năm"');
  });

  it('names the sheet of a workbook in a message', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu 2022');
    ws.addRow(['Mã xã', 'Tên xã', 'Năm', '15.1 Tỷ lệ người dân tham gia bảo hiểm y tế (%)']);
    ws.addRow(['03274', 'Xã Quài Nưa', 2022, 'nhiều']);
    await wb.xlsx.writeFile(join(dir, 'xa.xlsx'));
    const r = await cli(['criteria', 'evaluate', 'xa.xlsx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xa.xlsx, trang "Số liệu 2022", dòng 2, cột "15.1');
  });

  it('reports a missing file', async () => {
    const r = await cli(['criteria', 'evaluate', 'khong-co.csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('khong-co.csv: file not found');
  });

  it('says nothing in English in a Vietnamese table, and no code', async () => {
    const r = await cli(['criteria', 'evaluate', COMMUNES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('chưa đạt chuẩn');
    expect(r.stdout).not.toMatch(/not-met|cannot-evaluate|\bmet\b/);
  });

  it('writes an Excel file with numbers as numbers and a percentage column', async () => {
    const r = await cli(['criteria', 'evaluate', COMMUNES, '--out', 'kq.xlsx'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.files.get('kq.xlsx') ?? new Uint8Array()) as never);
    const ws = wb.getWorksheet('Kết quả')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Số tiêu chí đạt');
    const met = header.indexOf('Số tiêu chí đạt') + 1;
    const share = header.indexOf('Tỷ lệ tiêu chí đạt') + 1;
    expect(typeof ws.getRow(2).getCell(met).value).toBe('number');
    expect(ws.getRow(2).getCell(share).numFmt).toContain('%');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Ghi chú')).toBeDefined();
  });
});

describe('ntm criteria evaluate on a large file', () => {
  it('shows progress on a terminal for thousands of rows, never with --quiet or into a pipe', async () => {
    const files = memoryFiles(tempDir());
    files.put('xa.csv', communesCsv(5200));
    const tty = await cli(['criteria', 'evaluate', 'xa.csv', '--out', 'kq.csv'], {
      files,
      errIsTTY: true,
    });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\rĐánh giá xã: \d+ dòng, \d+%/);
    const quiet = await cli(['criteria', 'evaluate', 'xa.csv', '--out', 'kq2.csv', '--quiet'], {
      files,
      errIsTTY: true,
    });
    expect(quiet.stderr).toBe('');
    const pipe = await cli(['criteria', 'evaluate', 'xa.csv', '--out', 'kq3.csv'], { files });
    expect(pipe.stderr).toBe('');
    expect(files.text('kq.csv')?.trim().split('\n')).toHaveLength(5201);
  });
});

describe('ntm criteria summary / roadmap', () => {
  it('summarises by district with totals that add up', async () => {
    const r = await cli(['criteria', 'summary', COMMUNES, '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.total.communes).toBe(ROWS);
    expect(s.total.met + s.total.notMet + s.total.cannotEvaluate).toBe(s.total.communes);
    const table = await cli(['criteria', 'summary', COMMUNES]);
    expect(table.stdout).toContain('Tổng cộng');
    expect(table.stdout).not.toContain('total');
  });

  it('plans each commune towards its target year, one JSON line each', async () => {
    const r = await cli(['criteria', 'roadmap', COMMUNES, '--format', 'json']);
    expect(r.code).toBe(0);
    const plans = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { target: { year: number } });
    expect(plans.length).toBeGreaterThanOrEqual(9);
    expect(plans.every((p) => p.target.year === 2023)).toBe(true);
    const table = await cli(['criteria', 'roadmap', COMMUNES, '--format', 'csv']);
    expect(table.stdout).toContain('quá năm mục tiêu, chưa đạt');
    expect(table.stdout).not.toMatch(/missed|planned/);
  });
});

describe('ntm criteria roadmap, planned as rows stream by', () => {
  it('gives the plans the library gives for the whole file, whatever the order of the rows', async () => {
    const table = await openTable(memoryFiles(ROOT), COMMUNES);
    const reader = communeReader(
      table,
      XA_2021_2025,
      (code, date) => ntmRegionOf(code, date).region,
    );
    const byYear: Record<string, NtmCommuneEvaluation[]> = {};
    const targets = new Map<string, number>();
    for await (const row of table.rows) {
      const { facts, year } = reader.read(row);
      const e = evaluateCommune(XA_2021_2025, facts, {
        year,
        region: facts.region,
        commune: facts.commune,
      });
      byYear[String(year)] = [...(byYear[String(year)] ?? []), e];
      if (e.commune?.targetYear) targets.set(e.commune.id, e.commune.targetYear);
    }
    const expected = roadmap(
      byYear,
      [...targets].map(([commune, year]) => ({ commune, year })),
    ).sort((a, b) => a.commune.id.localeCompare(b.commune.id));
    const [header, ...lines] = csv.trim().split('\n');
    const files = memoryFiles(tempDir());
    for (const [name, order] of [
      ['as-is.csv', lines],
      ['newest-first.csv', [...lines].reverse()],
    ] as const) {
      files.put(name, `${header}\n${order.join('\n')}\n`);
      const r = await cli(['criteria', 'roadmap', name, '--format', 'json'], { files });
      expect(r.code).toBe(0);
      const plans = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .sort((a, b) => a.commune.id.localeCompare(b.commune.id));
      expect(plans).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });
});

describe('ntm criteria check-config', () => {
  it('accepts the Điện Biên example', async () => {
    const r = await cli(['criteria', 'check-config', DIEN_BIEN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
  });

  it('rejects a bad field, naming file and JSON pointer in plain words', async () => {
    const files = memoryFiles(tempDir());
    files.put(
      'tinh.json',
      JSON.stringify({ province: 'X', baseSetId: 'XA_2021_2025', thresholds: [{ indicator: 5 }] }),
    );
    const r = await cli(['criteria', 'check-config', 'tinh.json', '--lang', 'en'], { files });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'tinh.json, field "/thresholds/0/indicator": Expected a text, got 5 [input/wrong-type]',
    );
    expect(r.stdout).toContain(
      'field "/thresholds/0/value": The required field "value" is missing [input/missing]',
    );
  });

  it('gives the problems as JSON with their codes', async () => {
    const files = memoryFiles(tempDir());
    files.put(
      'tinh.json',
      JSON.stringify({ baseSetId: 'XA_2021_2025', thresholds: [{ indicator: '99.9', value: 1 }] }),
    );
    const r = await cli(['criteria', 'check-config', 'tinh.json', '--format', 'json'], { files });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      valid: false,
      issues: [{ code: 'criteria/unknown-indicator', pointer: '/thresholds/0/indicator' }],
    });
  });
});

describe('ntm init communes / province-config', () => {
  it('writes a CSV template whose headers the evaluator accepts', async () => {
    const files = memoryFiles(tempDir());
    expect((await cli(['init', 'communes'], { files })).code).toBe(0);
    const header = files.text('xa-XA_2021_2025.csv') ?? '';
    expect(header.startsWith('\uFEFFMã xã,Tên xã')).toBe(true);
    files.put('xa-XA_2021_2025.csv', `${header}03274,Quài Nưa,,,2022,,,2023\n`);
    const r = await cli(['criteria', 'evaluate', 'xa-XA_2021_2025.csv', '--format', 'json'], {
      files,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe('cannot-evaluate');
  });

  it('writes an XLSX template with Vietnamese headers, Có/Không lists and number checks', async () => {
    const r = await cli(['init', 'communes', '--xlsx'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(r.files.get('xa-XA_2021_2025.xlsx') ?? new Uint8Array()) as never,
    );
    const ws = wb.getWorksheet('Xã')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toContain('Mã xã');
    expect(header).toContain('Năm mục tiêu');
    const yesNo = header.findIndex((h) => h.startsWith('1.1 ')) + 1;
    const percent = header.findIndex((h) => h.startsWith('2.1 ')) + 1;
    expect(ws.getRow(5).getCell(yesNo).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Có,Không"'],
    });
    expect(ws.getRow(5).getCell(percent).dataValidation).toMatchObject({
      type: 'decimal',
      formulae: [0, 100],
    });
  });

  it('writes a province configuration that passes check-config, with its schema beside it', async () => {
    const files = memoryFiles(tempDir());
    expect((await cli(['init', 'province-config', '--out', 'tinh.json'], { files })).code).toBe(0);
    const config = JSON.parse(files.text('tinh.json') ?? '');
    expect(config.$schema).toBe('./province-criteria.schema.json');
    const schema = JSON.parse(files.text('province-criteria.schema.json') ?? '');
    expect(schema).toEqual(
      JSON.parse(
        readFileSync(join(ROOT, 'packages/domain/schemas/province-criteria.json'), 'utf8'),
      ),
    );
    expect((await cli(['criteria', 'check-config', 'tinh.json'], { files })).code).toBe(0);
  });
});

describe('ntm criteria evaluate on the fixtures in other encodings', () => {
  it('gives the same results for UTF-8 ",", Windows-1258 ";" with empty rows, and UTF-16', async () => {
    const names = async (file: string) =>
      (await evaluate(fixture(file))).map((e) => [
        e.commune.name,
        e.year,
        e.criteriaMet,
        e.outcome,
      ]);
    const reference = await names('communes-utf8.csv');
    expect(reference).toHaveLength(3);
    expect(await names('communes-cp1258-semicolon.csv')).toEqual(reference);
    expect(await names('communes-utf16.csv')).toEqual(reference);
  });
});
