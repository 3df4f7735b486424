import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixture, ntm, ROOT, tempDir } from './helpers.js';

const COMMUNES = join(ROOT, 'examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv');
const DIEN_BIEN = join(ROOT, 'examples/province-config/dien-bien.json');
const csv = readFileSync(COMMUNES, 'utf8');

interface Evaluation {
  commune: { name: string };
  year: number;
  criteriaMet: number;
  criteriaTotal: number;
  outcome: string;
  illustrative: boolean;
  provincial?: { illustrative: boolean };
}

function evaluate(file: string, ...extra: string[]): Evaluation[] {
  const r = ntm(['criteria', 'evaluate', file, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('ntm criteria evaluate', () => {
  it('evaluates every row on the 2021–2025 set, with the Điện Biên levels marked illustrative', () => {
    const rows = evaluate(COMMUNES, '--province-config', DIEN_BIEN);
    expect(rows).toHaveLength(csv.trim().split('\n').length - 1);
    for (const e of rows) {
      expect(e.criteriaTotal).toBe(XA_2021_2025.criteria.length);
      expect(e.provincial?.illustrative).toBe(true);
    }
  });

  it('reads the same data saved with ";" in Windows-1258 and in UTF-16, and as XLSX', async () => {
    const reference = evaluate(COMMUNES);
    const dir = tempDir();
    const semicolon = csv.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, ';');
    const cp = join(dir, 'cp1258.csv');
    // Windows-1258 has no precomposed toned letters: write tone marks as combining characters.
    const tones = /[\u0300\u0301\u0303\u0309\u0323]/u;
    const decomposed = [...semicolon.normalize('NFD')];
    let out = '';
    let pending = '';
    for (const ch of decomposed) {
      if (tones.test(ch)) pending += ch;
      else if (/\p{M}/u.test(ch)) out = out.slice(0, -1) + (out.slice(-1) + ch).normalize('NFC');
      else {
        out += pending + ch;
        pending = '';
      }
    }
    writeFileSync(cp, iconv.encode(out + pending, 'windows-1258'));
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(semicolon, 'utf16le')]),
    );
    const xlsx = join(dir, 'xa.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Xã');
    const lines = csv.trim().split('\n');
    const split = (l: string) =>
      (l.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1);
    for (const l of lines)
      ws.addRow(split(l).map((c) => (/^\d+$/.test(c) && c.length < 5 ? Number(c) : c)));
    ws.spliceRows(4, 0, []);
    await wb.xlsx.writeFile(xlsx);
    for (const file of [cp, utf16, xlsx]) {
      const rows = evaluate(file);
      expect(rows.map((e) => [e.commune.name, e.year, e.criteriaMet])).toEqual(
        reference.map((e) => [e.commune.name, e.year, e.criteriaMet]),
      );
    }
  });

  it('names file, row and column of a bad value', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.csv');
    const lines = csv.trim().split('\n');
    lines[2] = lines[2]!.replace(/,có,/, ',nhiều lắm,');
    writeFileSync(bad, lines.join('\n'));
    const r = ntm(['criteria', 'evaluate', bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad\.csv, row 3, column "\d+(\.\d+)? .*": Expected one of .*; got "nhiều lắm"/,
    );
  });

  it('names a column that is not an indicator and a missing fixed column', () => {
    const dir = tempDir();
    const unknown = join(dir, 'unknown.csv');
    writeFileSync(unknown, 'Mã xã,Tên xã,Năm,99.9 Không có\n03274,Quài Nưa,2022,1\n');
    const r = ntm(['criteria', 'evaluate', unknown]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cột "99.9 Không có"');
    const missing = join(dir, 'missing.csv');
    writeFileSync(missing, 'Mã,Tên xã\n03274,Quài Nưa\n');
    const m = ntm(['criteria', 'evaluate', missing]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('thiếu cột "Năm"');
  });

  it('reports a missing file', () => {
    const r = ntm(['criteria', 'evaluate', 'khong-co.csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('khong-co.csv: file not found');
  });
});

describe('ntm criteria summary / roadmap', () => {
  it('summarises by district with totals that add up', () => {
    const r = ntm(['criteria', 'summary', COMMUNES, '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.total.communes).toBe(csv.trim().split('\n').length - 1);
    expect(s.total.met + s.total.notMet + s.total.cannotEvaluate).toBe(s.total.communes);
  });

  it('plans each commune towards its target year', () => {
    const r = ntm(['criteria', 'roadmap', COMMUNES, '--format', 'json']);
    expect(r.code).toBe(0);
    const plans = JSON.parse(r.stdout) as { target: { year: number } }[];
    expect(plans.length).toBeGreaterThanOrEqual(9);
    expect(plans.every((p) => p.target.year === 2023)).toBe(true);
  });
});

describe('ntm criteria check-config', () => {
  it('accepts the Điện Biên example', () => {
    const r = ntm(['criteria', 'check-config', DIEN_BIEN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
  });

  it('rejects a configuration with a bad field, naming file and JSON pointer', () => {
    const dir = tempDir();
    const bad = join(dir, 'tinh.json');
    writeFileSync(
      bad,
      JSON.stringify({ province: 'X', baseSetId: 'XA_2021_2025', thresholds: [{ indicator: 5 }] }),
    );
    const r = ntm(['criteria', 'check-config', bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tinh\.json, field "\/thresholds\/0/);
  });
});

describe('ntm init communes / province-config', () => {
  it('writes a CSV template whose headers the evaluator accepts', () => {
    const dir = tempDir();
    expect(ntm(['init', 'communes'], dir).code).toBe(0);
    const file = join(dir, 'xa-XA_2021_2025.csv');
    const header = readFileSync(file, 'utf8');
    expect(header.startsWith('\uFEFFMã xã,Tên xã')).toBe(true);
    writeFileSync(file, `${header}03274,Quài Nưa,,,2022,,,2023\n`);
    const r = ntm(['criteria', 'evaluate', file, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].outcome).toBe('cannot-evaluate');
  });

  it('writes an XLSX template with Vietnamese headers', async () => {
    const dir = tempDir();
    expect(ntm(['init', 'communes', '--xlsx'], dir).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'xa-XA_2021_2025.xlsx'));
    const header = wb.getWorksheet('Xã')!.getRow(1).values as unknown[];
    expect(header).toContain('Mã xã');
    expect(header).toContain('Năm mục tiêu');
  });

  it('writes a province configuration that passes check-config', () => {
    const dir = tempDir();
    expect(ntm(['init', 'province-config', '--out', 'tinh.json'], dir).code).toBe(0);
    expect(ntm(['criteria', 'check-config', 'tinh.json'], dir).code).toBe(0);
  });
});

describe('ntm criteria evaluate on the fixtures in other encodings', () => {
  it('gives the same results for UTF-8 ",", Windows-1258 ";" with empty rows, and UTF-16', () => {
    const names = (file: string) =>
      evaluate(fixture(file)).map((e) => [e.commune.name, e.year, e.criteriaMet, e.outcome]);
    const reference = names('communes-utf8.csv');
    expect(reference).toHaveLength(3);
    expect(names('communes-cp1258-semicolon.csv')).toEqual(reference);
    expect(names('communes-utf16.csv')).toEqual(reference);
  });
});
