// The working-day answers never depend on the host's time zone. Its own file because it runs in a child process
// (test/fixtures/time-zone-probe.ts says why), where no mutant is ever active: mutation testing leaves it out.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

test('the result never depends on the host time zone (pure integer arithmetic)', () => {
  // Tết 2026: Friday 13/02 is the last working day before the break; the next is Monday 23/02. A Date-based slip
  // would shift a day in one of these zones.
  const probe = fileURLToPath(new URL('../../test/fixtures/time-zone-probe.ts', import.meta.url));
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@ntm/source', probe],
    { encoding: 'utf8' },
  );
  const rows: { zone: string; offset: number; answers: string }[] = JSON.parse(output);
  // The zones really differed: UTC, UTC+7, UTC−8 (no daylight saving in February), UTC+14.
  expect(rows.map((row) => row.offset)).toEqual([0, -420, 480, -840]);
  for (const row of rows) expect(row.answers, row.zone).toBe('2026-02-23 2026-02-13 1 true');
});
