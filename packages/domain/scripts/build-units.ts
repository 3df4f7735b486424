/*
 * Regenerates packages/domain/src/units/data/units.generated.ts from packages/domain/data-src/units (and nothing
 * else). The extracts there come from MIT-licensed datasets (see data-src/units/README.md); refresh them with
 * scripts/extract-units-sources.ts when a source changes.
 *
 * Usage: npm run units -w @ntm/domain   (or: npx tsx packages/domain/scripts/build-units.ts [--out <file>])
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateUnitsModule } from './units/generate.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = resolve(here, '../data-src/units');
const outFile = values.out ?? resolve(here, '../src/units/data/units.generated.ts');

const { text, summary } = generateUnitsModule((path) =>
  readFileSync(resolve(sourceDir, path), 'utf8'),
);
writeFileSync(outFile, text);
console.log(summary);
console.log(`wrote ${outFile} (${text.length} chars)`);
