import { defineErrors } from '../define-errors.js';

/**
 * Errors of directive files beyond their shape (`parseDirective`).
 *
 * @example
 * ```ts
 * DIRECTIVE_ERRORS['directive/duplicate-task'].params; // ['id']
 * ```
 */
export const DIRECTIVE_ERRORS = /* @__PURE__ */ defineErrors({
  'directive/duplicate-task': {
    vi: 'Mã nhiệm vụ "{id}" bị trùng',
    en: 'Task id "{id}" is used twice',
  },
});
