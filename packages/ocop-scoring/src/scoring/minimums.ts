import type { OcopMinimum, OcopStarLevel } from '@ntm/domain/core';
import { isPoints, malformed } from './rubric-guard.js';
import type { OcopMarkerCheck, OcopTraceEntry } from './score-result.js';

/** A failed per-star minimum, with the criterion it is marked on. */
export type FailedMinimum = OcopMarkerCheck & { readonly criterion: string };

/** A trace entry while scoring: minima listed out of sheet order are attached after the walk. */
export type ScoredEntry = OcopTraceEntry & { markers: readonly OcopMarkerCheck[] };

// Shared by every entry without markers (most of them), so scoring allocates no empty arrays.
export const NO_MARKERS: readonly OcopMarkerCheck[] = Object.freeze([]);

/**
 * Where the walk over the sheet stands in its list of per-star minima. Sheets list their minima in sheet order, so
 * the minima of a criterion are the ones at the cursor when the walk reaches it: one pass finds them all.
 */
export interface MinimumCursor {
  readonly minimums: readonly OcopMinimum[];
  /** Index of the next minimum not yet attached. */
  next: number;
  /** That minimum, kept at hand so criteria without minima cost no read from the frozen list. */
  at: OcopMinimum | undefined;
}

/** A cursor at the start of a sheet's minima. */
export function minimumCursor(minimums: readonly OcopMinimum[]): MinimumCursor {
  return { minimums, next: 0, at: minimums[0] };
}

/** The checks of the minima at the cursor that are marked on `criterion`, moving the cursor past them. */
export function takeMarkers(
  cursor: MinimumCursor,
  criterion: string,
  points: number,
): readonly OcopMarkerCheck[] {
  let markers: OcopMarkerCheck[] | undefined;
  while (cursor.at !== undefined && cursor.at.criterion === criterion) {
    const check = markerCheck(cursor.at, points);
    if (markers) markers.push(check);
    else markers = [check];
    cursor.at = cursor.minimums[++cursor.next];
  }
  return markers ?? NO_MARKERS;
}

/**
 * Attaches the minima the walk did not meet in order (a sheet that lists them in another order) to their criteria.
 * A minimum on a criterion the sheet does not have makes the sheet invalid.
 */
export function attachRemaining(cursor: MinimumCursor, trace: readonly ScoredEntry[]): void {
  const { minimums } = cursor;
  for (let index = cursor.next; index < minimums.length; index++) {
    const m = minimums[index];
    const entry = m && trace.find((t) => t.criterion === m.criterion);
    if (!m || !entry) malformed();
    entry.markers = [...entry.markers, markerCheck(m, entry.points)];
  }
}

/** The minima not met at star levels up to `band`, in sheet order. */
export function failedMinimums(
  trace: readonly OcopTraceEntry[],
  band: OcopStarLevel,
): FailedMinimum[] {
  const failed: FailedMinimum[] = [];
  // Index loops and an object literal: iterating two kinds of array with for…of and copying with a spread cost more
  // than scoring every criterion.
  for (let i = 0; i < trace.length; i++) {
    const entry = trace[i] as OcopTraceEntry;
    const markers = entry.markers;
    if (markers === NO_MARKERS) continue;
    for (let j = 0; j < markers.length; j++) {
      const { stars, minPoints, points, met } = markers[j] as OcopMarkerCheck;
      if (!met && stars <= band)
        failed.push({ stars, minPoints, points, met, criterion: entry.criterion });
    }
  }
  return failed;
}

function markerCheck(m: OcopMinimum, points: number): OcopMarkerCheck {
  if ((m.stars !== 3 && m.stars !== 4 && m.stars !== 5) || !isPoints(m.points)) malformed();
  return { stars: m.stars, minPoints: m.points, points, met: points >= m.points };
}
