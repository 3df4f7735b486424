/** Reports the progress of a long batch on stderr. */
export interface Progress {
  /** Marks `count` rows done. */
  tick(count: number): void;
  /** Clears the line. */
  done(): void;
}

/** Batches smaller than this finish before anyone waits: no progress line. */
export const PROGRESS_FROM_ROWS = 5000;

/**
 * A progress line on stderr (`Đánh giá xã: 12000 dòng, 37%`) for batches of more than {@link PROGRESS_FROM_ROWS} rows,
 * redrawn at most five times a second. Silent when `enabled` is false: stderr is not a terminal (pipes, CI, tests) or
 * the user asked for `--quiet`, so output files are never polluted.
 *
 * @example
 * ```ts
 * const p = createProgress({ enabled: true, label: 'Đánh giá xã', write, fraction: () => 0.5, now: Date.now });
 * p.tick(6000);
 * p.done();
 * ```
 */
export function createProgress(options: {
  readonly enabled: boolean;
  readonly label: string;
  readonly unit: string;
  readonly write: (text: string) => void;
  readonly fraction: () => number;
  readonly now: () => number;
}): Progress {
  let shown = false;
  let last = 0;
  return {
    tick(count) {
      if (!options.enabled || count < PROGRESS_FROM_ROWS) return;
      const now = options.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const percent = Math.min(100, Math.floor(options.fraction() * 100));
      options.write(`\r${options.label}: ${count} ${options.unit}, ${percent}%\x1b[K`);
    },
    done() {
      if (shown) options.write('\r\x1b[K');
    },
  };
}
