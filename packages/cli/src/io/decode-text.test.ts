import { describe, expect, it } from 'vitest';
import { createChunkDecoder, decodeText } from './decode-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('createChunkDecoder', () => {
  it('reads UTF-8, and Windows-1258 (tone marks as combining characters) as NFC', () => {
    expect(decodeText(utf8('Tuần Giáo'), 'a.csv')).toBe('Tuần Giáo');
    // "Tuần" in windows-1258: "â" is 0xE2, the grave accent is the combining 0xCC.
    const legacy = new Uint8Array([0x54, 0x75, 0xe2, 0xcc, 0x6e]);
    expect(decodeText(legacy, 'a.csv')).toBe('Tuần'.normalize('NFC'));
  });

  it('decides the encoding on the first 64 KiB whatever the chunk size, and names the line that breaks it', () => {
    const lines = `${'Quài Nưa,2024\n'.repeat(6000)}`;
    const bytes = new Uint8Array([...utf8(lines), 0x54, 0x75, 0xe2, 0xcc, 0x6e, 0x0a]);
    for (const size of [1000, 64 * 1024, bytes.length]) {
      const d = createChunkDecoder('xa.csv');
      const run = () => {
        for (let i = 0; i < bytes.length; i += size) d.push(bytes.subarray(i, i + size));
        d.end();
      };
      expect(run).toThrow(/6001/);
      expect(d.encoding).toBe('utf-8');
    }
  });
});
