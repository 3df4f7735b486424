// The province tool's model, without the DOM: which thresholds a form offers for a set (one per indicator, key and
// year), the documents it writes (a province configuration, a national supplement — the JSON `ntm criteria
// check-config` and the JSON Schemas accept), and the live check against the national floor with the engine's own
// vi/en messages. test/workbench-province.test.ts runs it as it is.
import { localizeCriteriaSet, supplementCriteriaSet } from '@ntm/criteria';
import { NTM_SOURCES } from '@ntm/criteria/sets';
import { safeParseNationalSupplement, safeParseProvinceCriteriaConfig } from '@ntm/domain';
import type {
  DomainIssue,
  NtmCriteriaSet,
  NtmCriterion,
  NtmIndicator,
  NtmThresholdCell,
} from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';

/** What the editor writes. */
export type DocumentKind = 'config' | 'supplement';

/** One value the form offers: an indicator's threshold for a key (region or group; '' = every key) and a year. */
export interface Slot {
  /** Stable id: `code|key|year`. */
  readonly id: string;
  readonly criterion: NtmCriterion;
  readonly indicator: NtmIndicator;
  /** Region code or group; '' for a value that applies to every key. */
  readonly key: string;
  /** Data year, for indicators set per year. */
  readonly year?: number;
  /** The national cell the value is checked against (absent when the set has none for this key). */
  readonly national?: NtmThresholdCell;
}

/** A threshold entry as both documents write it (`thresholds[]`). */
export interface ThresholdEntry {
  readonly indicator: string;
  readonly key?: string;
  readonly year?: number;
  readonly value: number;
  readonly replaces?: number;
  readonly source?: string;
}

/** The result of the live check: the set it builds, or every problem with its place in the document. */
export type Check =
  | { readonly ok: true; readonly set: NtmCriteriaSet }
  | { readonly ok: false; readonly issues: readonly DomainIssue[] };

const YEAR_KEY = /^(\d{4}):(.+)$/u;

/** The id of a value's slot. */
export function slotId(indicator: string, key = '', year?: number): string {
  return `${indicator}|${key}|${year ?? ''}`;
}

/**
 * The keys of a set's thresholds: its regions or groups as cells name them (`chung`, the national column, is only
 * informative and is not a key). A set without cells yet (structure only) has the keys of its kind.
 */
export function keysOf(set: NtmCriteriaSet): readonly string[] {
  const keys = new Set<string>();
  for (const c of set.criteria)
    for (const i of c.indicators)
      for (const cell of Object.keys(i.thresholds)) {
        const key = YEAR_KEY.exec(cell)?.[2] ?? cell;
        if (key !== 'chung') keys.add(key);
      }
  if (keys.size === 0 && set.thresholdKey === 'communeGroup') return ['1', '2', '3'];
  return [...keys];
}

/** The years a per-year indicator has cells for (for `key`, or any key). */
function yearsOf(indicator: NtmIndicator): number[] {
  const years = new Set<number>();
  for (const cell of Object.keys(indicator.thresholds)) {
    const m = YEAR_KEY.exec(cell);
    if (m) years.add(Number(m[1]));
  }
  return [...years].sort((a, b) => a - b);
}

/** True for an indicator with a numeric threshold (a minimum or a maximum). */
export function hasThreshold(indicator: NtmIndicator): boolean {
  return (
    indicator.direction !== undefined &&
    indicator.type !== 'boolean' &&
    indicator.type !== 'absence'
  );
}

/**
 * The values a form offers for `key`: one per numeric indicator, one per year for indicators set per year, each with
 * the national cell it is checked against. Yes/no indicators have no value to type.
 */
