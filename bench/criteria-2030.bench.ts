import { evaluateCommune } from '@ntm/criteria';
import type { Engine } from 'json-rules-engine';
import { bench, describe } from 'vitest';
import {
  COMMUNES,
  compile,
  facts2030,
  groups,
  handLoop,
  rulesEngine,
  STEADY,
  set2030,
} from './criteria-fixtures.js';

/*
 * Whole country on a synthetic 47-indicator set with the 2026–2030 shape: see criteria-fixtures.ts.
 * Each set has its own file, so each runs in its own worker: one engine function fed two differently shaped sets in
 * one process would be measured in a state no app is in (an app evaluates the country on one set).
 */

let sink = 0;

describe('whole country, synthetic 47-indicator set with the 2026–2030 shape (3,300 communes)', () => {
  const tables = new Map(['1', '2', '3'].map((g) => [g, compile(set2030, g, 2026)]));
  const engines = new Map(['1', '2', '3'].map((g) => [g, rulesEngine(set2030, g)]));
  bench(
    '@ntm/criteria evaluateCommune',
    () => {
      for (let n = 0; n < COMMUNES; n++) {
        sink += evaluateCommune(
          set2030,
          { values: facts2030[n] ?? {} },
          { year: 2026, communeGroup: groups[n] },
        ).criteriaMet;
      }
    },
    STEADY,
  );
  bench(
    'hand-written loop',
    () => {
      for (let n = 0; n < COMMUNES; n++) {
        sink += handLoop(tables.get(String(groups[n])) ?? [], 10, facts2030[n] ?? {}).met;
      }
    },
    STEADY,
  );
  bench(
    'json-rules-engine',
    async () => {
      for (let n = 0; n < COMMUNES; n++) {
        const { events } = await (engines.get(String(groups[n])) as Engine).run(facts2030[n] ?? {});
        sink += events.length;
      }
    },
    { iterations: 3, time: 0 },
  );
});

// biome-ignore lint/suspicious/noExportsInTest: exporting the sink keeps the measured work observable, so it is not optimised away.
export { sink };
