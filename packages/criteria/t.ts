import { evaluateCommune, localizeCriteriaSet } from './src/index.ts';
import { XA_2021_2025 } from './src/sets.ts';
import type { NtmCriteriaSet, NtmFactValue } from '@ntm/domain/core';
import { readFileSync } from 'node:fs';
const ph = JSON.parse(readFileSync('packages/criteria/test/fixtures/placeholder-thresholds-illustrative.json', 'utf8'));
const set = localizeCriteriaSet(XA_2021_2025, { thresholds: ph.thresholds.map(({ key, ...r }: any) => r) });
let seed = 3300;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const all = Array.from({ length: 3300 }, () => { const values: Record<string, any> = {};
for (const c of set.criteria) for (const i of c.indicators) { const r = random(); values[i.code] = i.type === 'boolean' ? r < 0.85 : i.type === 'absence' ? (r < 0.85 ? 0 : 3) : i.type === 'percent' ? Math.round(r * 1000) / 10 : Math.round(r * 600) / 10; } return values; });
interface Compiled {
  code: string;
  criterion: number;
  type: string;
  max: boolean;
  limit: number | undefined;
}
function compile(set: NtmCriteriaSet, key: string, year: number): Compiled[] {
  return set.criteria.flatMap((c, criterion) =>
    c.indicators.map((i) => {
      const cell = i.thresholds[i.perYear ? `${year}:${key}` : key];
      return {
        code: i.code,
        criterion,
        type: i.type,
        max: i.direction === '<=',
        limit: cell?.status === 'missing' ? Number.NaN : cell?.value,
      };
    }),
  );
}
function handLoop(table: Compiled[], criteria: number, values: Record<string, NtmFactValue>) {
  const statuses: string[] = [];
  const gaps: { code: string; gap: number }[] = [];
  const notMet = new Array<number>(criteria).fill(0);
  const unknown = new Array<number>(criteria).fill(0);
  for (const t of table) {
    const v = values[t.code];
    let status: string;
    if (v === undefined || Number.isNaN(t.limit)) status = 'cannot-evaluate';
    else if (t.type === 'boolean') status = v === true ? 'met' : 'not-met';
    else if (t.type === 'absence') status = v === 0 || v === false ? 'met' : 'not-met';
    else {
      if (
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        v < 0 ||
        (t.type === 'percent' && v > 100)
      )
        throw new Error(t.code);
      const limit = t.limit as number;
      const ok = t.max ? v <= limit : v >= limit;
      status = ok ? 'met' : 'not-met';
      if (!ok) gaps.push({ code: t.code, gap: Math.abs(limit - v) });
    }
    if (status === 'not-met') notMet[t.criterion] = (notMet[t.criterion] ?? 0) + 1;
    if (status === 'cannot-evaluate') unknown[t.criterion] = (unknown[t.criterion] ?? 0) + 1;
    statuses.push(status);
  }
  // Same input check as the engine: a key that is not an indicator of the set is an error, not ignored.
  if (Object.keys(values).length !== table.length) throw new Error('unknown indicator');
  let met = 0;
  for (let c = 0; c < criteria; c++) if (notMet[c] === 0 && unknown[c] === 0) met++;
  return { statuses, gaps, met };
}


const table = compile(set, 'TDMNPB', 2023);
let s = 0; const mins = [1e9, 1e9];
for (let round = 0; round < 30; round++) {
  let t = process.cpuUsage().user / 1000;
  for (let k = 0; k < 3300; k++) s += evaluateCommune(set, { values: all[k]! }, { year: 2023, region: 'TDMNPB' }).criteriaMet;
  const a = process.cpuUsage().user / 1000 - t; t = process.cpuUsage().user / 1000;
  for (let k = 0; k < 3300; k++) s += handLoop(table, 19, all[k]!).met;
  const b = process.cpuUsage().user / 1000 - t;
  mins[0] = Math.min(mins[0], a); mins[1] = Math.min(mins[1], b);
}

console.log('min engine', mins[0].toFixed(1), 'min loop', mins[1].toFixed(1), 'ratio', (mins[0] / mins[1]).toFixed(2));
