import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * A few runs of the built `ntm` binary, as users run it. The build is brought up to date first (turbo rebuilds only
 * what changed since the last build, by content), so a stale `dist/` cannot hide a bug fixed in the sources.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = resolve(import.meta.dirname, '../bin/ntm.js');

function ntm(
  args: readonly string[],
  cwd = ROOT,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NTM_LANG: '', NTM_DEBUG: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const build = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@ntm/cli', '--output-logs=errors-only'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 600_000);

describe('the built ntm binary', () => {
  it('prints its version and a Vietnamese help', () => {
    expect(ntm(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = ntm(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng: ntm');
  });

  it('evaluates the example communes into an Excel file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-smoke-'));
    const file = join(ROOT, 'examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv');
    const r = ntm(['criteria', 'evaluate', file, '--out', 'kq.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kq.xlsx'));
    const rows = wb.getWorksheet('Kết quả')?.rowCount ?? 0;
    expect(rows).toBe(readFileSync(file, 'utf8').trim().split('\n').length);
  });

  it('makes a national supplement form, checks it, and makes the 2026 template from the example supplement', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-smoke-'));
    const template = ntm(
      ['criteria', 'supplement-template', '--set', 'XA_2026_2030', '--key', '1', '--xlsx'],
      dir,
    );
    expect(template.stderr).toBe('');
    expect(template.code).toBe(0);
    const check = ntm(
      ['criteria', 'check-supplement', 'bo-sung-XA_2026_2030-1.xlsx', '--format', 'json'],
      dir,
    );
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ valid: true, set: 'XA_2026_2030' });
    const example = join(ROOT, 'examples/national-supplement/xa-2026-2030-nhom-1.json');
    const init = ntm(
      ['init', 'communes', '--set', 'XA_2026_2030', '--supplement', example, '--out', 'xa.csv'],
      dir,
    );
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('minh hoạ — không phải số liệu pháp lý');
    expect(readFileSync(join(dir, 'xa.csv'), 'utf8').split('\n')[0]?.split(',')).toHaveLength(
      8 + 47,
    );
  });

  it('reports a wrong argument on stderr with exit code 2', () => {
    const r = ntm(['deadlines', 'days-off', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"abc"');
  });

  it('stops quietly when the reader of its output goes away (ntm … | head -1)', () => {
    const r = spawnSync(
      'sh',
      ['-c', `node ${JSON.stringify(BIN)} deadlines days-off 2026 | head -1`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
