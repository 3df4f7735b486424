import type { Bilingual } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';

/*
 * Structural checks for input that did not go through the zod parsers of @ntm/domain (callers may pass anything).
 * Each failure is a DomainError naming the path; `show` renders any value for a message without ever throwing
 * (null-prototype objects and symbols have no usable toString).
 */

type Path = readonly (string | number)[];

/** A plain, printable rendering of any value for error messages. */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function invalid(path: Path, expected: Bilingual, value: unknown): never {
  fail(
    'criteria/invalid-input',
    path,
    {
      vi: `Cần ${expected.vi}, nhận ${show(value)}`,
      en: `Expected ${expected.en}, got ${show(value)}`,
    },
    { received: show(value) },
  );
}

/** An object (not null, not an array). */
export function expectRecord(value: unknown, path: Path): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) invalid(path, { vi: 'một đối tượng', en: 'an object' }, value);
  return value;
}

/** An array. */
export function expectArray(value: unknown, path: Path): readonly unknown[] {
  if (!Array.isArray(value)) invalid(path, { vi: 'một danh sách', en: 'an array' }, value);
  // A sparse array (`[a, , c]`) has holes that forEach would silently skip: reject it where it is read.
  for (let i = 0; i < value.length; i++) {
    if (!Object.hasOwn(value, i))
      invalid(
        [...path, i],
        { vi: 'một phần tử (không được bỏ trống)', en: 'an element (no holes)' },
        undefined,
      );
  }
  return value;
}

/** A non-empty string. */
export function expectString(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.length === 0) {
    invalid(path, { vi: 'một chuỗi không rỗng', en: 'a non-empty string' }, value);
  }
  return value;
}

/** An integer within [min, max]. */
export function expectInteger(value: unknown, path: Path, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(
      path,
      { vi: `một số nguyên từ ${min} đến ${max}`, en: `an integer from ${min} to ${max}` },
      value,
    );
  }
  return value;
}

/** A bilingual text `{ vi, en }`. */
export function expectBilingual(value: unknown, path: Path): Bilingual {
  const record = expectRecord(value, path);
  expectString(record.vi, [...path, 'vi']);
  expectString(record.en, [...path, 'en']);
  return record as unknown as Bilingual;
}

/** Undefined, or a value that passes `check`. */
export function optional<T>(value: unknown, check: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}
