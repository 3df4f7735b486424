/*
 * Rebuilds every dated list of data-src/units/history from the list of 2025-03-01 and the stored differences,
 * oldest first. Used by the history checks now and by the generator once the history is modelled.
 */
import { HISTORY_SNAPSHOTS } from './history-snapshots.js';
import { applyDiff, parseRows, type Snapshot } from './tsv.js';

export function historyChain(read: (path: string) => string): Snapshot[] {
  let rows = parseRows(read('lists/2025-03-01.tsv'), 'lists/2025-03-01.tsv');
  const out: Snapshot[] = [{ date: '2025-03-01', rows }];
  for (const spec of [...HISTORY_SNAPSHOTS].reverse()) {
    const file = `history/${spec.date}.tsv`;
    rows = applyDiff(rows, read(file), file);
    out.unshift({ date: spec.date, rows });
  }
  return out;
}
