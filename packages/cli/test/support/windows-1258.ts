import iconv from 'iconv-lite';

/**
 * Text as old "CSV (MS-DOS/Windows)" exports save it: Windows-1258 has no precomposed toned letters, so tone marks
 * are written as combining characters after a precomposed base (â, ư, ơ…).
 */
export function toWindows1258(text: string): Uint8Array {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/u;
  let out = '';
  let pending = '';
  for (const ch of text.normalize('NFD')) {
    if (tones.test(ch)) pending += ch;
    else if (/\p{M}/u.test(ch)) out = out.slice(0, -1) + (out.slice(-1) + ch).normalize('NFC');
    else {
      out += pending + ch;
      pending = '';
    }
  }
  return new Uint8Array(iconv.encode(out + pending, 'windows-1258'));
}
