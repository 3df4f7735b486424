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

// Found by fuzzing (test/fuzz/cli-readers.test.ts).
describe('createChunkDecoder on cut letters and small files', () => {
  it('names the line of a bad byte in a chunk that begins with the end of a cut letter', () => {
    // 70 KB of UTF-8 (past the 64 KiB the encoding is told from) ending with "ệ" cut after its first byte; the rest of
    // the letter starts the next chunk, and the byte that is not UTF-8 is three lines further.
    const bytes = new Uint8Array([
      ...utf8(`${'x'.repeat(70_000)}ệ\nQuài\nNưa\n`),
      0xe0,
      0x41,
      0x0a,
    ]);
    const d = createChunkDecoder('xa.csv');
    d.push(bytes.subarray(0, 70_001));
    expect(() => {
      d.push(bytes.subarray(70_001));
      d.end();
    }).toThrow(/line 4 /);
  });

  it('reads a small Windows-1258 file that ends with a tone mark (a byte that starts a letter in UTF-8)', () => {
    // "Nà": a grave accent (0xCC) ends the file; every other byte is ASCII.
    expect(decodeText(new Uint8Array([0x4e, 0x61, 0xcc]), 'a.csv')).toBe('Nà');
  });

  it('still refuses a UTF-8 file cut in the middle of its last letter', () => {
    const cut = utf8('Quài Nưa: có').subarray(0, -1);
    expect(() => decodeText(cut, 'a.csv')).toThrow(/line 1 /);
  });
});

describe('createChunkDecoder on old Mac line ends (CR alone)', () => {
  it('hands out each complete line as it comes, as with LF, instead of holding the whole file', () => {
    const d = createChunkDecoder('xa.csv');
    const head = utf8(`${'Xã Quài Nưa;85,5;có\r'.repeat(4000)}`);
    expect(d.push(head)).toBe('Xã Quài Nưa;85,5;có\r'.repeat(3999));
    // A CR at the very end may be half of a CRLF: it is handed out with what follows.
    expect(d.push(utf8('\nTuần Giáo\r'))).toBe('Xã Quài Nưa;85,5;có\r\n');
    expect(d.end()).toBe('Tuần Giáo\r');
  });

  it('counts a CR alone as a line end in the line of a bad byte', () => {
    const bytes = new Uint8Array([...utf8(`${'x'.repeat(70_000)}\rQuài\r\nNưa\r`), 0xe0, 0x41]);
    expect(() => decodeText(bytes, 'xa.csv')).toThrow(/line 4 /);
  });
});
