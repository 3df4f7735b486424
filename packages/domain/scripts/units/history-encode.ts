/*
 * Writes the dated versions of history-versions.ts as the compact tables of units.generated.ts (decoded by
 * src/units/history-tables.ts). Only what the list of 2025-03-01 (LEGACY_TABLE) does not already say is written.
 */
import type { Boundary, HistoryResult, VersionSpec } from './history-versions.js';
import type { Resolution } from './resolutions.js';

export interface HistoryTables {
  /** List dates, oldest first, joined by "|". */
  readonly dates: string;
  /** One resolution a line: "number|signed|effective". */
  readonly resolutions: string;
  /**
   * One boundary a line: "<after list><by list>" (base 36), then "|<indices>" for the resolutions dating it, or
   * "~<index>" for the one resolution known to make an undated change.
   */
  readonly boundaries: string;
  /**
   * Versions not in force on 2025-03-01, one a line, by level and code, newest first within a code:
   * "<P|D|><code delta b36>|<type char>|<name>|<parent>|<start>|<end>[|<full name>]". An empty name or parent is the
   * one of the next newer version of the same code; start/end are boundary indices (base 36), start empty = none.
   */
  readonly versions: string;
  /**
   * Start boundaries of the versions in force on 2025-03-01 that began after the first list: "<P|D|><code delta
   * b36>|<boundary>", by level and code.
   */
  readonly finalStarts: string;
  /** Transcribed links: "<C|D><from>|<to>|<f|p>|<day>|<resolution index>|<clause>" (day: when `from` closed). */
  readonly links: string;
  readonly counts: { versions: number; finalStarts: number; boundaries: number; links: number };
}

export function encodeHistory(
  history: HistoryResult,
  resolutions: readonly Resolution[],
  dates: readonly string[],
  typeChar: Readonly<Record<string, string>>,
  typeWord: Readonly<Record<string, string>>,
): HistoryTables {
  const resolutionIndex = new Map(resolutions.map((r, i) => [r.number, i]));
  const boundaryIndex = new Map<string, number>();
  const boundaryLines: string[] = [];
  const boundaryId = (b: Boundary): string => {
    const after = dates.indexOf(b.after);
    const by = dates.indexOf(b.by);
    if (after < 0 || by < 0) throw new Error(`boundary dates not in the lists: ${b.after} ${b.by}`);
    const refs = b.resolutions
      .map((n) => (resolutionIndex.get(n) as number).toString(36))
      .join(',');
    const text = `${after.toString(36)}${by.toString(36)}${refs === '' ? '' : `${b.dated ? '|' : '~'}${refs}`}`;
    let index = boundaryIndex.get(text);
    if (index === undefined) {
      index = boundaryLines.length;
      boundaryIndex.set(text, index);
      boundaryLines.push(text);
    }
    return index.toString(36);
  };

  const byCode = new Map<string, VersionSpec[]>();
  for (const v of history.versions) {
    const key = `${v.level}${v.code}`;
    byCode.set(key, [...(byCode.get(key) ?? []), v]);
  }
  const versionLines: string[] = [];
  const finalLines: string[] = [];
  const previous: Record<string, number> = { P: 0, D: 0, C: 0 };
  const previousFinal: Record<string, number> = { P: 0, D: 0, C: 0 };
  for (const [key, list] of byCode) {
    const level = key[0] as 'P' | 'D' | 'C';
    const mark = level === 'C' ? '' : level;
    const final = list[list.length - 1] as VersionSpec;
    const older = final.end ? list : list.slice(0, -1);
    if (!final.end && final.start) {
      const delta = Number(final.code) - (previousFinal[level] as number);
      previousFinal[level] = Number(final.code);
      finalLines.push(`${mark}${delta.toString(36)}|${boundaryId(final.start)}`);
    }
    let newer: VersionSpec | undefined = final.end ? undefined : final;
    for (const v of [...older].reverse()) {
      const delta = Number(v.code) - (previous[level] as number);
      previous[level] = Number(v.code);
      const name = newer && newer.name === v.name ? '' : v.name;
      const parent = newer && newer.parent === v.parent ? '' : v.parent;
      const start = v.start ? boundaryId(v.start) : '';
      const end = boundaryId(v.end as Boundary);
      const derived = `${typeWord[v.type]} ${v.name}`;
      if (/[|\n]/u.test(v.name) || /[|\n]/u.test(v.fullName))
        throw new Error(`separator in ${v.fullName}`);
      const char = typeChar[v.type];
      if (char === undefined) throw new Error(`no type char for ${v.type}`);
      versionLines.push(
        `${mark}${delta.toString(36)}|${char}|${name}|${parent}|${start}|${end}${derived === v.fullName ? '' : `|${v.fullName}`}`,
      );
      newer = v;
    }
  }
  const linkLines = history.links.map(
    (l) =>
      `${l.level}${l.from}|${l.to}|${l.kind === 'full' ? 'f' : 'p'}|${l.date}|${(resolutionIndex.get(l.resolution) as number).toString(36)}|${l.clause}`,
  );
  return {
    dates: dates.join('|'),
    resolutions: resolutions.map((r) => `${r.number}|${r.signed}|${r.effective}`).join('\n'),
    boundaries: boundaryLines.join('\n'),
    versions: versionLines.join('\n'),
    finalStarts: finalLines.join('\n'),
    links: linkLines.join('\n'),
    counts: {
      versions: versionLines.length,
      finalStarts: finalLines.length,
      boundaries: boundaryLines.length,
      links: linkLines.length,
    },
  };
}
