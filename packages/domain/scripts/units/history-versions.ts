/*
 * Dated unit versions 2017 → 2025 from the dated lists (history-chain.ts) and the resolutions table.
 *
 * A code whose name, type or parent differs between two lists gets a new version; a code that disappears ends; a new
 * code starts. Each such boundary lies between the last list showing the old state and the first list showing the
 * new one. It is dated by a resolution when exactly one effective date is possible: a transcribed link names the
 * unit, or the resolutions whose scope covers the unit's province or district and that took effect inside that
 * window all took effect on the same day. Otherwise the boundary stays "between lists": the version changes on the
 * first list that shows it, and both list dates are kept. No day is invented.
 *
 * A version is never in force on the date of a list that lacks its code (and is not declared silent on it): a code
 * missing from a list splits its versions there. The version before ends between its last list and the first list
 * without the code; the version after starts between the last list without the code and its first list. The code
 * names no unit in between (the GSO list of 2020-02-02 gave some merged communes another code, moved in 2021).
 */
import { addDays } from '../../src/dates/date-math.js';
import { nameKey, normalizeVietnamese } from '../../src/text/normalize.js';
import { HISTORY_SNAPSHOTS } from './history-snapshots.js';
import type { Resolution, ResolutionLink } from './resolutions.js';
import type { Row, Snapshot } from './tsv.js';

/** How a version boundary is dated. */
export interface Boundary {
  /** Last list date showing the old state (or the absence of a new code). */
  readonly after: string;
  /** First list date showing the new state. */
  readonly by: string;
  /** The day the change took effect: a resolution's effective date, or `by` when between lists. */
  readonly date: string;
  /** True when `date` is a resolution's effective date; false when the change is only known to lie between lists. */
  readonly dated: boolean;
  /**
   * The resolutions that made the change: those dating it, or (between lists) the one resolution known to cover it
   * whose effective date is not verified — the change then lies on or after its signing day.
   */
  readonly resolutions: readonly string[];
}

/** One version of a code, as the lists show it. */
export interface VersionSpec {
  readonly level: Row['level'];
  readonly code: string;
  readonly type: string;
  /** The newest spelling of the name shown while this version is in force. */
  readonly name: string;
  readonly fullName: string;
  readonly parent: string;
  /** How it started; absent when it is in the first list (or every earlier list is silent on it). */
  readonly start?: Boundary;
  /** How it ended; absent when it is in the last list (in force until the 2025 reform). */
  readonly end?: Boundary;
}

export interface HistoryResult {
  /** All versions, by level and code, oldest first within a code. */
  readonly versions: readonly VersionSpec[];
  /** Codes missing from a list between two lists that show them: the code names no unit on that list's date. */
  readonly gaps: readonly string[];
  /** Codes shown by one list alone, between two lists that lack them (read as an error of that list). */
  readonly lone: readonly string[];
  /** The transcribed links, each with the day its `from` unit closed. */
  readonly links: readonly PlacedLink[];
  /**
   * Codes the GSO list moved ("<level><old code>><new code>@<last list with the old code>"): a version closes and,
   * between the same two lists, a code that lists had lacked comes back with the same name, type and parent. No
   * source names the change, so no link is made (data-src/units/README.md lists them).
   */
  readonly moved: readonly string[];
}

/** A transcribed link and the day it took effect (the closing day of its `from` unit). */
export interface PlacedLink extends ResolutionLink {
  readonly date: string;
}

const TYPE_WORDS: Record<string, string> = {
  tinh: 'tỉnh',
  thanh_pho_tw: 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  thi_xa: 'thị xã',
  thanh_pho_thuoc_tinh: 'thành phố',
  thanh_pho_thuoc_tp_tw: 'thành phố',
  xa: 'xã',
  phuong: 'phường',
  thi_tran: 'thị trấn',
};

/**
 * Spellings of one name across releases of the GSO list: spacing, tone-mark placement, case, "Phường 02" /
 * "Phường 2", and a type word written into the name ("Phường Đúc" for Đúc) count as the same name.
 */
export function spellingKey(name: string, type: string): string {
  const key = nameKey(name).replace(/\b0+(\d)/gu, '$1');
  const word = TYPE_WORDS[type];
  return word && key.startsWith(`${word} `) ? key.slice(word.length + 1) : key;
}

const stateKey = (r: Row) => `${spellingKey(r.name, r.type)}|${r.type}|${r.parent}`;

