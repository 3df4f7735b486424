// Every package's error examples, for the coverage test and the docs page "Mã lỗi / Error codes".
import { existsSync, readdirSync } from 'node:fs';
import type { ErrorExample } from './error-examples.js';

const PACKAGES = new URL('../../packages/', import.meta.url);

/** The examples of each package that has `test/error-examples.ts`, by package name (`domain`, `criteria`, …). */
export async function allErrorExamples(): Promise<ReadonlyMap<string, readonly ErrorExample[]>> {
  const byPackage = new Map<string, readonly ErrorExample[]>();
  for (const name of readdirSync(PACKAGES).sort()) {
    const file = new URL(`${name}/test/error-examples.ts`, PACKAGES);
    if (!existsSync(file)) continue;
    const module: Record<string, unknown> = await import(file.href);
    const examples = Object.values(module).filter(Array.isArray).flat() as ErrorExample[];
    byPackage.set(name, examples);
  }
  return byPackage;
}
