import { defineConfig, type Options } from 'tsup';

/**
 * The build every package shares: ESM and CommonJS with declarations for each, source maps, ES2022, compiled with the
 * package's tsconfig.build.json (sources only). A package names its entry points and, where it needs one, an option
 * of its own.
 */
export function packageBuild(entry: readonly string[], options: Options = {}) {
  return defineConfig({
    entry: [...entry],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    tsconfig: 'tsconfig.build.json',
    ...options,
  });
}