export function buildHistory(
  chain: readonly Snapshot[],
  resolutions: readonly Resolution[],
  links: readonly ResolutionLink[],
): HistoryResult {
  const dates = chain.map((s) => s.date);
  const specs = chain.map((s) => HISTORY_SNAPSHOTS.find((h) => h.date === s.date));
  const byKey = new Map<string, (Row | undefined)[]>();
  chain.forEach((snapshot, i) => {
    for (const row of snapshot.rows) {
      const key = `${row.level}${row.code}`;
      let states = byKey.get(key);
      if (!states) {
        states = new Array(chain.length).fill(undefined);
        byKey.set(key, states);
      }
      states[i] = row;
    }
  });
  // A code shown by one list alone, between two lists that both lack it, is an error of that list (codes are never
  // reissued, QĐ 124/2004/QĐ-TTg): thanglequoc v2.3.0 shows 13 closed or misassigned codes that v2.2.0 and v2.4.1
  // do not have. That state is not read.
  const lone: string[] = [];
  const silent = (i: number, row: Pick<Row, 'level' | 'code' | 'parent'>) => {
    const list = specs[i]?.silentOn ?? [];
    return (
      list.includes(`${row.level}${row.code}`) ||
      (row.level === 'C' && list.includes(`C@${row.parent}`))
    );
  };
  const lacks = (states: (Row | undefined)[], i: number, row: Row) => !states[i] && !silent(i, row);
  for (const [key, states] of byKey) {
    for (let i = 1; i < chain.length - 1; i += 1) {
      const row = states[i];
      if (row && lacks(states, i - 1, row) && lacks(states, i + 1, row)) {
        lone.push(`${key}@${dates[i]}`);
        states[i] = undefined;
      }
    }
    if (states.every((s) => s === undefined)) byKey.delete(key);
  }
  // Province of each district (districts did not change province in 2017–2025).
  const provinceOfDistrict = new Map<string, string>();
  for (const snapshot of chain)
    for (const r of snapshot.rows) if (r.level === 'D') provinceOfDistrict.set(r.code, r.parent);

  const linksFrom = new Map<string, ResolutionLink[]>();
  const linksTo = new Map<string, ResolutionLink[]>();
  for (const link of links) {
    linksFrom.set(`${link.level}${link.from}`, [
      ...(linksFrom.get(`${link.level}${link.from}`) ?? []),
      link,
    ]);
    linksTo.set(`${link.level}${link.to}`, [
      ...(linksTo.get(`${link.level}${link.to}`) ?? []),
      link,
    ]);
  }
  const resolutionByNumber = new Map(resolutions.map((r) => [r.number, r]));

  const versions: VersionSpec[] = [];
  const gaps: string[] = [];
  /** Each transcribed link placed so far, with the day it took effect, in the order they are placed. */
  const placed = new Map<ResolutionLink, string>();
  const keys = [...byKey.keys()].sort((a, b) => levelOrder(a) - levelOrder(b) || (a < b ? -1 : 1));
  for (const key of keys) {
    const states = byKey.get(key) as (Row | undefined)[];
    const present = states.flatMap((s, i) => (s ? [i] : []));
    const first = present[0] as number;
    const last = present[present.length - 1] as number;
    const firstRow = states[first] as Row;
    // Segments of equal state over the lists that show the code; a list lacking the code ends a segment.
    const segments: { from: number; to: number; rows: Row[] }[] = [];
    let lacking = false;
    for (let i = first; i <= last; i += 1) {
      const row = states[i];
      if (!row) {
        if (!silent(i, firstRow)) {
          gaps.push(`${key}@${dates[i]}`);
          lacking = true;
        }
        continue;
      }
      const current = segments[segments.length - 1];
      if (
        current &&
        !lacking &&
        stateKey(current.rows[current.rows.length - 1] as Row) === stateKey(row)
      ) {
        current.to = i;
        current.rows.push(row);
      } else segments.push({ from: i, to: i, rows: [row] });
      lacking = false;
    }
    // The window of a change: the last list before `index` that shows the code (or is not silent on it).
    const previousList = (index: number) => {
      for (let i = index - 1; i >= 0; i -= 1) if (states[i] || !silent(i, firstRow)) return i;
      return undefined;
    };
    const nextList = (index: number) => {
      for (let i = index + 1; i < chain.length; i += 1)
        if (states[i] || !silent(i, firstRow)) return i;
      return undefined;
    };
    let previousDate = '';
    const boundary = (
      afterIndex: number,
      byIndex: number,
      linked: readonly ResolutionLink[],
    ): Boundary => {
      const after = dates[afterIndex] as string;
      const by = dates[byIndex] as string;
      // A resolution named by a transcribed link may date a change that a lagging list does not show yet.
      const lagFrom = specs[afterIndex]?.mayLagFrom;
      const earliest = lagFrom !== undefined && lagFrom <= after ? addDays(lagFrom, -1) : after;
      // A resolution whose effective date is not verified took effect on or after its signing day.
      const day = (r: Resolution) => (r.effective === '' ? r.signed : r.effective);
      const named = linked
        .map((l) => resolutionByNumber.get(l.resolution) as Resolution)
        .filter((r) => day(r) > earliest && day(r) <= by);
      const rows = segments.flatMap((s) => s.rows);
      const scopes = new Set([
        key.slice(1),
        ...rows.flatMap((r) => scopeCodes(r, provinceOfDistrict)),
      ]);
      const candidates =
        named.length > 0
          ? named
          : resolutions.filter(
              (r) => day(r) > after && day(r) <= by && r.scope.some((c) => scopes.has(c)),
            );
      const numbers = [...new Set(candidates.map((r) => r.number))].sort();
      const days = new Set(candidates.map((r) => r.effective));
      const effective = days.size === 1 ? ([...days][0] as string) : '';
      const result: Boundary =
        effective !== '' && effective > previousDate
          ? { after, by, date: effective, dated: true, resolutions: numbers }
          : {
              after,
              by,
              date: by,
              dated: false,
              // One resolution known to make the change, its effective date not verified: cite it.
              resolutions: numbers.length === 1 && effective === '' ? numbers : [],
            };
      previousDate = result.date;
      return result;
    };
    const startList = previousList(first);
    const codeLinksTo = linksTo.get(key) ?? [];
    let start =
      startList === undefined
        ? undefined
        : boundary(
            startList,
            first,
            codeLinksTo.filter((l) => l.from !== l.to),
          );
    if (start) previousDate = start.date;
    const closing = linksFrom.get(key) ?? [];
    segments.forEach((segment, s) => {
      const next = segments[s + 1];
      // The first list after this segment: the next state, or a list that lacks the code (the code closes there).
      const after = nextList(segment.to);
      let end: Boundary | undefined;
      let nextStart: Boundary | undefined;
      if (next && after === next.from) {
        end = boundary(segment.to, next.from, codeLinksTo);
        nextStart = end;
      } else if (after !== undefined) {
        end = boundary(segment.to, after, closing);
        const cited = end.resolutions;
        for (const link of closing)
          if (cited.includes(link.resolution) && !placed.has(link)) placed.set(link, end.date);
        // The code comes back after lists that lack it: it starts after the last of them.
        if (next)
          nextStart = boundary(
            previousList(next.from) as number,
            next.from,
            codeLinksTo.filter((l) => l.from !== l.to),
          );
      }
      const newest = segment.rows[segment.rows.length - 1] as Row;
      versions.push({
        level: newest.level,
        code: newest.code,
        type: newest.type,
        name: normalizeVietnamese(newest.name),
        fullName: normalizeVietnamese(newest.fullName),
        parent: newest.parent,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
      });
      start = nextStart;
    });
  }
  const unplaced = links.filter((l) => !placed.has(l));
  if (unplaced.length > 0)
    throw new Error(
      `links whose resolution does not date the closing of their unit: ${unplaced.map((l) => `${l.resolution} ${l.from}`).join(', ')}`,
    );
  return {
    versions,
    gaps,
    lone,
    links: [...placed].map(([link, date]) => ({ ...link, date })),
    moved: movedCodes(versions, gaps),
  };
}

