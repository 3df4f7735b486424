// The baseline of bench/cli-large-files.ts: what an application does in one process with the SDK alone — read the
// whole file, parse it with csv-parse, turn each row into facts with the least code, and call evaluateCommune.
import { readFileSync } from 'node:fs';
import { evaluateCommune } from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import { parse } from 'csv-parse/sync';

const [header, ...rows] = parse(readFileSync(process.argv[2], 'utf8'), {
  relax_column_count: true,
});
const indicators = new Map(
  XA_2021_2025.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i])),
);
const columns = header.map((h) => indicators.get(/^(\d+(?:\.\d+)*)\s/.exec(h)?.[1] ?? ''));
const year = header.indexOf('Năm');
const region = header.indexOf('Vùng');
let met = 0;
for (const row of rows) {
  const values = {};
  row.forEach((cell, i) => {
    const indicator = columns[i];
    if (indicator === undefined || cell === '') return;
    values[indicator.code] =
      indicator.type === 'boolean' || indicator.type === 'absence' ? cell === 'có' : Number(cell);
  });
  met += evaluateCommune(
    XA_2021_2025,
    { setId: XA_2021_2025.id, values },
    { year: Number(row[year]), region: row[region] },
  ).criteriaMet;
}
process.stdout.write(`${rows.length} rows, ${met} criteria met\n`);
