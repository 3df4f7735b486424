import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { entryText, ZipFormatError, zipEntries } from './zip-archive.js';

/** A zip archive of `files`, each stored (method 0) or deflated (8), its local headers without sizes as streamed. */
function zip(files: readonly { name: string; text: string; method: 0 | 8 }[]): Uint8Array {
  const local: Buffer[] = [];
  const directory: Buffer[] = [];
  let at = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const raw = Buffer.from(f.text);
    const data = f.method === 8 ? deflateRawSync(raw) : raw;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(8, 6); // sizes in a data descriptor: the local header holds none
    header.writeUInt16LE(f.method, 8);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(f.method, 10);
    entry.writeUInt32LE(crc32(raw), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(at, 42);
    directory.push(entry, name);
    at += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(at, 16);
  return new Uint8Array(Buffer.concat([...local, dir, end]));
}

async function textOf(bytes: Uint8Array, name: string): Promise<string> {
  const entry = zipEntries(bytes).find((e) => e.name === name);
  if (entry === undefined) throw new Error(`no ${name}`);
  let text = '';
  for await (const piece of entryText(bytes, entry)) text += piece;
  return text;
}

const LONG = 'Xã Quài Nưa đạt chuẩn nông thôn mới; '.repeat(10_000);

describe('zipEntries and entryText', () => {
  it('lists the entries in directory order and reads stored and deflated text, letters whole', async () => {
    const bytes = zip([
      { name: 'xl/worksheets/sheet1.xml', text: LONG, method: 8 },
      { name: 'xl/sharedStrings.xml', text: LONG.slice(7), method: 0 },
    ]);
    expect(zipEntries(bytes).map((e) => e.name)).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
    ]);
    expect(await textOf(bytes, 'xl/worksheets/sheet1.xml')).toBe(LONG);
    expect(await textOf(bytes, 'xl/sharedStrings.xml')).toBe(LONG.slice(7));
  });

  it('refuses data whose CRC-32 differs from the directory', async () => {
    const bytes = zip([{ name: 'a.xml', text: '<a>Quài Nưa</a>', method: 0 }]);
    bytes[30 + 'a.xml'.length + 3] = 0x78; // one letter of the stored text changed
    await expect(textOf(bytes, 'a.xml')).rejects.toBeInstanceOf(ZipFormatError);
  });

  it('refuses data that does not inflate', async () => {
    const bytes = zip([{ name: 'a.xml', text: LONG, method: 8 }]);
    bytes[30 + 'a.xml'.length] = 0xff; // a deflate block of the reserved type 3
    await expect(textOf(bytes, 'a.xml')).rejects.toBeInstanceOf(ZipFormatError);
  });

  it.each([
    ['no end of central directory', (b: Uint8Array) => b.subarray(0, b.length - 1)],
    [
      'a directory cut short',
      (b: Uint8Array) =>
        new Uint8Array([...b.subarray(0, b.length - 32), ...b.subarray(b.length - 22)]),
    ],
    ['random bytes', () => new Uint8Array(100).fill(0x50)],
  ])('refuses %s', (_label, spoil) => {
    const bytes = zip([{ name: 'a.xml', text: '<a/>', method: 8 }]);
    expect(() => zipEntries(spoil(bytes))).toThrow(ZipFormatError);
  });
});
