// Preloaded into each measured process (node --import): on exit, writes its CPU time and peak resident memory to the
// file named by NTM_BENCH_USAGE, so the benchmark measures every case in a fresh process without external tools.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/cli-large-files.ts for its own child processes.
  const file = process.env.NTM_BENCH_USAGE;
  if (!file) return;
  const cpu = process.cpuUsage();
  writeFileSync(
    file,
    JSON.stringify({
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
});
