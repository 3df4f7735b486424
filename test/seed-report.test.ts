// The seed report (`npm start`, examples/node-esm on the built packages): the seed communes in 2022 and xã Tuần Giáo
// in 2026 are evaluated end to end with the example national supplements, and every line that depends on one of
// their illustrative values says so — once, in the language of the line (a Vietnamese line, then its English line).
// Needs the built packages (`npm test` builds first).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const LABEL = 'minh hoạ — không phải số liệu pháp lý';
const LABEL_EN = 'illustrative, not legal values';

/** A line carries the label in its own language (a heading, in both). */
const labelled = (line: string) => line.includes(LABEL) || line.includes(LABEL_EN);

function report(): string[] {
  const run = spawnSync('npm', ['run', 'start', '--silent', '-w', 'examples/node-esm'], {
    encoding: 'utf8',
    env: { ...process.env, NTM_TODAY: '2026-12-01' },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split('\n');
}

/** The lines from the first one containing `from` up to (not including) the first after it containing `to`, or the end. */
function block(lines: readonly string[], from: string, to?: string): string[] {
  const start = lines.findIndex((line) => line.includes(from));
  expect(start, `no line with ${from}`).toBeGreaterThanOrEqual(0);
  if (to === undefined) return lines.slice(start);
  const end = lines.findIndex((line, index) => index > start && line.includes(to));
  expect(end, `no line with ${to}`).toBeGreaterThan(start);
  return lines.slice(start, end);
}

/** Table headers (one "vi / en" line, or a Vietnamese line over an English one) and rules depend on nothing. */
const isFrame = (line: string) =>
  /^\s*─/u.test(line) ||
  /Xã \/ Commune|Tiêu chí \/ Criterion/u.test(line) ||
  /^\s*(Xã|Commune|Chỉ tiêu|Indicator)\s{2}/u.test(line);

describe('the seed report', () => {
  const lines = report();

  it('evaluates Quài Cang, Quài Tở and Quài Nưa in 2022 on the illustrative supplement, every line labelled', () => {
    const part = block(lines, 'xa-2021-2025-tdmnpb.json', 'Hạn chót năm 2022');
    for (const name of ['Quài Cang', 'Quài Tở', 'Quài Nưa'])
      expect(part.some((line) => line.includes(`Xã ${name}`) && /\d+\/19/u.test(line))).toBe(true);
    const unlabelled = part.filter(
      (line) => line.trim() !== '' && !isFrame(line) && !labelled(line),
    );
    expect(unlabelled).toEqual([]);
  });

  it('evaluates xã Tuần Giáo in 2026 on the illustrative group-1 supplement, every line labelled', () => {
    const part = block(lines, 'Với tệp bổ sung minh hoạ nhóm 1');
    expect(part.some((line) => line.includes('đạt') && line.includes('/10 tiêu chí'))).toBe(true);
    const unlabelled = part.filter(
      (line) => line.trim() !== '' && !isFrame(line) && !labelled(line),
    );
    expect(unlabelled).toEqual([]);
  });

  it('never shows a supplied value without the label, in the language of the line', () => {
    expect(
      lines.filter((line) => line.includes('do người dùng nhập') && !line.includes(LABEL)),
    ).toEqual([]);
    expect(
      lines.filter((line) => line.includes('entered by the user') && !line.includes(LABEL_EN)),
    ).toEqual([]);
  });

  it('dates a start as a start and words every code', () => {
    const task = block(lines, 'Hạn chót năm 2020', 'OCOP năm 2020');
    expect(task.some((line) => /^\s*1\.2\s.*từ \/ from 2020-06-01/u.test(line))).toBe(true);
    expect(task.some((line) => /^\s*1\.2\s+2020-06-01/u.test(line))).toBe(false);
    const codes = /\b(not-met|cannot-evaluate|planned)\b|\ball:|:forward|:recognise|reported S\d/u;
    expect(lines.filter((line) => codes.test(line))).toEqual([]);
  });

  it('never prints the label twice on a line', () => {
    expect(lines.filter((line) => line.split('minh hoạ — không phải').length > 2)).toEqual([]);
  });
}, 180_000);
