// Runs the `ntm` command (the built @ntm/cli) on the seed data, as an office would type it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bin = require.resolve('@ntm/cli/package.json').replace(/package\.json$/, 'dist/bin.js');

const steps = [
  ['units', 'find', 'xã Quài Nưa', '--date', '26/07/2022'],
  ['deadlines', 'parse', 'gửi về UBND huyện trước ngày 05/08/2022', '--issued', '26/07/2022'],
  ['ocop', 'find', 'chè shan tuyết'],
];

console.log('\n3. Dòng lệnh ntm / The ntm command line');
console.log('═══════════════════════════════════════');
let failed = 0;
for (const args of steps) {
  console.log(`\n$ ntm ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
