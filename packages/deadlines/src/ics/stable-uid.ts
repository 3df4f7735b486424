/*
 * A UID must stay the same when the same calendar is exported again, so that re-importing updates events
 * instead of duplicating them (RFC 5545 §3.8.4.7). It is derived from the event's content with two
 * 32-bit FNV-1a hashes (different offsets): 64 bits, deterministic, no crypto or clock needed.
 */

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A 16-hex-digit hash of `text`, stable across runs and platforms. */
export function stableHash(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x01234567).toString(16).padStart(8, '0');
  return a + b;
}
