// Test helper: a process flag as the engine reports it, written once for every expectation that lists flags.
import type { OcopProcessFlag } from '../src/process/types.js';

/** The flag `code` with its message in Vietnamese and English. */
export const flag = (code: string, vi: string, en: string): OcopProcessFlag => ({
  code,
  message: { vi, en },
});
