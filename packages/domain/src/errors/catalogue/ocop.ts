import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by @ntm/ocop-scoring and the OCOP file formats of @ntm/domain.
 *
 * @example
 * ```ts
 * Object.keys(OCOP_ERRORS); // the codes of this area
 * ```
 */
export const OCOP_ERRORS = /* @__PURE__ */ defineErrors({
  'ocop/invalid-criterion-code': {
    vi: 'Cần mã tiêu chí dạng 1.1 hoặc 6.1.2, nhận {received}',
    en: 'Expected a criterion code such as 1.1 or 6.1.2, got {received}',
  },
  'ocop/unknown-product-set': {
    vi: 'Không có bộ sản phẩm {productSet}: cần mã B01 … B26',
    en: 'No product set {productSet}: expected a code B01 … B26',
  },
});
