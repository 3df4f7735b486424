// One `ntm` command line per code that @ntm/cli raises (see test/support/error-examples.ts), run in process.
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DomainIssue, NtmErrorCode } from '@ntm/domain/core';
import type { ErrorExample } from '../../../test/support/error-examples.js';
import { run } from '../src/run.js';

/** A fixture of `test/fixtures/errors`, as a path from where the tests run (short in messages). */
function at(name: string): string {
  return relative(
    process.cwd(),
    fileURLToPath(new URL(`fixtures/errors/${name}`, import.meta.url)),
  );
}

/** A file of the repository, as a path from where the tests run. */
function repo(path: string): string {
  return relative(process.cwd(), fileURLToPath(new URL(`../../../${path}`, import.meta.url)));
}

/** What `ntm` printed on stderr as issues: one `Lỗi: <message> [code]` line each (`lỗi: …` for usage errors). */
async function printedIssues(args: readonly string[], lang: 'vi' | 'en'): Promise<string[][]> {
  let err = '';
  await run([...args, '--lang', lang], { out: () => {}, err: (text) => (err += text) });
  return [...err.matchAll(/^(?:Lỗi|lỗi|Error|error): (.*) \[([a-z-]+\/[a-z0-9-]+)\]$/gmu)].map(
    (m) => [m[2] as string, m[1] as string],
  );
}

/**
 * Runs `ntm` in process, in Vietnamese and in English; `run` returns an exit code and prints the errors, so the
 * printed lines are thrown back as the `issues` the CLI's error carried (their location is in the message).
 */
async function ntm(args: readonly string[]): Promise<void> {
  const vi = await printedIssues(args, 'vi');
  const en = await printedIssues(args, 'en');
  if (vi.length === 0) return;
  const issues: DomainIssue[] = vi.map(([code, message], index) => ({
    code: code as NtmErrorCode,
    path: [],
    message: { vi: message as string, en: en[index]?.[1] ?? '' },
  }));
  throw { issues };
}

const TOO_LARGE = join(tmpdir(), 'ntm-error-example-too-large.json');

/** Makes {@link TOO_LARGE} just over the 50 MB limit, sparse so that it costs nothing on disk. */
function makeTooLarge(): void {
  const fd = openSync(TOO_LARGE, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024 + 1);
  closeSync(fd);
}

const MIXED = join(tmpdir(), 'ntm-error-example-mixed-encoding.csv');

/**
 * Writes {@link MIXED}: a CSV in UTF-8 for its first 64 KiB (where the encoding is recognised), then a line saved in
 * windows-1258 ("Tuần Giáo" with the byte 0xC0 for "ầ").
 */
function makeMixed(): void {
  const header = 'Mã xã,Tên xã,Năm\n';
  const rows = Array.from(
    { length: 3000 },
    (_, i) => `${String(i).padStart(5, '0')},Quài Nưa,2024\n`,
  );
  const utf8 = Buffer.from(header + rows.join(''), 'utf8');
  const legacy = Buffer.from([
    ...Buffer.from('99999,Tu', 'latin1'),
    0xc0,
    ...Buffer.from('n Giáo,2024\n', 'latin1'),
  ]);
  writeFileSync(MIXED, Buffer.concat([utf8, legacy]));
}

/** `ntm <args>` as shown on the docs page, and its run. */
function example(code: NtmErrorCode, args: readonly string[]): ErrorExample {
  return { code, call: `ntm ${args.join(' ')}`, run: () => ntm(args) };
}

export const CLI_ERROR_EXAMPLES: readonly ErrorExample[] = [
  example('cli/file-not-found', ['ocop', 'score', 'khong-co.json']),
  example('cli/not-a-file', ['criteria', 'check-config', at('')]),
  example('cli/file-unreadable', ['criteria', 'check-config', `${at('no-base-set.json')}/x.json`]),
  {
    ...example('cli/file-too-large', ['criteria', 'check-config', TOO_LARGE]),
    run: () => {
      makeTooLarge();
      return ntm(['criteria', 'check-config', TOO_LARGE]);
    },
  },
  example('cli/file-exists', ['init', 'communes', '--out', at('empty.csv')]),
  example('cli/write-failed', ['init', 'communes', '--out', at('khong-co-thu-muc/xa.csv')]),
  example('cli/unsupported-format', ['criteria', 'evaluate', 'xa.pdf']),
  example('cli/xls', ['criteria', 'evaluate', 'xa.xls']),
  example('cli/json-syntax', ['ocop', 'score', at('syntax.json')]),
  example('cli/csv-syntax', [
    'criteria',
    'evaluate',
    at('csv-syntax.csv'),
    '--set',
    'XA_2021_2025',
  ]),
  {
    ...example('cli/mixed-encoding', ['criteria', 'evaluate', MIXED, '--set', 'XA_2021_2025']),
    run: () => {
      makeMixed();
      return ntm(['criteria', 'evaluate', MIXED, '--set', 'XA_2021_2025']);
    },
  },
  example('cli/empty-file', ['criteria', 'evaluate', at('empty.csv')]),
  example('cli/extra-cells', ['criteria', 'evaluate', at('extra-cells.csv')]),
  example('cli/xlsx-unreadable', ['criteria', 'evaluate', at('not-excel.xlsx')]),
  example('cli/sheet-not-found', ['criteria', 'evaluate', at('empty-sheet.xlsx'), '--sheet', 'Xã']),
  example('cli/empty-sheet', ['criteria', 'evaluate', at('empty-sheet.xlsx')]),
  example('cli/missing-sheet', ['ocop', 'score', at('empty-sheet.xlsx')]),
  example('cli/missing-column', ['criteria', 'evaluate', at('missing-column.csv')]),
  example('cli/unknown-column', ['criteria', 'evaluate', at('unknown-column.csv')]),
  example('cli/not-a-date', ['ocop', 'score', at('bad-date.json')]),
  example('cli/not-a-whole-number', ['deadlines', 'days-off', 'abc']),
  example('cli/bad-year', ['criteria', 'evaluate', at('bad-year.csv'), '--set', 'XA_2021_2025']),
  example('cli/no-targets', ['criteria', 'roadmap', at('no-targets.csv')]),
  example('cli/bad-answer', ['ocop', 'score', at('bad-answer.xlsx')]),
  example('cli/ambiguous-answer', ['ocop', 'score', at('ambiguous-answer.json')]),
  example('cli/ocop-no-sheet', ['ocop', 'score', at('old-rules.json')]),
  example('cli/no-product-set', ['ocop', 'find', 'zzzz']),
  example('cli/unknown-criteria-set', ['init', 'communes', '--set', 'XA_2030']),
  example('cli/set-without-indicators', ['init', 'communes', '--set', 'XA_2026_2030']),
  example('cli/no-base-set', ['criteria', 'check-config', at('no-base-set.json')]),
  example('cli/format-contradiction', [
    'criteria',
    'evaluate',
    repo('examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv'),
    '--out',
    'ket-qua.csv',
    '--format',
    'json',
  ]),
  example('cli/format-not-written', ['ocop', 'find', 'mật ong', '--out', 'san-pham.xlsx']),
  example('cli/template-extension', ['init', 'communes', '--out', 'xa.pdf']),
  example('cli/xlsx-contradiction', ['init', 'communes', '--xlsx', '--out', 'xa.csv']),
];
