#!/usr/bin/env node
// The consumer matrix, a step of `npm test` (run it alone with `node scripts/consumers/matrix.mjs`, after a build).
// Every public entry point (each key of each package.json `exports`) is consumed the ways apps consume it, from
// tarballs made by `npm pack` and installed into throw-away projects under the OS temp dir:
//   - ESM `import` and CJS `require` in Node, calling something (entries.mjs says what and checks the answer);
//   - `tsc --strict` with moduleResolution node10 (module commonjs), node16, nodenext and bundler;
//   - an app with no zod installed that uses only the logic packages: it runs and type-checks in every mode;
//   - a browser app importing only @ntm/deadlines: its esbuild bundle holds neither zod nor the units dataset
//     (metafile), and it runs in Chromium (required when CI=true, skipped elsewhere when missing);
//   - the packed `ntm` binary prints the package's version.
// Each cell is one test. Writes .test-results/consumer-matrix.json ({ passed, failed, skipped, cells }) for
// scripts/test.mjs and .test-results/consumer-matrix.md (the table of docs/quality.md). `--keep` keeps the projects.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMissing } from '../lib/chromium.mjs';
import { bundleDeadlinesApp, runInChromium } from './browser.mjs';
import { cjsFile, esmFile, fileStem, tsFile } from './consumer-files.mjs';
import { declaredEntries, entrySpecs, LOGIC, PACKAGES, packageOf } from './entries.mjs';
import { createProject, packPackages, runCommand } from './projects.mjs';
import { renderTable } from './table.mjs';
import { createChecker, MODES } from './typecheck.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, '.test-results');
const keep = process.argv.includes('--keep');

const cells = [];
let phaseStarted = Date.now();
function phase(name) {
  const now = Date.now();
  console.log(`  · ${name} (${((now - phaseStarted) / 1000).toFixed(1)}s)`);
  phaseStarted = now;
}
function record(entry, consumer, status, detail = '') {
  cells.push({ entry, consumer, status, detail });
  const mark = { pass: '✔', fail: '✘', skip: '↷' }[status];
  const note = status === 'pass' ? '' : `\n    ${detail.replaceAll('\n', '\n    ')}`;
  console.log(`  ${mark} ${entry} · ${consumer}${note}`);
}

/** Runs `tasks` (functions returning promises) two at a time: the machine has two cores. */
async function pool(tasks, width = 2) {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: width }, worker));
}

const specs = entrySpecs(ROOT);
const logicSpecs = specs.filter((s) => LOGIC.includes(packageOf(s.entry)));
const work = await mkdtemp(join(tmpdir(), 'ntm-consumers-'));
const started = Date.now();
console.log(`▶ consumer matrix in ${work}`);

