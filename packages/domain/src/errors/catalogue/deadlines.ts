import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by @ntm/deadlines (calendar, lunar calendar, legal periods, deadline phrases, directives, ICS).
 *
 * @example
 * ```ts
 * Object.keys(DEADLINES_ERRORS); // the codes of this area
 * ```
 */
export const DEADLINES_ERRORS = /* @__PURE__ */ defineErrors({});