export function slotsOf(set: NtmCriteriaSet, key: string): readonly Slot[] {
  const out: Slot[] = [];
  for (const criterion of set.criteria)
    for (const indicator of criterion.indicators) {
      if (!hasThreshold(indicator)) continue;
      const cell = (name: string) => (key === '' ? undefined : indicator.thresholds[name]);
      if (indicator.perYear)
        for (const year of yearsOf(indicator)) {
          const national = cell(`${year}:${key}`);
          out.push({
            id: slotId(indicator.code, key, year),
            criterion,
            indicator,
            key,
            year,
            ...(national ? { national } : {}),
          });
        }
      else {
        const national = cell(key);
        out.push({
          id: slotId(indicator.code, key),
          criterion,
          indicator,
          key,
          ...(national ? { national } : {}),
        });
      }
    }
  return out;
}

/** The national value of a cell for people: `≥ 70 %`, `chưa có / missing`. */
export function nationalText(indicator: NtmIndicator, cell: NtmThresholdCell | undefined): string {
  if (cell?.value === undefined)
    return cell?.status === 'missing' || !cell ? 'chưa có / missing' : '—';
  const unit = indicator.unit === '%' ? ' %' : indicator.unit ? ` ${indicator.unit}` : '';
  return `${indicator.direction === '<=' ? '≤' : '≥'} ${cell.value}${unit}`;
}

/** Where a national value comes from: the set's decision and annex, and each source the cell cites. */
export function basisText(set: NtmCriteriaSet, cell: NtmThresholdCell | undefined): string {
  const sources = (cell?.sources ?? []).map((id) => {
    const source = (NTM_SOURCES as Readonly<Record<string, { what?: string }>>)[id];
    return source?.what ? `${id}: ${source.what}` : id;
  });
  const decision = set.annex.includes(set.basis.number)
    ? set.annex
    : `${set.basis.number}, ${set.annex}`;
  return [decision, ...sources].join('; ');
}

/** A threshold entry's slot id. */
export function entryId(entry: Pick<ThresholdEntry, 'indicator' | 'key' | 'year'>): string {
  return slotId(entry.indicator, entry.key ?? '', entry.year);
}

/**
 * The document's `thresholds`, from the values typed (by slot id) and the entries the form does not show (kept as
 * they were loaded): entries in the set's order, each with only the fields it needs.
 */
export function thresholdEntries(
  set: NtmCriteriaSet,
  values: ReadonlyMap<string, ThresholdEntry>,
): ThresholdEntry[] {
  const order = new Map(
    set.criteria.flatMap((c) => c.indicators).map((i, n) => [i.code, n] as const),
  );
  const rank = (e: ThresholdEntry) => order.get(e.indicator) ?? Number.MAX_SAFE_INTEGER;
  return [...values.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.key ?? '').localeCompare(b.key ?? '') ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}

/** The engine names its argument (`config`, `supplement`); the user reads the file, so places start inside it. */
function inDocument(issues: readonly DomainIssue[], argument: string): DomainIssue[] {
  return issues.map((i) => (i.path[0] === argument ? { ...i, path: i.path.slice(1) } : i));
}

/**
 * Checks a province configuration against its national set: the schema (`parseProvinceCriteriaConfig`), then
 * `localizeCriteriaSet`, which refuses anything looser than the national floor. Every problem comes back at once.
 */
export function checkConfig(national: NtmCriteriaSet, document: unknown): Check {
  const parsed = safeParseProvinceCriteriaConfig(document);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  return attempt(() => localizeCriteriaSet(national, parsed.data), 'config');
}

/** Checks a national supplement against its set: the schema, then `supplementCriteriaSet` and its rules. */
export function checkSupplement(national: NtmCriteriaSet, document: unknown): Check {
  const parsed = safeParseNationalSupplement(document);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  return attempt(() => supplementCriteriaSet(national, parsed.data), 'supplement');
}

function attempt(build: () => NtmCriteriaSet, argument: string): Check {
  try {
    return { ok: true, set: build() };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { ok: false, issues: inDocument(error.issues, argument) };
  }
}

/** A JSON pointer (`/thresholds/0/value`), as editors and the CLI's messages name a place in a file. */
export function pointer(path: readonly (string | number)[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}
