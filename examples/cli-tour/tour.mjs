// Runs the `ntm` command (the built @ntm/cli) on the seed data, as an office would type it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bin = require.resolve('@ntm/cli/package.json').replace(/package\.json$/, 'bin/ntm.js');

// Each step with the exit code it must give (1 = findings, such as an overdue task).
const steps = [
  [0, ['units', 'find', 'xã Quài Nưa', '--date', '26/07/2022']],
  [0, ['units', 'find', 'xã Quài Nưa']],
  [0, ['deadlines', 'parse', 'gửi về UBND huyện trước ngày 05/08/2022', '--issued', '26/07/2022']],
  [1, ['directive', 'status', '../directives/tuan-giao-2022.json', '--as-of', '15/08/2022']],
  [0, ['ocop', 'find', 'chè shan tuyết']],
  [
    0,
    [
      'criteria',
      'summary',
      'data/xa-tuan-giao-minh-hoa.csv',
      '--province-config',
      '../province-config/dien-bien.json',
    ],
  ],
];

console.log('\n4. Dòng lệnh ntm / The ntm command line');
console.log('═══════════════════════════════════════');
let failed = 0;
for (const [expected, args] of steps) {
  console.log(`\n$ ntm ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  if (r.status !== expected) {
    console.error(`(exit code ${r.status}, expected ${expected})`);
    failed += 1;
  } else if (expected !== 0)
    console.log(`(mã thoát / exit code ${r.status}: có phát hiện / findings)`);
}
process.exit(failed > 0 ? 1 : 0);
