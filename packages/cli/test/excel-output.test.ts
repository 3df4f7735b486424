import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';

/*
 * Issue 16: every tabular command writes Excel through `--out *.xlsx` (the format inferred from the extension), with a
 * bold frozen header row in Vietnamese, column widths, numbers stored as numbers and dates as dates.
 */

const COMMUNES = 'examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv';

/** Each command, the exit code it gives, and what its first sheet must store as typed values. */
const COMMANDS: readonly {
  args: string[];
  exit?: number;
  numbers?: boolean;
  dates?: boolean;
  percent?: boolean;
}[] = [
  { args: ['criteria', 'evaluate', COMMUNES], numbers: true, percent: true },
  { args: ['criteria', 'summary', COMMUNES], numbers: true, percent: true },
  { args: ['criteria', 'roadmap', COMMUNES], numbers: true },
  { args: ['directive', 'schedule', 'examples/directives/lai-chau-2020.json'], dates: true },
  {
    args: [
      'directive',
      'status',
      'examples/directives/tuan-giao-2022.json',
      '--as-of',
      '15/08/2022',
    ],
    exit: 1,
    dates: true,
  },
  { args: ['deadlines', 'days-off', '2026'], dates: true },
  { args: ['ocop', 'score', 'examples/cli-tour/data/mat-ong.json'], numbers: true },
  { args: ['units', 'find', 'xã Quài Nưa'], dates: true },
];

describe('every tabular command writes Excel with --out *.xlsx', () => {
  it.each(COMMANDS.map((c) => [c.args.slice(0, 2).join(' '), c] as const))(
    'ntm %s',
    async (_name, c) => {
      const r = await cli([...c.args, '--out', 'kq.xlsx']);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: c.exit ?? 0, stderr: '' });
      expect(r.stdout).toContain('Đã ghi kq.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(r.files.get('kq.xlsx') ?? new Uint8Array()) as never);
      const ws = wb.worksheets[0];
      if (ws === undefined) throw new Error('no sheet');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = ws.getRow(1);
      expect(header.font?.bold).toBe(true);
      const headers = (header.values as unknown[]).filter((v) => typeof v === 'string') as string[];
      // Vietnamese headers: at least one with a Vietnamese letter, none of the English defaults.
      expect(headers.some((h) => /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i.test(h))).toBe(true);
      // Widths are set (exceljs reads a width equal to Excel's default, 9, back as unset).
      const widths = ws.columns.map((col) => col.width ?? 9);
      expect(widths.some((w) => w !== 9)).toBe(true);
      const values: unknown[] = [];
      ws.eachRow((row, n) => {
        if (n > 1) values.push(...(row.values as unknown[]));
      });
      if (c.numbers) expect(values.some((v) => typeof v === 'number')).toBe(true);
      if (c.dates) expect(values.some((v) => v instanceof Date)).toBe(true);
      if (c.percent) {
        const formats = ws.columns.map((col) => col.numFmt ?? '');
        const cells: string[] = [];
        ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.numFmt ?? '')));
        expect([...formats, ...cells].some((f) => f.includes('%'))).toBe(true);
      }
      // No English status word in a Vietnamese workbook.
      expect(values.filter((v) => typeof v === 'string').join(' ')).not.toMatch(
        /\b(not-met|cannot-evaluate|planned|overdue|monthly|before|total)\b/,
      );
    },
  );
});
