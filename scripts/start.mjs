#!/usr/bin/env node
// The main job (`npm start`): builds the packages and runs the seed scenarios in examples/.
// `--check` is used by the test suite: it runs the same scenarios and fails on any error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const checking = process.argv.includes('--check');
if (!checking) {
  console.log('ntm-sdk: building the packages… / đang build các gói…');
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    console.error('Build failed / build lỗi: run `npx turbo run build` to see why.');
    process.exit(build.status ?? 1);
  }
}
// The seed report first, then the CLI tour, then the other ways to consume the packages.
const ORDER = ['node-esm', 'cli-tour', 'node-cjs', 'browser'];
const found = existsSync('examples')
  ? readdirSync('examples', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`examples/${d.name}/package.json`))
      .map((d) => d.name)
  : [];
const examples = [
  ...ORDER.filter((name) => found.includes(name)),
  ...found.filter((name) => !ORDER.includes(name)).sort(),
];
const failures = [];
for (const example of examples) {
  const result = spawnSync('npm', ['run', 'start', '--silent', '-w', `examples/${example}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failures.push(example);
}
if (examples.length === 0) console.log('No example scenarios yet.');
if (failures.length > 0) console.error(`\nFailed examples: ${failures.join(', ')}`);
else if (examples.length > 0)
  console.log(`\n✔ ${examples.length} examples ran: ${examples.join(', ')}`);
process.exit(failures.length > 0 ? 1 : 0);
