/**
 * `@ntm/ocop-scoring/rubrics`: the OCOP rule data — the QĐ 26/2026 product classification and all 26 scoring
 * sheets, deeply frozen, each with its legal basis, validity and `dataAsOf`. Import one sheet by name to ship only
 * that sheet.
 *
 * @packageDocumentation
 */
export { QD26_2026_B01 } from './data/rubrics/generated/qd26-b01.js';
export { QD26_2026_B02 } from './data/rubrics/generated/qd26-b02.js';
export { QD26_2026_B03 } from './data/rubrics/generated/qd26-b03.js';
export { QD26_2026_B04 } from './data/rubrics/generated/qd26-b04.js';
export { QD26_2026_B05 } from './data/rubrics/generated/qd26-b05.js';
export { QD26_2026_B06 } from './data/rubrics/generated/qd26-b06.js';
export { QD26_2026_B07 } from './data/rubrics/generated/qd26-b07.js';
export { QD26_2026_B08 } from './data/rubrics/generated/qd26-b08.js';
export { QD26_2026_B09 } from './data/rubrics/generated/qd26-b09.js';
export { QD26_2026_B10 } from './data/rubrics/generated/qd26-b10.js';
export { QD26_2026_B11 } from './data/rubrics/generated/qd26-b11.js';
export { QD26_2026_B12 } from './data/rubrics/generated/qd26-b12.js';
export { QD26_2026_B13 } from './data/rubrics/generated/qd26-b13.js';
export { QD26_2026_B14 } from './data/rubrics/generated/qd26-b14.js';
export { QD26_2026_B15 } from './data/rubrics/generated/qd26-b15.js';
export { QD26_2026_B16 } from './data/rubrics/generated/qd26-b16.js';
export { QD26_2026_B17 } from './data/rubrics/generated/qd26-b17.js';
export { QD26_2026_B18 } from './data/rubrics/generated/qd26-b18.js';
export { QD26_2026_B19 } from './data/rubrics/generated/qd26-b19.js';
export { QD26_2026_B20 } from './data/rubrics/generated/qd26-b20.js';
export { QD26_2026_B21 } from './data/rubrics/generated/qd26-b21.js';
export { QD26_2026_B22 } from './data/rubrics/generated/qd26-b22.js';
export { QD26_2026_B23 } from './data/rubrics/generated/qd26-b23.js';
export { QD26_2026_B24 } from './data/rubrics/generated/qd26-b24.js';
export { QD26_2026_B25 } from './data/rubrics/generated/qd26-b25.js';
export { QD26_2026_B26 } from './data/rubrics/generated/qd26-b26.js';
export {
  QD26_DATA_AS_OF,
  QD26_DATA_INFO,
  QD26_SIGNED,
  QD26_VALIDITY,
} from './data/rubrics/generated/qd26-decision.js';
export { QD26_RUBRICS } from './data/rubrics/generated/qd26-rubrics.js';
export { OCOP_TAXONOMY } from './data/taxonomy.js';
export { findProductSet } from './taxonomy/find-product-set.js';
