/**
 * Vietnam's administrative units before and after the 2025 reform: 63 provinces / 696 districts / 10,035 communes
 * until 2025-06-30, 34 provinces / 3,321 communes from 2025-07-01, with the links between them, and their history
 * since the GSO list of 2017-10-15 (dated by the resolutions where verified, otherwise between two lists). Lookups by
 * code or name at a date, history, hierarchy and the NTM region. Zod-free and separate from `@ntm/domain/core`, so
 * apps that do not need the dataset do not ship it.
 *
 * @packageDocumentation
 */

export type {
  AdminUnit,
  TransitionKind,
  UnitBoundary,
  UnitTransition,
} from './units/admin-unit.js';
export type { FindUnitOptions } from './units/find-unit.js';
export { findUnit } from './units/find-unit.js';
export { ancestorsOf, unitsOf } from './units/hierarchy.js';
export { predecessorsOf, successorsOf } from './units/history.js';
export type { NtmRegion, NtmRegionOptions, NtmRegionResult } from './units/ntm-region.js';
export { ntmRegionOf } from './units/ntm-region.js';
export type { UnitLevel, UnitType } from './units/unit-types.js';
export { UNITS_DATA_INFO } from './units/units-info.js';
