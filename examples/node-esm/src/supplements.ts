import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ILLUSTRATIVE_VALUES, supplementCriteriaSet, supplyLabel } from '@ntm/criteria';
import type { NationalSupplement } from '@ntm/domain';
import { parseNationalSupplement } from '@ntm/domain';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { line } from './print.js';

/** Loads and validates an example national supplement of examples/national-supplement (illustrative values). */
export function loadSupplement(name: string): NationalSupplement {
  const file = fileURLToPath(new URL(`../../national-supplement/${name}.json`, import.meta.url));
  return parseNationalSupplement(JSON.parse(readFileSync(file, 'utf8')));
}

/** The words every line that depends on a supplied example value ends with. */
export const NOT_LAW = `(${ILLUSTRATIVE_VALUES.vi} / ${ILLUSTRATIVE_VALUES.en})`;

/** Completes a national set with an example supplement and says so, with the label, before any result. */
export function supplemented(set: NtmCriteriaSet, name: string): NtmCriteriaSet {
  const result = supplementCriteriaSet(set, loadSupplement(name));
  printSupplement(result, name);
  return result;
}

/** Says what a supplement gave a set, with its source and — for an example — that it is not law. */
export function printSupplement(set: NtmCriteriaSet, name: string): void {
  const record = set.supplement;
  if (record === undefined) return;
  const label = supplyLabel({ source: record.source, illustrative: record.illustrative });
  line(
    `  Bổ sung số liệu quốc gia / national supplement examples/national-supplement/${name}.json: ${record.indicatorsAdded.length} chỉ tiêu / indicators, ${record.cellsSupplied} ngưỡng / thresholds ${label.vi} ${NOT_LAW}`,
  );
}
