import { fail } from '@ntm/domain/core';
import { FORBIDDEN_KEYS } from '../internal/keys.js';

/** Rejects keys that are not plain NFC codes (prototype keys, decomposed Unicode), naming where they are. */
export function checkKey(key: string, path: readonly (string | number)[]): void {
  if (FORBIDDEN_KEYS.includes(key)) {
    fail('criteria/forbidden-key', [...path, key], {
      vi: `Khóa "${key}" không được phép`,
      en: `The key "${key}" is not allowed`,
    });
  }
  if (key !== key.normalize('NFC')) {
    fail('criteria/not-nfc', [...path, key], {
      vi: `Khóa "${key}" không ở dạng Unicode dựng sẵn (NFC)`,
      en: `The key "${key}" is not in Unicode NFC form`,
    });
  }
}
