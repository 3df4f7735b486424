/** Reports progress of a batch on stderr. */
export interface Progress {
  /** Marks one more item done. */
  tick(): void;
  /** Clears the bar. */
  done(): void;
}

/**
 * A progress bar on stderr for batches that take longer than a second. It stays silent for fast batches and when
 * stderr is not a terminal (pipes, CI, tests), so output files are never polluted.
 *
 * @example
 * ```ts
 * const p = createProgress(rows.length, 'Đánh giá xã');
 * for (const r of rows) { evaluate(r); p.tick(); }
 * p.done();
 * ```
 */
export function createProgress(total: number, label: string): Progress {
  const started = Date.now();
  const tty = process.stderr.isTTY === true && process.env.NTM_NO_PROGRESS === undefined;
  let count = 0;
  let shown = false;
  let lastDraw = 0;
  return {
    tick() {
      count += 1;
      const now = Date.now();
      if (!tty || now - started < 1000 || now - lastDraw < 100) return;
      lastDraw = now;
      shown = true;
      const width = 30;
      const filled = Math.round((count / Math.max(total, 1)) * width);
      process.stderr.write(
        `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}/${total}`,
      );
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
