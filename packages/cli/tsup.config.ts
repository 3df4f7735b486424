import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the programmatic API (`run`); bin: the `ntm` executable (keeps its shebang, marked executable by tsup).
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  // The JSON Schema that `ntm init province-config` copies beside a configuration travels inside the bundle: Node 20
  // loads JSON modules only with import attributes, which a re-exported import would lose.
  noExternal: [/^@ntm\/domain\/schemas\//],
  // `import.meta.url` in the CommonJS build (version.ts finds package.json from it).
  shims: true,
});
