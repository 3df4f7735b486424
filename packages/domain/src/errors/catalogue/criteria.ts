import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by @ntm/criteria (criteria sets, province configuration, evaluation).
 *
 * @example
 * ```ts
 * Object.keys(CRITERIA_ERRORS); // the codes of this area
 * ```
 */
export const CRITERIA_ERRORS = /* @__PURE__ */ defineErrors({});
