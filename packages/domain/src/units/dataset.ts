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
import type { AdminUnit, TransitionKind, UnitTransition } from './admin-unit.js';
import {
  CURRENT_TABLE,
  LATER_DATE,
  LATER_TABLE,
  LEGACY_TABLE,
  TRANSITION_TABLE,
} from './data/units.generated.js';
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

const REASONS: Readonly<Record<TransitionKind, Bilingual>> = deepFreeze({
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
}

/** The link seen from one side: `unit` is the other side's unit. */
export function toTransition(link: Link, unit: AdminUnit): UnitTransition {
  const { kind, date, basis, status } = link;
  return Object.freeze({ unit, kind, date, basis, status, reason: REASONS[kind] });
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
): AdminUnit {
  const id = `${level}:${code}@${validFrom ?? `-${validTo}`}`;
  const full = fullName ?? `${TYPE_LABEL[type].vi} ${name}`;
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

/** Decodes one nested table (see scripts/build-units.ts for the format). */
function decode(
  table: string,
  validFrom: IsoDate | undefined,
  validTo: IsoDate | undefined,
): AdminUnit[] {
  const out: AdminUnit[] = [];
  const previous = { P: 0, D: 0, C: 0 };
  let province = '';
  let district: string | undefined;
  for (const line of table.split('\n')) {
    const [head = '', typeChar = '', name = '', fullName] = line.split('|');
    const mark = head[0];
    const level: UnitLevel = mark === 'P' ? 'province' : mark === 'D' ? 'district' : 'commune';
    const slot = mark === 'P' ? 'P' : mark === 'D' ? 'D' : 'C';
    const value = previous[slot] + Number.parseInt(slot === 'C' ? head : head.slice(1), 36);
    previous[slot] = value;
    const code = String(value).padStart(slot === 'P' ? 2 : slot === 'D' ? 3 : 5, '0');
    const type = TYPE_BY_CHAR[Number.parseInt(typeChar, 36)] as UnitType;
    let parent: string | undefined;
    if (level === 'province') {
      province = code;
      district = undefined;
    } else if (level === 'district') {
      district = code;
      parent = province;
    } else {
      parent = district ?? province;
    }
    out.push(makeUnit(level, code, type, name, fullName, parent, province, validFrom, validTo));
  }
  return out;
}

function build(): Dataset {
  const legacy = decode(LEGACY_TABLE, undefined, LEGACY_END);
  const laterTypes = new Map(
    LATER_TABLE.split('\n').map((line) => {
      const [code = '', typeChar = ''] = line.split('|');
      return [code, TYPE_BY_CHAR[Number.parseInt(typeChar, 36)] as UnitType] as const;
    }),
  );
  const laterDate = LATER_DATE as IsoDate;
  const current = decode(CURRENT_TABLE, REFORM_START, undefined).map((unit) =>
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
  const units = [...legacy, ...current, ...later];
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

  const successors = new Map<string, Link[]>();
  const predecessors = new Map<string, Link[]>();
  const link = (
    from: AdminUnit,
    to: AdminUnit,
    kind: TransitionKind,
    date: IsoDate,
    basis: LegalBasis,
    status: UnitTransition['status'],
  ) => {
    const shared: Link = Object.freeze({ from, to, kind, date, basis, status });
    push(successors, from.id, shared);
    push(predecessors, to.id, shared);
  };
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
  current.forEach((unit, index) => {
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

/** The decoded dataset. */
export const DATASET: Dataset = build();
