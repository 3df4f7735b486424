import type { CALENDAR_ERRORS } from './calendar.js';
import type { CLI_ERRORS } from './cli.js';
import type { CRITERIA_ERRORS } from './criteria.js';
import type { DATE_ERRORS } from './date.js';
import type { DEADLINES_ERRORS } from './deadlines.js';
import type { DIRECTIVE_ERRORS } from './directive.js';
import type { ICS_ERRORS } from './ics.js';
import type { INPUT_ERRORS } from './input.js';
import type { LEGAL_ERRORS } from './legal.js';
import type { OCOP_ERRORS } from './ocop.js';
import type { PERIOD_ERRORS } from './period.js';
import type { UNITS_ERRORS } from './units.js';

/**
 * Every error code of the SDK, one union: apps can `switch (error.code)` and the compiler lists the cases.
 * Codes are `area/what-is-wrong` in kebab-case; the messages are in {@link ERROR_CATALOGUE}.
 *
 * @example
 * ```ts
 * const code: NtmErrorCode = 'criteria/unknown-indicator';
 * ```
 */
export type NtmErrorCode =
  | keyof typeof INPUT_ERRORS
  | keyof typeof DATE_ERRORS
  | keyof typeof LEGAL_ERRORS
  | keyof typeof DIRECTIVE_ERRORS
  | keyof typeof UNITS_ERRORS
  | keyof typeof CALENDAR_ERRORS
  | keyof typeof PERIOD_ERRORS
  | keyof typeof DEADLINES_ERRORS
  | keyof typeof ICS_ERRORS
  | keyof typeof OCOP_ERRORS
  | keyof typeof CRITERIA_ERRORS
  | keyof typeof CLI_ERRORS;
