import { defineErrors } from '../define-errors.js';

/**
 * Errors of legal document references.
 *
 * @example
 * ```ts
 * LEGAL_ERRORS['document-number/invalid'].params; // ['value']
 * ```
 */
export const LEGAL_ERRORS = /* @__PURE__ */ defineErrors({
  'document-number/invalid': {
    vi: '{value} không phải số ký hiệu văn bản (ví dụ 542/QĐ-UBND, 26/2026/QĐ-TTg, 453-TB/HU, /UBND-KTN).',
    en: '{value} is not a document number (for example 542/QĐ-UBND, 26/2026/QĐ-TTg, 453-TB/HU, /UBND-KTN).',
  },
});
