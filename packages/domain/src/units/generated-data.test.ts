/*
 * The shipped tables are exactly what the generator produces from the extracts in data-src/units: a change of the
 * sources without regenerating (or a hand edit of the generated file) fails here. Regenerate with
 * `npm run units -w @ntm/domain`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { generateUnitsModule } from '../../scripts/units/generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = resolve(here, '../../data-src/units');

// Generating the tables from every extract takes seconds, more on a loaded machine.
const GENERATE_TIMEOUT = 60_000;

test(
  'units.generated.ts is what scripts/build-units.ts makes from data-src/units',
  () => {
    const { text } = generateUnitsModule((path) => readFileSync(resolve(sourceDir, path), 'utf8'));
    const shipped = readFileSync(resolve(here, 'data/units.generated.ts'), 'utf8');
    expect(shipped === text).toBe(true);
  },
  GENERATE_TIMEOUT,
);
