import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { cli, ROOT } from './support/cli.js';

describe('ntm: help, languages and exit codes', () => {
  it('prints help in Vietnamese by default with the exit codes and examples', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: ntm');
    expect(r.stdout).toContain('Mã thoát');
    expect(r.stdout).toContain('Ví dụ:');
    expect(r.stdout).not.toMatch(/\b(Usage|Options|Commands):/);
  });

  it('prints help in English with --lang en and with NTM_LANG=en', async () => {
    const r = await cli(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: ntm');
    expect(r.stdout).toContain('Exit codes');
    let text = '';
    const out = (s: string) => {
      text += s;
    };
    await run(['--help'], { out, err: () => {}, env: { NTM_LANG: 'en' } });
    expect(text).toContain('Usage: ntm');
  });

  it('says commander errors in Vietnamese, with exit code 2', async () => {
    const unknown = await cli(['bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("lỗi: không có lệnh 'bogus'");
    const option = await cli(['ocop', 'find', '--nope', 'x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("không có tuỳ chọn '--nope'");
    const missing = await cli(['ocop', 'find']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("thiếu tham số 'words'");
    const choice = await cli(['ocop', 'find', 'x', '--format', 'pdf']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("không nhận 'pdf'");
    expect((await cli(['bogus', '--lang', 'en'])).stderr).toContain(
      "error: unknown command 'bogus'",
    );
  });

  it('prints the version of its package.json with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('exits 2 on a date option that does not exist, naming it', async () => {
    const r = await cli(['ocop', 'score', 'x.json', '--date', '31/04/2022', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"31/04/2022" is not a real date');
  });

  it('never prints a stack trace, and names a missing file', async () => {
    const r = await cli(['ocop', 'score', 'no-such-file.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toContain('no-such-file.json: không tìm thấy tệp');
  });

  it('shows one wording for defaults in a Vietnamese help', async () => {
    const r = await cli(['criteria', 'evaluate', '--help']);
    expect(r.stdout).toMatch(/\(mặc định:\s+"auto"\)/);
    expect(r.stdout).not.toContain('default');
  });
});
