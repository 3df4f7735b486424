import { evaluateCommune } from '@ntm/criteria';
import type { Engine } from 'json-rules-engine';
import { bench, describe } from 'vitest';
import {
  COMMUNES,
  compile,
  facts2025,
  handLoop,
  REGIONS,
  regions,
  rulesEngine,
  STEADY,
  set2025,
} from './criteria-fixtures.js';

/*
 * Whole country on the 2021–2025 set (synthetic values): see criteria-fixtures.ts.
 * Each set has its own file, so each runs in its own worker: one engine function fed two differently shaped sets in
 * one process would be measured in a state no app is in (an app evaluates the country on one set).
 */

let sink = 0;

describe('whole country, 2021–2025 set (3,300 communes × 57 indicators, synthetic values)', () => {
  const tables = new Map(REGIONS.map((r) => [r, compile(set2025, r, 2023)]));
  const engines = new Map(REGIONS.map((r) => [r, rulesEngine(set2025, r)]));
  bench(
    '@ntm/criteria evaluateCommune',
    () => {
      for (let n = 0; n < COMMUNES; n++) {
        sink += evaluateCommune(
          set2025,
          { values: facts2025[n] ?? {} },
          { year: 2023, region: regions[n] },
        ).criteriaMet;
      }
    },
    STEADY,
  );
  bench(
    'hand-written loop',
    () => {
      for (let n = 0; n < COMMUNES; n++) {
        sink += handLoop(tables.get(regions[n] ?? 'TDMNPB') ?? [], 19, facts2025[n] ?? {}).met;
      }
    },
    STEADY,
  );
  bench(
    'json-rules-engine',
    async () => {
      for (let n = 0; n < COMMUNES; n++) {
        const { events } = await (engines.get(regions[n] ?? 'TDMNPB') as Engine).run(
          facts2025[n] ?? {},
        );
        sink += events.length;
      }
    },
    { iterations: 3, time: 0 },
  );
});

// biome-ignore lint/suspicious/noExportsInTest: exporting the sink keeps the measured work observable, so it is not optimised away.
export { sink };
