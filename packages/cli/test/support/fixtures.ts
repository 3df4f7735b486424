import { join, resolve } from 'node:path';

/** Fixtures folder. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Path of a fixture. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}
