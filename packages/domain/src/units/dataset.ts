/*
 * Decodes the generated tables into frozen unit versions and lookup tables, once, at import. The tables are Maps
 * (deep-freezing 14,000 records into dictionary objects cost ~10x the import time); they are built here, never
 * exposed for writing and never changed after the module is evaluated (no caches, no mutable module state).
 */
import { deepFreeze } from '../data/deep-freeze.js';
import { addDays } from '../dates/date-math.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Bilingual } from '../errors/issue.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import { searchKey } from '../text/normalize.js';
import type { AdminUnit, TransitionKind, UnitBoundary, UnitTransition } from './admin-unit.js';
import {
  CURRENT_TABLE,
  LATER_DATE,
  LATER_TABLE,
  LEGACY_TABLE,
  TRANSITION_TABLE,
} from './data/units.generated.js';
import { dayBefore, decodeHistory, type HistoryLink } from './history-tables.js';
import { TYPE_BY_CHAR, TYPE_LABEL, type UnitLevel, type UnitType } from './unit-types.js';

/** Last day of the three-level system. */
export const LEGACY_END = '2025-06-30' as IsoDate;
/** First day of the two-level system (new provincial and commune governments operate). */
export const REFORM_START = '2025-07-01' as IsoDate;

/** Commune resolutions of the UBTVQH, all of 16/06/2025, by the new province's code (NQ 1654–1687/NQ-UBTVQH15). */
const COMMUNE_RESOLUTION: Readonly<Record<string, number>> = {
  '91': 1654,
  '96': 1655,
  '01': 1656,
  '04': 1657,
  '24': 1658,
  '48': 1659,
  '66': 1660,
  '11': 1661,
  '75': 1662,
  '82': 1663,
  '52': 1664,
  '42': 1665,
  '33': 1666,
  '56': 1667,
  '92': 1668,
  '31': 1669,
  '12': 1670,
  '68': 1671,
  '20': 1672,
  '15': 1673,
  '37': 1674,
  '46': 1675,
  '25': 1676,
  '51': 1677,
  '40': 1678,
  '22': 1679,
  '44': 1680,
  '14': 1681,
  '80': 1682,
  '19': 1683,
  '08': 1684,
  '79': 1685,
  '38': 1686,
  '86': 1687,
};

// Shared by every link that cites them, so frozen: an app that changed one would change every answer.
const PROVINCE_RESOLUTION: LegalBasis = deepFreeze({
  number: '202/2025/QH15',
  type: 'NQ',
  issuer: 'QH15',
  title: {
    vi: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
    en: 'Resolution on the arrangement of provincial-level units',
  },
  signed: '2025-06-12' as IsoDate,
});
const LATER_PROVINCE_BASIS: LegalBasis = deepFreeze({
  number: '30/2026/QH16',
  type: 'NQ',
  issuer: 'QH16',
});
const LATER_COMMUNE_BASIS: LegalBasis = deepFreeze({
  number: '237/NQ-UBTVQH16',
  type: 'NQ',
  issuer: 'UBTVQH16',
});

const REASONS: Readonly<Record<Exclude<TransitionKind, 'continued'>, Bilingual>> = deepFreeze({
  full: { vi: 'Nhập toàn bộ', en: 'Merged as a whole' },
  partial: {
    vi: 'Nhập một phần (đơn vị cũ chia cho nhiều đơn vị mới)',
    en: 'Partly merged (the old unit was split among several new units)',
  },
  reclassify: {
    vi: 'Đổi loại đơn vị, giữ mã và địa giới',
    en: 'Type changed; code and territory kept',
  },
  territory: {
    vi: 'Cấp huyện chấm dứt; đơn vị mới gồm một phần địa bàn huyện cũ',
    en: 'The district level ended; the new unit covers part of the former district',
  },
});

/** Everything the lookups need, built once. */
export interface Dataset {
  /** All unit versions, in table order. */
  readonly units: readonly AdminUnit[];
  /** Versions of each code, oldest first. */
  readonly byCode: ReadonlyMap<string, readonly AdminUnit[]>;
  /**
   * Units by searchKey of their name (without the type word). One index serves both matching stages: exact
   * (nameKey) matches are a subset of the searchKey bucket and are filtered at query time, which halves the key
   * computations at import.
   */
  readonly bySearchKey: ReadonlyMap<string, readonly AdminUnit[]>;
  /** Child versions by parent code (all periods; filter by date). */
  readonly childrenByCode: ReadonlyMap<string, readonly AdminUnit[]>;
  /** Links to newer units, by unit id (string keys: hashing frozen objects as keys is slow in V8). */
  readonly successors: ReadonlyMap<string, readonly Link[]>;
  /** Links from older units, by unit id (the same link objects as in `successors`). */
  readonly predecessors: ReadonlyMap<string, readonly Link[]>;
}

