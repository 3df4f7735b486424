import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by the `ntm` command (@ntm/cli): files, columns, options.
 *
 * @example
 * ```ts
 * Object.keys(CLI_ERRORS); // the codes of this area
 * ```
 */
export const CLI_ERRORS = /* @__PURE__ */ defineErrors({});
