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
  // `import.meta.url` in the CommonJS build (version.ts finds package.json from it).
  shims: true,
});
