import { createRequire } from 'node:module';

/**
 * The version of the installed `@ntm/cli`, printed by `ntm --version`. Read from the package's own package.json at
 * run time, so it is right wherever the package is installed: the file sits one level above both `src/` (tests,
 * `tsx`) and `dist/` (the published build).
 *
 * @example
 * ```ts
 * cliVersion(); // '0.1.0'
 * ```
 */
export function cliVersion(): string {
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  return version;
}
