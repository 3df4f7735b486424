/**
 * `@ntm/criteria/sets`: the national NTM criteria sets as deeply frozen, versioned data — QĐ 1980/QĐ-TTg (2016–2020),
 * QĐ 318/QĐ-TTg Phụ lục I and II (2021–2025), QĐ 51/2025/QĐ-TTg (2026–2030, structure only) and the district sets —
 * each with its legal basis, validity, `dataAsOf` and the status of every threshold cell.
 *
 * @packageDocumentation
 */
export { NTM_CRITERIA_DATA_AS_OF, NTM_CRITERIA_SETS } from './data/sets/all-sets.js';
export { NTM_CRITERIA_DATA_INFO } from './data/sets/data-info.js';
export { HUYEN_2016_2020, HUYEN_2021_2025 } from './data/sets/huyen.js';
export type { NtmSource } from './data/sets/sources.js';
export { NTM_SOURCES } from './data/sets/sources.js';
export { XA_2016_2020 } from './data/sets/xa-2016-2020.js';
export { XA_2021_2025 } from './data/sets/xa-2021-2025.js';
export { XA_2026_2030 } from './data/sets/xa-2026-2030.js';
export { XA_NC_2021_2025 } from './data/sets/xa-nang-cao-2021-2025.js';