try {
  const declared = declaredEntries(ROOT);
  const specified = specs.map((s) => s.entry);
  const unchecked = declared.filter((e) => !specified.includes(e));
  const stale = specified.filter((e) => !declared.includes(e));
  record(
    'every entry point',
    'has a consumer spec (scripts/consumers/entries.mjs)',
    unchecked.length + stale.length === 0 ? 'pass' : 'fail',
    `exports without a spec: ${unchecked.join(', ') || '-'}; specs without an export: ${stale.join(', ') || '-'}`,
  );

  const tarballs = await packPackages(ROOT, PACKAGES, join(work, 'tarballs'));
  const projects = [
    { name: 'app', dir: join(work, 'app'), prefix: '', specs, tarballs: Object.values(tarballs) },
    {
      name: 'app-without-zod',
      dir: join(work, 'app-without-zod'),
      prefix: 'no zod: ',
      specs: logicSpecs,
      tarballs: ['domain', ...LOGIC].map((name) => tarballs[`@ntm/${name}`]),
      withoutPeers: true,
    },
  ];
  const installed = await Promise.all(
    projects.map((p) =>
      createProject(p.dir, p.name, p.tarballs, p).then(
        () => null,
        (error) => String(error.message),
      ),
    ),
  );

  phase('packed and installed');
  for (const [i, project] of projects.entries()) {
    for (const spec of project.specs) {
      const stem = fileStem(spec.entry);
      const files = [
        [`esm/${stem}.mjs`, esmFile(spec)],
        [`cjs/${stem}.cjs`, cjsFile(spec)],
        ...(spec.json
          ? []
          : ['.ts', '.mts', '.cts'].map((ext) => [`ts/${stem}${ext}`, tsFile(spec)])),
      ];
      for (const [path, text] of files) {
        await mkdir(join(project.dir, path, '..'), { recursive: true });
        await writeFile(join(project.dir, path), text);
      }
    }
    project.installError = installed[i];
  }

  // Node: one process per file, as an app starts.
  const runs = projects.flatMap((project) =>
    project.specs.flatMap((spec) =>
      [
        ['ESM import', `esm/${fileStem(spec.entry)}.mjs`],
        ['CJS require', `cjs/${fileStem(spec.entry)}.cjs`],
      ].map(([consumer, file]) => async () => {
        const name = `${project.prefix}${consumer}`;
        if (project.installError) return record(spec.entry, name, 'fail', project.installError);
        const result = await runCommand(process.execPath, [file], project.dir);
        record(spec.entry, name, result.ok ? 'pass' : 'fail', result.output);
      }),
    ),
  );
  await pool(runs);

  phase('ran in Node');
  const [app, appWithoutZod] = projects;
  const { version } = JSON.parse(await readFile(join(ROOT, 'packages/cli/package.json'), 'utf8'));
  const bin = await runCommand(join(app.dir, 'node_modules/.bin/ntm'), ['--version'], app.dir);
  record(
    '@ntm/cli',
    'packed bin: ntm --version',
    bin.ok && bin.output === version ? 'pass' : 'fail',
    `expected ${version}, got: ${bin.output}`,
  );

  // TypeScript: one program per entry and mode.
  for (const mode of Object.keys(MODES)) {
    const check = createChecker(mode);
    for (const project of projects) {
      for (const spec of project.specs.filter((s) => !s.json)) {
        const name = `${project.prefix}tsc ${mode}`;
        if (project.installError) {
          record(spec.entry, name, 'fail', project.installError);
          continue;
        }
        const stem = fileStem(spec.entry);
        const files = MODES[mode].extensions.map((ext) => join(project.dir, 'ts', `${stem}${ext}`));
        const errors = check(files);
        record(spec.entry, name, errors === '' ? 'pass' : 'fail', errors);
      }
    }
  }

  phase('type-checked');
  // Browser: only @ntm/deadlines, from the project without zod.
  const deadlineSpecs = logicSpecs.filter((s) => packageOf(s.entry) === 'deadlines');
  let bundled = false;
  try {
    if (appWithoutZod.installError) throw new Error(appWithoutZod.installError);
    const bundle = await bundleDeadlinesApp(appWithoutZod.dir, deadlineSpecs);
    const clean =
      bundle.zod.length === 0 && bundle.dataset.length === 0 && bundle.datasetFiles.length > 0;
    record(
      '@ntm/deadlines',
      'browser bundle (esbuild): no zod, no units dataset',
      clean ? 'pass' : 'fail',
      `zod files: ${bundle.zod.join(', ') || '-'}; units-dataset files: ${bundle.dataset.join(', ') || '-'} (dataset: ${bundle.datasetFiles.join(', ') || 'not found'})`,
    );
    bundled = true;
  } catch (error) {
    record(
      '@ntm/deadlines',
      'browser bundle (esbuild): no zod, no units dataset',
      'fail',
      String(error),
    );
  }
  const missing = chromiumMissing();
  if (missing) {
    const detail = missing.required ? `${missing.message}; required when CI=true` : missing.message;
    record('@ntm/deadlines', 'runs in Chromium', missing.required ? 'fail' : 'skip', detail);
  } else if (!bundled) {
    record('@ntm/deadlines', 'runs in Chromium', 'fail', 'no bundle');
  } else {
    try {
      const { results, problems } = await runInChromium(appWithoutZod.dir);
      const wrong = deadlineSpecs.filter(
        (s) => JSON.stringify(results[s.entry]) !== JSON.stringify(s.expected),
      );
      record(
        '@ntm/deadlines',
        'runs in Chromium',
        wrong.length === 0 && problems.length === 0 ? 'pass' : 'fail',
        `${JSON.stringify(results)}\n${problems.join('\n')}`,
      );
    } catch (error) {
      record('@ntm/deadlines', 'runs in Chromium', 'fail', String(error?.stack ?? error));
    }
  }
  phase('browser');
} catch (error) {
  record('consumer matrix', 'setup', 'fail', String(error?.stack ?? error));
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
}

const count = (status) => cells.filter((c) => c.status === status).length;
const summary = { passed: count('pass'), failed: count('fail'), skipped: count('skip'), cells };
await mkdir(RESULTS, { recursive: true });
await writeFile(join(RESULTS, 'consumer-matrix.json'), `${JSON.stringify(summary, null, 2)}\n`);
const table = renderTable(cells, specs);
await writeFile(join(RESULTS, 'consumer-matrix.md'), `${table}\n`);
console.log(`\n${table}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `consumer matrix: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped (${seconds}s)${keep ? `; projects kept in ${work}` : ''}`,
);
process.exit(summary.failed > 0 ? 1 : 0);