/** The code moves of `HistoryResult.moved`: a closing version and a code coming back after a gap, same window. */
function movedCodes(versions: readonly VersionSpec[], gaps: readonly string[]): string[] {
  const lacked = new Set(gaps.map((g) => g.split('@')[0]));
  const unit = (v: VersionSpec) =>
    `${v.level}|${v.parent}|${v.type}|${spellingKey(v.name, v.type)}`;
  const window = (b: Boundary) => `${b.after}|${b.by}`;
  const returning = new Map<string, VersionSpec>();
  for (const v of versions)
    if (
      v.start &&
      lacked.has(`${v.level}${v.code}`) &&
      gaps.includes(`${v.level}${v.code}@${v.start.after}`)
    )
      returning.set(`${unit(v)}|${window(v.start)}`, v);
  return versions.flatMap((v) => {
    const next = v.end && returning.get(`${unit(v)}|${window(v.end)}`);
    return next && next.code !== v.code ? [`${v.level}${v.code}>${next.code}@${v.end?.after}`] : [];
  });
}

function levelOrder(key: string): number {
  return key[0] === 'P' ? 0 : key[0] === 'D' ? 1 : 2;
}

/** The codes a resolution's scope may name for a change of this row: its province and its district. */
function scopeCodes(row: Row, provinceOfDistrict: ReadonlyMap<string, string>): string[] {
  if (row.level === 'P') return [row.code];
  if (row.level === 'D') return [row.code, row.parent];
  return [row.parent, provinceOfDistrict.get(row.parent) ?? ''];
}
