import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/phrases.ts', 'src/ics.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
