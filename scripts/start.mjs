#!/usr/bin/env node
// The main job (`npm start`): builds the packages and runs the seed scenarios in examples/.
// `--check` is used by the test suite: it runs the same scenarios and fails on any error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const checking = process.argv.includes('--check');
if (!checking) {
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const examples = existsSync('examples')
  ? readdirSync('examples', { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(`examples/${d.name}/package.json`),
    )
  : [];
let failed = 0;
for (const example of examples) {
  const result = spawnSync('npm', ['run', 'start', '--silent', '-w', `examples/${example.name}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
if (examples.length === 0) console.log('No example scenarios yet.');
process.exit(failed > 0 ? 1 : 0);
