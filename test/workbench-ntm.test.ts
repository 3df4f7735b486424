// The workbench's "Đánh giá xã NTM" tool without a browser: a communes file read and evaluated as the CLI does it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateCommune, localizeCriteriaSet, supplementCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { isDomainError } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../packages/cli/src/cli-error.js';
import { fullRow } from '../packages/cli/src/commands/criteria/evaluation-rows.js';
import { indicatorHeader } from '../packages/cli/src/io/communes.js';
import {
  evaluateTable,
  resultReport,
  VIETNAMESE,
} from '../scripts/docs/workbench/tools/ntm/evaluate-table.js';
import { openCommunes } from '../scripts/docs/workbench/tools/ntm/open-communes.js';

const ROOT = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(resolve(ROOT, path));
const json = (path: string): unknown => JSON.parse(read(path).toString('utf8'));
const TUAN_GIAO = 'examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv';
const noXlsx = () => Promise.reject(new Error('no workbook expected'));
const clock = () => 0;
const TODAY = '2026-06-30';

function dropped(name: string, bytes: Uint8Array): File {
  return new File([bytes], name);
}

const csvFile = (name: string, text: string) => dropped(name, new TextEncoder().encode(text));
const set = (id: string) => {
  const found = NTM_CRITERIA_SETS.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('workbench ntm: evaluate a communes file', () => {
  it('reads the illustrative Tuần Giáo CSV and evaluates each row as evaluateCommune does', async () => {
    const table = await openCommunes(dropped('xa.csv', read(TUAN_GIAO)), noXlsx);
    const result = await evaluateTable(table, { setId: 'auto' }, TODAY, clock);
    expect(result.set.id).toBe('XA_2021_2025');
    expect(result.badRows).toBe(0);
    expect(result.rows.length).toBeGreaterThan(0);
    for (const { row, evaluation } of result.rows) {
      const again = evaluateCommune(result.set, row.facts, {
        year: row.year,
        region: row.facts.region,
        communeGroup: row.facts.communeGroup,
        commune: row.facts.commune,
      });
      expect(evaluation).toEqual(again);
    }
    const report = resultReport(result, VIETNAMESE);
    const rows = [...((report.sheets[0]?.rows ?? []) as Iterable<unknown>)];
    expect(rows).toEqual(result.rows.map((r) => fullRow(VIETNAMESE, r.evaluation)));
    expect(report.title?.[0]).toContain('XA_2021_2025');
  });

  it('applies the region chosen on the page only to rows without one', async () => {
    const text = read(TUAN_GIAO).toString('utf8');
    const lines = text.split(/\r?\n/);
    // A commune code that is not a 5-digit official code gives no region: the page's choice fills it.
    const body = lines[1]?.replace(/^03289,/, 'X1,') ?? '';
    const table = await openCommunes(csvFile('xa.csv', `${lines[0]}\n${body}\n`), noXlsx);
    const result = await evaluateTable(table, { setId: 'auto', region: 'DBSH' }, TODAY, clock);
    expect(result.rows[0]?.row.facts.region).toBe('DBSH');
    const coded = await openCommunes(dropped('xa.csv', read(TUAN_GIAO)), noXlsx);
    const kept = await evaluateTable(coded, { setId: 'auto', region: 'DBSH' }, TODAY, clock);
    expect(kept.rows[0]?.row.facts.region).toBe('TDMNPB');
  });

  it('evaluates a 2026 commune once the illustrative supplement gives the set its indicators', async () => {
    const supplement = json('examples/national-supplement/xa-2026-2030-nhom-1.json');
    const national = set('XA_2026_2030');
    const supplemented = supplementCriteriaSet(national, supplement as never);
    const indicators = supplemented.criteria.flatMap((c) => c.indicators);
    const header = ['Mã xã', 'Tên xã', 'Năm', ...indicators.map(indicatorHeader)];
    const values = indicators.map((i) =>
      i.type === 'boolean' || i.type === 'absence' ? 'có' : '50',
    );
    const csv = [header, ['X1', 'Xã minh hoạ', '2026', ...values]]
      .map((r) => r.map((c) => `"${c}"`).join(','))
      .join('\n');
    const table = await openCommunes(csvFile('xa-2026.csv', csv), noXlsx);
    await expect(evaluateTable(table, { setId: 'auto' }, TODAY, clock)).rejects.toSatisfy(
      (e: unknown) => isCliError(e) && e.issues[0]?.code === 'cli/set-without-indicators',
    );
    const again = await openCommunes(csvFile('xa-2026.csv', csv), noXlsx);
    const result = await evaluateTable(
      again,
      { setId: 'auto', supplement, communeGroup: 1 },
      TODAY,
      clock,
    );
    expect(result.set.id).toBe('XA_2026_2030');
    expect(result.rows).toHaveLength(1);
    expect(result.illustrative).toBe(true);
    expect(result.rows[0]?.evaluation.criteriaTotal).toBe(national.criteria.length);
    const notes = resultReport(result, VIETNAMESE).notes?.() ?? [];
    expect(notes.some((n) => n.includes('minh hoạ'))).toBe(true);
  });

  it('refuses a looser province configuration with the engine’s issues', async () => {
    const base = set('XA_2021_2025');
    const indicator = base.criteria
      .flatMap((c) => c.indicators)
      .find((i) => i.direction === '>=' && i.thresholds.TDMNPB?.value !== undefined);
    const national = indicator?.thresholds.TDMNPB?.value ?? 0;
    const config = {
      baseSetId: base.id,
      thresholds: [{ indicator: indicator?.code, key: 'TDMNPB', value: national - 1 }],
    };
    expect(() => localizeCriteriaSet(base, config as never)).toThrow();
    const table = await openCommunes(dropped('xa.csv', read(TUAN_GIAO)), noXlsx);
    await expect(
      evaluateTable(table, { setId: 'auto', provinceConfig: config }, TODAY, clock),
    ).rejects.toSatisfy((e: unknown) => isDomainError(e) && e.issues.length > 0);
  });

  it('lists a bad row with its file, row and column and evaluates the others', async () => {
    const lines = read(TUAN_GIAO).toString('utf8').split(/\r?\n/);
    const broken = lines[2]?.replace(/,82,/, ',tám mươi,') ?? '';
    const table = await openCommunes(
      csvFile('xa.csv', [lines[0], lines[1], broken].join('\n')),
      noXlsx,
    );
    const result = await evaluateTable(table, { setId: 'auto' }, TODAY, clock);
    expect(result.badRows).toBe(1);
    expect(result.rows).toHaveLength(1);
    expect(result.problems[0]?.message.vi).toContain('xa.csv, dòng 3');
  });

  it('says an old .xls file is not read, as the CLI does', async () => {
    await expect(openCommunes(csvFile('xa.xls', ''), noXlsx)).rejects.toSatisfy(
      (e: unknown) => isCliError(e) && e.issues[0]?.code === 'cli/xls',
    );
  });
});
