import type { OcopVersion } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';
import { OCOP_VERSION_IDS, OCOP_VERSIONS } from '../data/versions.js';
import { show } from './show.js';

/**
 * The version with that id, or a `DomainError` (`ocop/unknown-version`).
 *
 * @example
 * ```ts
 * getOcopVersion('QD26_2026').partMax.A; // 40
 * ```
 */
export function getOcopVersion(
  id: string,
  path: readonly (string | number)[] = ['versionId'],
): OcopVersion {
  // An index loop: for…of over the frozen list is slow on Node 20, and the engine looks a version up per product.
  for (let i = 0; i < OCOP_VERSIONS.length; i++) {
    const version = OCOP_VERSIONS[i] as OcopVersion;
    if (version.id === id) return version;
  }
  return unknownVersion(id, path);
}

function unknownVersion(id: string, path: readonly (string | number)[]): never {
  fail('ocop/unknown-version', path, {
    vi: `Không có phiên bản bộ tiêu chí OCOP "${show(id)}"; dùng một trong: ${OCOP_VERSION_IDS.join(', ')}`,
    en: `No OCOP rules version "${show(id)}"; use one of: ${OCOP_VERSION_IDS.join(', ')}`,
  });
}
