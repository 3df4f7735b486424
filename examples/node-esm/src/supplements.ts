import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ILLUSTRATIVE_VALUES, supplyLabel } from '@ntm/criteria';
import type { NationalSupplement } from '@ntm/domain';
import { parseNationalSupplement } from '@ntm/domain';
import type { Bilingual, NtmCriteriaSet } from '@ntm/domain/core';
import { stacked } from './labels.js';
import { line } from './print.js';

/** Loads and validates an example national supplement of examples/national-supplement (illustrative values). */
export function loadSupplement(name: string): NationalSupplement {
  const file = fileURLToPath(new URL(`../../national-supplement/${name}.json`, import.meta.url));
  return parseNationalSupplement(JSON.parse(readFileSync(file, 'utf8')));
}

/** The label a line that depends on a supplied example value ends with, in the language of the line. */
export const NOT_LAW: Bilingual = {
  vi: `(${ILLUSTRATIVE_VALUES.vi})`,
  en: `(${ILLUSTRATIVE_VALUES.en})`,
};

/** Both languages of the label at once, for a heading. */
export const NOT_LAW_BOTH = `(${ILLUSTRATIVE_VALUES.vi} / ${ILLUSTRATIVE_VALUES.en})`;

/** The label as a table cell: Vietnamese on a row's Vietnamese line, English on its English line. */
export const NOT_LAW_CELL = stacked(ILLUSTRATIVE_VALUES);

/**
 * Prints a statement that depends on an illustrative value: the Vietnamese line, then the English one, each ending
 * with the label once, in its own language.
 */
export function labelled(text: Bilingual): void {
  line(`${text.vi} ${NOT_LAW.vi}`);
  line(`${text.en} ${NOT_LAW.en}`);
}

/** Says what a supplement gave a set, with its source and — for an example — that it is not law. */
export function printSupplement(set: NtmCriteriaSet, name: string): void {
  const record = set.supplement;
  if (record === undefined) return;
  const indicators = record.indicatorsAdded.length;
  const count = {
    vi: `${indicators > 0 ? `${indicators} chỉ tiêu, ` : ''}${record.cellsSupplied} ngưỡng`,
    en: `${indicators > 0 ? `${indicators} indicators, ` : ''}${record.cellsSupplied} thresholds`,
  };
  const text = {
    vi: `  Bổ sung số liệu quốc gia ${name}.json: ${count.vi}`,
    en: `  National supplement ${name}.json: ${count.en}`,
  };
  // supplyLabel says where the values come from and, for an example, carries the label itself.
  const from = supplyLabel({ source: record.source, illustrative: record.illustrative });
  if (record.illustrative) labelled(text);
  else {
    line(text.vi);
    line(text.en);
  }
  line(`  ${from.vi}`);
  line(`  ${from.en}`);
}
