/*
 * Decodes the history tables of units.generated.ts (written by scripts/units/history-encode.ts): the GSO list
 * dates, the resolutions, the version boundaries, the versions that ended before 2025-03-01, the start boundaries of
 * the units of the 2025-03-01 list, and the links transcribed from the resolutions.
 */
import { addDays } from '../dates/date-math.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import type { UnitBoundary } from './admin-unit.js';
import {
  BOUNDARY_TABLE,
  FINAL_STARTS,
  HISTORY_DATES,
  HISTORY_LINK_TABLE,
  HISTORY_TABLE,
  RESOLUTION_TABLE,
} from './data/units.generated.js';
import { TYPE_BY_CHAR, type UnitType } from './unit-types.js';

/** A boundary with the day the change took effect. */
export interface DatedBoundary {
  /** First day of the new state. */
  readonly date: IsoDate;
  /** What the API shows. */
  readonly boundary: UnitBoundary;
}

/** A version that ended before 2025-03-01, before it becomes an AdminUnit. */
export interface HistoryRecord {
  readonly mark: 'P' | 'D' | 'C';
  readonly code: string;
  readonly type: UnitType;
  readonly name: string;
  readonly fullName: string | undefined;
  readonly parent: string;
  readonly start: DatedBoundary | undefined;
  readonly end: DatedBoundary;
}

/** A link transcribed from a resolution. */
export interface HistoryLink {
  readonly mark: 'C' | 'D';
  readonly from: string;
  readonly to: string;
  readonly partial: boolean;
  readonly date: IsoDate;
  readonly basis: LegalBasis;
}

/** The resolution number's issuer: `815/NQ-UBTVQH14` → UBTVQH14, `175/2024/QH15` → QH15. */
function resolutionBasis(line: string): { basis: LegalBasis; effective: IsoDate } {
  const [number = '', signed = '', effective = ''] = line.split('|');
  const issuer = number.slice(number.lastIndexOf(number.includes('NQ-') ? '-' : '/') + 1);
  // Dates not verified are left out rather than guessed.
  const basis: LegalBasis = Object.freeze({
    number,
    type: 'NQ',
    issuer,
    ...(signed === '' ? {} : { signed: signed as IsoDate }),
    ...(effective === '' ? {} : { effective: effective as IsoDate }),
  });
  return { basis, effective: effective as IsoDate };
}

const codeOf = (mark: string, value: number) =>
  String(value).padStart(mark === 'P' ? 2 : mark === 'D' ? 3 : 5, '0');

/** Splits "<P|D|><delta b36>" into the level mark and the delta. */
function readHead(head: string): { mark: 'P' | 'D' | 'C'; delta: number } {
  const first = head[0];
  if (first === 'P' || first === 'D')
    return { mark: first, delta: Number.parseInt(head.slice(1), 36) };
  return { mark: 'C', delta: Number.parseInt(head, 36) };
}

export interface HistoryTables {
  readonly records: readonly HistoryRecord[];
  /** Start boundary of a unit of the 2025-03-01 list, by "<mark><code>". */
  readonly finalStarts: ReadonlyMap<string, DatedBoundary>;
  readonly links: readonly HistoryLink[];
}

/**
 * Decodes the tables. `finalOf` gives the 2025-03-01 state of a code ("<mark><code>"), used where a line leaves the
 * name or parent empty (the same as the next newer version).
 */
export function decodeHistory(
  finalOf: (key: string) => { readonly name: string; readonly parent: string } | undefined,
): HistoryTables {
  const dates = HISTORY_DATES.split('|') as IsoDate[];
  const resolutions =
    RESOLUTION_TABLE === '' ? [] : RESOLUTION_TABLE.split('\n').map(resolutionBasis);
  const boundaries: DatedBoundary[] = BOUNDARY_TABLE.split('\n').map((line) => {
    // "|" resolutions dating the change; "~" the one resolution known to make an undated change.
    const dated = line.includes('|');
    const [span = '', refs = ''] = line.split(/[|~]/u);
    const listedBefore = dates[Number.parseInt(span[0] ?? '', 36)] as IsoDate;
    const listedAfter = dates[Number.parseInt(span[1] ?? '', 36)] as IsoDate;
    const cited = refs
      .split(',')
      .filter((r) => r !== '')
      .map((r) => resolutions[Number.parseInt(r, 36)] as (typeof resolutions)[number]);
    const first = cited[0];
    const boundary: UnitBoundary = Object.freeze({
      boundaryStatus: dated ? 'resolution' : 'between-lists',
      listedBefore,
      listedAfter,
      ...(cited.length > 0 ? { resolutions: Object.freeze(cited.map((c) => c.basis)) } : {}),
    });
    return Object.freeze({ date: dated && first ? first.effective : listedAfter, boundary });
  });
  const boundaryAt = (text: string) => boundaries[Number.parseInt(text, 36)] as DatedBoundary;

  const finalStarts = new Map<string, DatedBoundary>();
  const previousFinal = { P: 0, D: 0, C: 0 };
  if (FINAL_STARTS !== '') {
    for (const line of FINAL_STARTS.split('\n')) {
      const [head = '', b = ''] = line.split('|');
      const { mark, delta } = readHead(head);
      previousFinal[mark] += delta;
      finalStarts.set(`${mark}${codeOf(mark, previousFinal[mark])}`, boundaryAt(b));
    }
  }

  const records: HistoryRecord[] = [];
  const previous = { P: 0, D: 0, C: 0 };
  let newer: { key: string; name: string; parent: string } | undefined;
  for (const line of HISTORY_TABLE.split('\n')) {
    const [head = '', typeChar = '', name = '', parent = '', start = '', end = '', fullName] =
      line.split('|');
    const { mark, delta } = readHead(head);
    previous[mark] += delta;
    const code = codeOf(mark, previous[mark]);
    const key = `${mark}${code}`;
    // The next newer version: the previous line of the same code, else the code's state on 2025-03-01.
    const next = delta === 0 && newer?.key === key ? newer : finalOf(key);
    const record: HistoryRecord = {
      mark,
      code,
      type: TYPE_BY_CHAR[Number.parseInt(typeChar, 36)] as UnitType,
      name: name === '' ? (next?.name ?? '') : name,
      fullName,
      parent: parent === '' ? (next?.parent ?? '') : parent,
      start: start === '' ? undefined : boundaryAt(start),
      end: boundaryAt(end),
    };
    records.push(record);
    newer = { key, name: record.name, parent: record.parent };
  }

  const links: HistoryLink[] =
    HISTORY_LINK_TABLE === ''
      ? []
      : HISTORY_LINK_TABLE.split('\n').map((line) => {
          const [from = '', to = '', kind = '', day = '', r = '', clause = ''] = line.split('|');
          const cited = resolutions[Number.parseInt(r, 36)] as (typeof resolutions)[number];
          return {
            mark: from[0] === 'D' ? 'D' : 'C',
            from: from.slice(1),
            to,
            partial: kind === 'p',
            date: day as IsoDate,
            basis: Object.freeze({ ...cited.basis, article: clause }),
          };
        });
  return { records, finalStarts, links };
}

/** The last day of a version that ends at this boundary. */
export function dayBefore(boundary: DatedBoundary): IsoDate {
  return addDays(boundary.date, -1);
}
