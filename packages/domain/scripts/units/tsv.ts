/*
 * The row format of data-src/units (tab-separated) and the difference between two snapshots of the unit lists.
 * Shared by the extractor (which writes it) and the generator (which reads it).
 */

/** One unit in a list: level mark (P province, D district, C commune), code, type, name, full name, parent code. */
export interface Row {
  readonly level: 'P' | 'D' | 'C';
  readonly code: string;
  readonly type: string;
  readonly name: string;
  readonly fullName: string;
  readonly parent: string;
}

/** A list as published on a date. */
export interface Snapshot {
  readonly date: string;
  readonly rows: readonly Row[];
}

const COLUMNS = 6;

function check(value: string): string {
  if (/[\t\n]/u.test(value)) throw new Error(`tab or newline in ${JSON.stringify(value)}`);
  return value;
}

export function rowToTsv(r: Row): string {
  return [r.level, r.code, r.type, r.name, r.fullName, r.parent].map(check).join('\t');
}

export function rowsToTsv(rows: readonly Row[]): string {
  return `${rows.map(rowToTsv).join('\n')}\n`;
}

export function rowFromFields(fields: readonly string[], where: string): Row {
  if (fields.length !== COLUMNS)
    throw new Error(`${where}: ${fields.length} columns, expected ${COLUMNS}`);
  const [level, code, type, name, fullName, parent] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (level !== 'P' && level !== 'D' && level !== 'C')
    throw new Error(`${where}: bad level ${level}`);
  return { level, code, type, name, fullName, parent };
}

/** Non-empty lines of a TSV text, split into fields. */
export function tsvLines(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

export function parseRows(text: string, where: string): Row[] {
  return tsvLines(text).map((fields, i) => rowFromFields(fields, `${where}:${i + 1}`));
}

const keyOf = (r: Pick<Row, 'level' | 'code'>) => `${r.level}${r.code}`;
const same = (a: Row, b: Row) =>
  a.type === b.type && a.name === b.name && a.fullName === b.fullName && a.parent === b.parent;

/**
 * The older snapshot written as its difference from the newer one: "=\t<row>" for each unit of the older list that
 * is absent from the newer one or different in it (its older state), "-\t<level>\t<code>" for each unit of the newer
 * list that the older one does not have. Lines sorted by level and code.
 */
export function snapshotDiff(older: Snapshot, newer: Snapshot): string {
  const newerByKey = new Map(newer.rows.map((r) => [keyOf(r), r]));
  const olderKeys = new Set(older.rows.map(keyOf));
  const lines: [string, string][] = [];
  for (const r of older.rows) {
    const n = newerByKey.get(keyOf(r));
    if (!n || !same(r, n)) lines.push([keyOf(r), `=\t${rowToTsv(r)}`]);
  }
  for (const r of newer.rows)
    if (!olderKeys.has(keyOf(r))) lines.push([keyOf(r), `-\t${r.level}\t${r.code}`]);
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `${lines.map((l) => l[1]).join('\n')}\n`;
}

/** Rebuilds the older snapshot from the newer one and their difference. */
export function applyDiff(newer: readonly Row[], diff: string, where: string): Row[] {
  const byKey = new Map(newer.map((r) => [keyOf(r), r]));
  tsvLines(diff).forEach((fields, i) => {
    const at = `${where}:${i + 1}`;
    if (fields[0] === '-') {
      const key = `${fields[1]}${fields[2]}`;
      if (!byKey.delete(key)) throw new Error(`${at}: ${key} not in the newer list`);
    } else if (fields[0] === '=') {
      const r = rowFromFields(fields.slice(1), at);
      byKey.set(keyOf(r), r);
    } else throw new Error(`${at}: bad operation ${fields[0]}`);
  });
  return [...byKey.values()];
}
