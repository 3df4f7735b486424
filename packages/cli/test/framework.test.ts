import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ntm, ROOT } from './helpers.js';

const COMMANDS = [
  ['ocop', 'score'],
  ['ocop', 'find'],
  ['ocop', 'timeline'],
  ['init', 'assessment'],
  ['init', 'communes'],
  ['init', 'province-config'],
  ['criteria', 'evaluate'],
  ['criteria', 'summary'],
  ['criteria', 'roadmap'],
  ['criteria', 'check-config'],
  ['units', 'find'],
  ['deadlines', 'parse'],
  ['deadlines', 'days-off'],
  ['deadlines', 'add'],
  ['directive', 'schedule'],
  ['directive', 'status'],
];

describe('ntm: help, languages and exit codes', () => {
  it('prints help in Vietnamese by default with the exit codes and examples', () => {
    const r = ntm(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: ntm');
    expect(r.stdout).toContain('Mã thoát');
    expect(r.stdout).toContain('Ví dụ:');
  });

  it('prints help in English with --lang en', () => {
    const r = ntm(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: ntm');
    expect(r.stdout).toContain('Exit codes');
  });

  it.each(COMMANDS)('"%s %s --help" shows an example', (...cmd) => {
    const vi = ntm([...cmd, '--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Ví dụ:');
    expect(vi.stdout).toContain(`$ ntm ${cmd.join(' ')}`);
    const en = ntm([...cmd, '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Examples:');
  });

  it('prints the version of its package.json with --version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
    const r = ntm(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('exits 2 on an unknown command, an unknown option and a missing argument', () => {
    const unknown = ntm(['bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('lỗi:');
    expect(ntm(['ocop', 'find', '--nope', 'x']).code).toBe(2);
    expect(ntm(['ocop', 'find']).code).toBe(2);
  });

  it('exits 2 on a date argument that does not exist, naming it', () => {
    const r = ntm(['ocop', 'score', 'x.json', '--date', '31/04/2022', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"31/04/2022" is not a valid date');
  });

  it('never prints a stack trace', () => {
    const r = ntm(['ocop', 'score', 'no-such-file.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toContain('no-such-file.json: không tìm thấy tệp');
  });
});
