import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createParser } from './zod-issues.js';

const parser = createParser(
  z.object({ year: z.number().int(), name: z.string() }).strict(),
  'example',
);

describe('createParser', () => {
  it('returns data for valid input', () => {
    expect(parser.parse({ year: 2022, name: 'Quài Nưa' })).toEqual({
      year: 2022,
      name: 'Quài Nưa',
    });
  });

  it('maps zod issues to the SDK shape with Vietnamese and English messages', () => {
    const result = parser.safeParse({ year: 'x', name: 'a', extra: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      'example/invalid_type',
      'example/unrecognized_keys',
    ]);
    const typeIssue = result.issues.find((i) => i.code === 'example/invalid_type');
    expect(typeIssue?.path).toEqual(['year']);
    expect(typeIssue?.message.en).toMatch(/expected number/i);
    expect(typeIssue?.message.vi).not.toBe(typeIssue?.message.en);
    expect(typeIssue?.message.vi).toMatch(/không hợp lệ|Đầu vào/i);
  });

  it('throws a DomainError from parse', () => {
    expect(() => parser.parse(null)).toThrowError(/example\/invalid_type/);
  });

  it('ignores a prototype-polluting key instead of obeying it', () => {
    const input = JSON.parse('{"year":2022,"name":"a","__proto__":{"polluted":true}}');
    expect(parser.safeParse(input).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
