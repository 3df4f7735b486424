// The `ntm` command on large communes files: time and peak memory of `ntm criteria evaluate` writing a table, Excel
// and NDJSON, against the same rows parsed and evaluated with the SDK alone in one process. Not a test: the numbers go
// into bench/README.md. Run: npm run bench:cli [-- --rows 165000 --repeat 3]
//
// SYNTHETIC DATA: the rows are the illustrative Tuần Giáo sheet with made-up ids and moved values, generated on the fly
// (packages/cli/test/support/communes-csv.ts); nothing large is committed.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  createWriteStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { communeLines, GENERATED_HEADER } from '../packages/cli/test/support/communes-csv.js';

const ROOT = resolve(import.meta.dirname, '..');
const NTM = join(ROOT, 'packages/cli/bin/ntm.js');
const USAGE = join(ROOT, 'bench/support/usage.mjs');
const BASELINE = join(ROOT, 'bench/support/parse-and-evaluate.mjs');

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 165_000);
const REPEAT = arg('repeat', 3);
const dir = mkdtempSync(join(tmpdir(), 'ntm-bench-'));

async function communesFile(rows: number): Promise<string> {
  const file = join(dir, `xa-${rows}.csv`);
  const out = createWriteStream(file);
  out.write(`${GENERATED_HEADER}\n`);
  for (const line of communeLines(rows)) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return file;
}

interface Measure {
  readonly wallS: number;
  readonly cpuS: number;
  readonly rssMb: number;
}

/** Runs a script in a fresh Node process, stdout to /dev/null; the best of REPEAT runs (least disturbed by load). */
function measure(script: string, args: readonly string[]): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < REPEAT; i += 1) {
    const usage = join(dir, 'usage.json');
    rmSync(usage, { force: true });
    const devNull = openSync('/dev/null', 'w');
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--import', USAGE, script, ...args], {
      cwd: dir,
      stdio: ['ignore', devNull, 'pipe'],
      env: { ...process.env, NTM_BENCH_USAGE: usage, NTM_LANG: '' },
      encoding: 'utf8',
    });
    const wall = (performance.now() - started) / 1000;
    closeSync(devNull);
    if (r.status !== 0)
      throw new Error(`${script} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const u = JSON.parse(readFileSync(usage, 'utf8')) as { cpuMs: number; maxRssKb: number };
    runs.push({ wallS: wall, cpuS: u.cpuMs / 1000, rssMb: u.maxRssKb / 1024 });
  }
  return {
    wallS: Math.min(...runs.map((r) => r.wallS)),
    cpuS: Math.min(...runs.map((r) => r.cpuS)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

const CASES: readonly (readonly [string, (file: string) => readonly string[]])[] = [
  ['ntm criteria evaluate (table)', (f) => ['criteria', 'evaluate', f]],
  [
    'ntm criteria evaluate --out x.xlsx',
    (f) => ['criteria', 'evaluate', f, '--out', join(dir, 'x.xlsx'), '--force'],
  ],
  [
    'ntm criteria evaluate --format json (NDJSON)',
    (f) => ['criteria', 'evaluate', f, '--format', 'json'],
  ],
];

const sizes = [Math.round(ROWS / 10), ROWS];
const results: { rows: number; name: string; m: Measure; base: Measure }[] = [];
for (const rows of sizes) {
  const file = await communesFile(rows);
  console.error(`${rows} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  const base = measure(BASELINE, [file]);
  results.push({ rows, name: 'baseline: csv-parse + evaluateCommune, one process', m: base, base });
  for (const [name, args] of CASES) results.push({ rows, name, m: measure(NTM, args(file)), base });
}
rmSync(dir, { recursive: true, force: true });

console.log(
  '| Rows | Case | Wall (s) | CPU (s) | Peak RSS (MB) | Wall ÷ baseline | CPU ÷ baseline |',
);
console.log('|---:|---|---:|---:|---:|---:|---:|');
for (const r of results)
  console.log(
    `| ${r.rows.toLocaleString('en')} | ${r.name} | ${r.m.wallS.toFixed(1)} | ${r.m.cpuS.toFixed(1)} | ${r.m.rssMb.toFixed(0)} | ${(r.m.wallS / r.base.wallS).toFixed(2)} | ${(r.m.cpuS / r.base.cpuS).toFixed(2)} |`,
  );
console.log(
  '\nTargets (on the largest size): wall ≤ 3× baseline, peak RSS ≤ 500 MB; 10× rows ≤ 12× wall time.',
);
for (const [name] of CASES) {
  const small = results.find((r) => r.rows === sizes[0] && r.name === name);
  const large = results.find((r) => r.rows === sizes[1] && r.name === name);
  if (!small || !large) continue;
  const ratio = large.m.wallS / large.base.wallS;
  const scale = large.m.wallS / small.m.wallS;
  const ok = ratio <= 3 && large.m.rssMb <= 500 && scale <= 12;
  console.log(
    `${ok ? 'PASS' : 'MISS'} ${name}: ${ratio.toFixed(2)}× baseline, ${large.m.rssMb.toFixed(0)} MB, ×10 rows → ×${scale.toFixed(1)} time`,
  );
}
