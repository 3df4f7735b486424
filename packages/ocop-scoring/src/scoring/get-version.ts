import type { OcopVersion } from '@ntm/domain/core';
import { expectPath, fail, INPUT_ERRORS, type IssuePath, listOf, received } from '@ntm/domain/core';
import { OCOP_VERSION_IDS, OCOP_VERSIONS } from '../data/versions.js';

/**
 * The version with that id, or a `DomainError` (`input/not-allowed`).
 *
 * @example
 * ```ts
 * getOcopVersion('QD26_2026').partMax.A; // 40
 * ```
 */
export function getOcopVersion(id: string, path: IssuePath = ['versionId']): OcopVersion {
  // An index loop: for…of over the frozen list is slow on Node 20, and the engine looks a version up per product.
  for (let i = 0; i < OCOP_VERSIONS.length; i++) {
    const version = OCOP_VERSIONS[i] as OcopVersion;
    if (version.id === id) return version;
  }
  return unknownVersion(id, path);
}

function unknownVersion(id: string, path: IssuePath): never {
  // The path is read only to report an error: checking it there keeps the lookup free.
  fail(INPUT_ERRORS['input/not-allowed'], expectPath(path, ['path']), {
    allowed: listOf(OCOP_VERSION_IDS),
    received: received(id),
  });
}