/** One old → new link, stored once and shared by both directions. */
export interface Link {
  /** The older unit. */
  readonly from: AdminUnit;
  /** The newer unit. */
  readonly to: AdminUnit;
  /** Kind of change. */
  readonly kind: TransitionKind;
  /** First day of the new arrangement. */
  readonly date: IsoDate;
  /** Resolution or decision. */
  readonly basis: LegalBasis;
  /** Whether a second dataset confirms the link. */
  readonly status: UnitTransition['status'];
  /** How the date of a change of 2017 → 2025 was established. */
  readonly boundary?: UnitBoundary;
}

/** The link seen from one side: `unit` is the other side's unit. */
export function toTransition(link: Link, unit: AdminUnit): UnitTransition {
  const { kind, date, basis, status, boundary } = link;
  const reason = kind === 'continued' ? continuedReason(link.from, link.to) : REASONS[kind];
  return Object.freeze(
    boundary
      ? { unit, kind, date, basis, status, reason, boundary }
      : { unit, kind, date, basis, status, reason },
  );
}

/** "Đổi tên Ngán Chiên → Trung Thịnh; chuyển từ mã huyện 151 sang 148", built from the two versions of a code. */
function continuedReason(from: AdminUnit, to: AdminUnit): Bilingual {
  const vi: string[] = [];
  const en: string[] = [];
  if (from.name !== to.name) {
    vi.push(`đổi tên ${from.name} → ${to.name}`);
    en.push(`renamed ${from.name} → ${to.name}`);
  }
  if (from.type !== to.type) {
    vi.push(`đổi loại ${TYPE_LABEL[from.type].vi} → ${TYPE_LABEL[to.type].vi}`);
    en.push(`type ${TYPE_LABEL[from.type].en} → ${TYPE_LABEL[to.type].en}`);
  }
  if (from.parentCode !== to.parentCode) {
    vi.push(`chuyển từ đơn vị cấp trên ${from.parentCode} sang ${to.parentCode}`);
    en.push(`moved from parent ${from.parentCode} to ${to.parentCode}`);
  }
  const same = { vi: 'giữ mã', en: 'same code' };
  return Object.freeze({
    vi: `${capitalize(vi.join('; ') || 'cách viết tên')} (${same.vi}).`,
    en: `${capitalize(en.join('; ') || 'spelling')} (${same.en}).`,
  });
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Optional fields of a unit version from the history (2017 → 2025). */
interface VersionExtras {
  readonly validFromBoundary?: UnitBoundary;
  readonly validToBoundary?: UnitBoundary;
  readonly successorsKnown?: false;
  readonly predecessorsKnown?: false;
}

function makeUnit(
  level: UnitLevel,
  code: string,
  type: UnitType,
  name: string,
  fullName: string | undefined,
  parentCode: string | undefined,
  provinceCode: string,
  validFrom: IsoDate | undefined,
  validTo: IsoDate | undefined,
  extras?: VersionExtras,
): AdminUnit {
  const id = `${level}:${code}@${validFrom ?? `-${validTo}`}`;
  const full = fullName ?? `${TYPE_LABEL[type].vi} ${name}`;
  if (extras !== undefined || (validFrom !== undefined && validTo !== undefined)) {
    // History versions: built key by key in one order, so they share few shapes.
    const unit: Record<string, unknown> = { id, code, level, type, name, fullName: full };
    if (parentCode !== undefined) unit.parentCode = parentCode;
    unit.provinceCode = provinceCode;
    if (validFrom !== undefined) unit.validFrom = validFrom;
    if (validTo !== undefined) unit.validTo = validTo;
    if (extras?.validFromBoundary) unit.validFromBoundary = extras.validFromBoundary;
    if (extras?.validToBoundary) unit.validToBoundary = extras.validToBoundary;
    if (extras?.successorsKnown === false) unit.successorsKnown = false;
    if (extras?.predecessorsKnown === false) unit.predecessorsKnown = false;
    return Object.freeze(unit) as unknown as AdminUnit;
  }
  // Literals with a fixed key order per case keep few object shapes, which keeps decoding fast.
  let unit: AdminUnit;
  if (parentCode === undefined) {
    unit =
      validFrom === undefined
        ? { id, code, level, type, name, fullName: full, provinceCode, validTo: validTo as IsoDate }
        : { id, code, level, type, name, fullName: full, provinceCode, validFrom };
  } else {
    unit =
      validFrom === undefined
        ? {
            id,
            code,
            level,
            type,
            name,
            fullName: full,
            parentCode,
            provinceCode,
            validTo: validTo as IsoDate,
          }
        : { id, code, level, type, name, fullName: full, parentCode, provinceCode, validFrom };
  }
  return Object.freeze(unit);
}

/** One line of a nested table, before it becomes a unit. */
interface Row {
  readonly mark: 'P' | 'D' | 'C';
  readonly code: string;
  readonly type: UnitType;
  readonly name: string;
  readonly fullName: string | undefined;
  readonly parent: string | undefined;
  readonly province: string;
}

const LEVEL_OF = { P: 'province', D: 'district', C: 'commune' } as const;

/** Decodes one nested table (see scripts/build-units.ts for the format). */
function decode(table: string): Row[] {
  const out: Row[] = [];
  const previous = { P: 0, D: 0, C: 0 };
  let province = '';
  let district: string | undefined;
  for (const line of table.split('\n')) {
    const [head = '', typeChar = '', name = '', fullName] = line.split('|');
    const first = head[0];
    const mark = first === 'P' ? 'P' : first === 'D' ? 'D' : 'C';
    const value = previous[mark] + Number.parseInt(mark === 'C' ? head : head.slice(1), 36);
    previous[mark] = value;
    const code = String(value).padStart(mark === 'P' ? 2 : mark === 'D' ? 3 : 5, '0');
    const type = TYPE_BY_CHAR[Number.parseInt(typeChar, 36)] as UnitType;
    let parent: string | undefined;
    if (mark === 'P') {
      province = code;
      district = undefined;
    } else if (mark === 'D') {
      district = code;
      parent = province;
    } else {
      parent = district ?? province;
    }
    out.push({ mark, code, type, name, fullName, parent, province });
  }
  return out;
}

const rowUnit = (
  row: Row,
  validFrom: IsoDate | undefined,
  validTo: IsoDate | undefined,
  extras?: VersionExtras,
) =>
  makeUnit(
    LEVEL_OF[row.mark],
    row.code,
    row.type,
    row.name,
    row.fullName,
    row.parent,
    row.province,
    validFrom,
    validTo,
    extras,
  );

/**
 * The pre-reform versions: the list of 2025-03-01 (each unit until 2025-06-30, from the day its state began) and the
 * versions that ended before, from the history tables.
 */
function legacyVersions(): { final: AdminUnit[]; older: AdminUnit[]; links: HistoryLink[] } {
  const rows = decode(LEGACY_TABLE);
  const finalByKey = new Map(rows.map((row) => [`${row.mark}${row.code}`, row]));
  const history = decodeHistory((key) => {
    const row = finalByKey.get(key);
    return row ? { name: row.name, parent: row.parent ?? '' } : undefined;
  });
  const provinceOfDistrict = new Map<string, string>();
  for (const row of rows) if (row.mark === 'D') provinceOfDistrict.set(row.code, row.province);
  for (const r of history.records) if (r.mark === 'D') provinceOfDistrict.set(r.code, r.parent);
  // Which closed codes and new codes a transcribed link accounts for ("<mark><code>@<date>").
  const linkedFrom = new Set(history.links.map((l) => `${l.mark}${l.from}@${l.date}`));
  const linkedTo = new Set(history.links.map((l) => `${l.mark}${l.to}@${l.date}`));

  // A code may name no unit for a while (a GSO list lacked it): a version whose end is not the next one's start
  // closed, and the next one began anew (keys "<mark><code>@<day>" of the starts that follow an end directly).
  const endDays = new Set(history.records.map((r) => `${r.mark}${r.code}@${r.end.date}`));
  const final = rows.map((row) => {
    const key = `${row.mark}${row.code}`;
    const start = history.finalStarts.get(key);
    if (!start) return rowUnit(row, undefined, LEGACY_END);
    const isNew = !endDays.has(`${key}@${start.date}`) && !linkedTo.has(`${key}@${start.date}`);
    return rowUnit(
      row,
      start.date,
      LEGACY_END,
      isNew
        ? { validFromBoundary: start.boundary, predecessorsKnown: false }
        : { validFromBoundary: start.boundary },
    );
  });
  const olderUnits = history.records.map((record, i) => {
    const key = `${record.mark}${record.code}`;
    // Records run newest first within a code. A version closed when no newer version of its code starts the day
    // its own ends; it began anew when no older version ends the day it starts.
    const newer = history.records[i - 1];
    const newerStart =
      newer && `${newer.mark}${newer.code}` === key
        ? newer.start?.date
        : history.finalStarts.get(key)?.date;
    const closed = newerStart !== record.end.date;
    const oldest = !(record.start && endDays.has(`${key}@${record.start.date}`));
    const extras: VersionExtras = {
      validToBoundary: record.end.boundary,
      ...(record.start ? { validFromBoundary: record.start.boundary } : {}),
      ...(closed && !linkedFrom.has(`${key}@${record.end.date}`) ? { successorsKnown: false } : {}),
      ...(oldest && record.start && !linkedTo.has(`${key}@${record.start.date}`)
        ? { predecessorsKnown: false }
        : {}),
    };
    const province =
      record.mark === 'P'
        ? record.code
        : record.mark === 'D'
          ? record.parent
          : (provinceOfDistrict.get(record.parent) ?? '');
    return makeUnit(
      LEVEL_OF[record.mark],
      record.code,
      record.type,
      record.name,
      record.fullName,
      record.mark === 'P' ? undefined : record.parent,
      province,
      record.start?.date,
      dayBefore(record.end),
      extras,
    );
  });
  return { final, older: olderUnits, links: [...history.links] };
}

function build(): Dataset {
  const { final: legacy, older, links: historyLinks } = legacyVersions();
  const current = decode(CURRENT_TABLE).map((row) => rowUnit(row, REFORM_START, undefined));
  const laterTypes = new Map(
    LATER_TABLE.split('\n').map((line) => {
      const [code = '', typeChar = ''] = line.split('|');
      return [code, TYPE_BY_CHAR[Number.parseInt(typeChar, 36)] as UnitType] as const;
    }),
  );
  const laterDate = LATER_DATE as IsoDate;
  const currentUntilLater = current.map((unit) =>
    laterTypes.has(unit.code) ? Object.freeze({ ...unit, validTo: addDays(laterDate, -1) }) : unit,
  );
  const later = current
    .filter((unit) => laterTypes.has(unit.code))
    .map((unit) => {
      const type = laterTypes.get(unit.code) as UnitType;
      return makeUnit(
        unit.level,
        unit.code,
        type,
        unit.name,
        undefined,
        unit.parentCode,
        unit.provinceCode,
        laterDate,
        undefined,
      );
    });

  const byCode = new Map<string, AdminUnit[]>();
  const bySearchKey = new Map<string, AdminUnit[]>();
  const childrenByCode = new Map<string, AdminUnit[]>();
  // Names repeat across periods and provinces: compute each key once (local to this build, discarded after).
  const keys = new Map<string, string>();
  const units = [...legacy, ...older, ...currentUntilLater, ...later];
  for (const unit of units) {
    push(byCode, unit.code, unit);
    let key = keys.get(unit.name);
    if (key === undefined) {
      key = searchKey(unit.name);
      keys.set(unit.name, key);
    }
    push(bySearchKey, key, unit);
    if (unit.parentCode !== undefined) push(childrenByCode, unit.parentCode, unit);
  }
  // Oldest version first; children in the order of the official lists (by code).
  const since = (unit: AdminUnit) => unit.validFrom ?? '';
  for (const list of byCode.values()) list.sort((a, b) => (since(a) < since(b) ? -1 : 1));
  for (const list of childrenByCode.values())
    list.sort((a, b) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : since(a) < since(b) ? -1 : 1,
    );

  const successors = new Map<string, Link[]>();
  const predecessors = new Map<string, Link[]>();
  const link: AddLink = (from, to, kind, date, basis, status, boundary) => {
    const shared: Link = Object.freeze(
      boundary
        ? { from, to, kind, date, basis, status, boundary }
        : { from, to, kind, date, basis, status },
    );
    push(successors, from.id, shared);
    push(predecessors, to.id, shared);
  };
  linkHistory(byCode, historyLinks, link);
  // Numeric keys hash fast; levels are kept apart by an offset (codes have at most 5 digits).
  const LEVEL_OFFSET = { province: 0, district: 1_000_000, commune: 2_000_000 } as const;
  const legacyByNumber = new Map<number, AdminUnit>();
  for (const unit of legacy) legacyByNumber.set(LEVEL_OFFSET[unit.level] + Number(unit.code), unit);
  const communeBasis = new Map<string, LegalBasis>();
  for (const [province, number] of Object.entries(COMMUNE_RESOLUTION)) {
    communeBasis.set(
      province,
      Object.freeze({
        number: `${number}/NQ-UBTVQH15`,
        type: 'NQ',
        issuer: 'UBTVQH15',
        signed: '2025-06-16' as IsoDate,
      }),
    );
  }
  const lines = TRANSITION_TABLE.split('\n');
  currentUntilLater.forEach((unit, index) => {
    const line = lines[index] ?? '';
    const basis =
      unit.level === 'province'
        ? PROVINCE_RESOLUTION
        : (communeBasis.get(unit.provinceCode) ?? PROVINCE_RESOLUTION);
    const base = LEVEL_OFFSET[unit.level] + Number(unit.code);
    for (const item of line.split(',')) {
      // Trailing flags: "*" partial transfer, "?" not confirmed by the second dataset.
      let end = item.length;
      let partial = false;
      let unconfirmed = false;
      for (; end > 0; end -= 1) {
        const ch = item.charCodeAt(end - 1);
        if (ch === 42) partial = true;
        else if (ch === 63) unconfirmed = true;
        else break;
      }
      const text = item.slice(0, end);
      const old =
        text.charCodeAt(0) === 35 // "#": a district code, base 36
          ? legacyByNumber.get(LEVEL_OFFSET.district + Number.parseInt(text.slice(1), 36))
          : legacyByNumber.get(base + (text === '' ? 0 : Number.parseInt(text, 36)));
      if (!old) continue;
      // Province links agree across NQ 202/2025/QH15 and three datasets; commune links count as
      // verified when a second dataset lists them too.
      link(
        old,
        unit,
        partial ? 'partial' : 'full',
        REFORM_START,
        basis,
        unconfirmed ? 'reported' : 'verified',
      );
    }
  });
  for (const unit of later) {
    const before = byCode.get(unit.code)?.find((c) => c.validFrom === REFORM_START);
    if (before) {
      const basis = unit.level === 'province' ? LATER_PROVINCE_BASIS : LATER_COMMUNE_BASIS;
      link(before, unit, 'reclassify', laterDate, basis, 'reported');
    }
  }
  return Object.freeze({
    units: Object.freeze(units),
    byCode,
    bySearchKey,
    childrenByCode,
    successors,
    predecessors,
  });
}

/** Records one old → new link in both directions. */
type AddLink = (
  from: AdminUnit,
  to: AdminUnit,
  kind: TransitionKind,
  date: IsoDate,
  basis: LegalBasis,
  status: UnitTransition['status'],
  boundary?: UnitBoundary,
) => void;

/** The code rule that keeps a code with its unit through a change (QĐ 124/2004/QĐ-TTg, Điều 1). */
const CODE_RULE: LegalBasis = Object.freeze({
  number: '124/2004/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  signed: '2004-07-08' as IsoDate,
  article: 'Điều 1',
});

/**
 * Links of the history 2017 → 2025: each version of a code to the next one (`continued`), and the merges transcribed
 * from the resolutions (from the version of `from` in force the day before to the version of `to` in force that day).
 */
function linkHistory(
  byCode: ReadonlyMap<string, readonly AdminUnit[]>,
  links: readonly HistoryLink[],
  link: AddLink,
): void {
  for (const versions of byCode.values()) {
    for (let i = 1; i < versions.length; i += 1) {
      const older = versions[i - 1] as AdminUnit;
      const newer = versions[i] as AdminUnit;
      const boundary = newer.validFromBoundary;
      // No link across a period in which the code named no unit (see legacyVersions).
      if (
        !boundary ||
        newer.level !== older.level ||
        older.validTo !== addDays(newer.validFrom as IsoDate, -1)
      )
        continue;
      const resolution = boundary.resolutions?.[0];
      link(
        older,
        newer,
        'continued',
        newer.validFrom as IsoDate,
        resolution ?? CODE_RULE,
        resolution ? 'verified' : 'reported',
        boundary,
      );
    }
  }
  const level = { C: 'commune', D: 'district' } as const;
  const versionOn = (code: string, mark: 'C' | 'D', date: IsoDate) =>
    byCode
      .get(code)
      ?.find(
        (u) =>
          u.level === level[mark] &&
          (u.validFrom === undefined || u.validFrom <= date) &&
          (u.validTo === undefined || date <= u.validTo),
      );
  for (const l of links) {
    const from = versionOn(l.from, l.mark, addDays(l.date, -1));
    const to = versionOn(l.to, l.mark, l.date);
    if (from && to && from !== to) {
      link(
        from,
        to,
        l.partial ? 'partial' : 'full',
        l.date,
        l.basis,
        'verified',
        to.validFromBoundary,
      );
    }
  }
}

/** The decoded dataset. */
export const DATASET: Dataset = build();
