import type { ErrorSpec } from '../define-errors.js';
import { CALENDAR_ERRORS } from './calendar.js';
import { CLI_ERRORS } from './cli.js';
import type { NtmErrorCode } from './codes.js';
import { CRITERIA_ERRORS } from './criteria.js';
import { DATE_ERRORS } from './date.js';
import { DEADLINES_ERRORS } from './deadlines.js';
import { DIRECTIVE_ERRORS } from './directive.js';
import { ICS_ERRORS } from './ics.js';
import { INPUT_ERRORS } from './input.js';
import { LEGAL_ERRORS } from './legal.js';
import { OCOP_ERRORS } from './ocop.js';
import { PERIOD_ERRORS } from './period.js';
import { UNITS_ERRORS } from './units.js';

/**
 * The whole error catalogue: every code with its message templates in Vietnamese and English and the names of its
 * parameters. The docs page "Mã lỗi / Error codes" is generated from it. Engines import only their own area, so
 * an app that never reads this object does not ship it.
 *
 * @example
 * ```ts
 * ERROR_CATALOGUE['date/invalid'].vi; // 'Ngày không hợp lệ: {value}. …'
 * ```
 */
export const ERROR_CATALOGUE: Readonly<Record<NtmErrorCode, ErrorSpec<NtmErrorCode>>> =
  // `Object.assign`, not spreads: bundlers keep an object spread (it may run getters) and with it every area, even
  // in an app that never reads this object; two pure calls over plain identifiers are dropped whole.
  /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.assign(
      {},
      INPUT_ERRORS,
      DATE_ERRORS,
      LEGAL_ERRORS,
      DIRECTIVE_ERRORS,
      UNITS_ERRORS,
      CALENDAR_ERRORS,
      PERIOD_ERRORS,
      DEADLINES_ERRORS,
      ICS_ERRORS,
      OCOP_ERRORS,
      CRITERIA_ERRORS,
      CLI_ERRORS,
    ),
  );
