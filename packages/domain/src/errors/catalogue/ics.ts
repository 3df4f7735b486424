import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by the iCalendar export of @ntm/deadlines (`@ntm/deadlines/ics`) beyond the shape of its events.
 *
 * @example
 * ```ts
 * ICS_ERRORS['ics/control-character'].params; // ['received']
 * ```
 */
export const ICS_ERRORS = /* @__PURE__ */ defineErrors({
  'ics/control-character': {
    vi: 'Nội dung không được chứa ký tự điều khiển: {received}.',
    en: 'The text must not contain control characters: {received}.',
  },
});
