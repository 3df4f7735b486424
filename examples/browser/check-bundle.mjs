// Checks the browser bundle: built, self-contained (no Node built-ins), and it runs.
import { readFileSync, statSync } from 'node:fs';

const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8'));
const nodeImports = Object.values(meta.outputs).flatMap((o) =>
  o.imports.filter((i) => i.external).map((i) => i.path),
);
if (nodeImports.length > 0) throw new Error(`bundle imports ${nodeImports.join(', ')}`);
const { demo } = await import(new URL('./dist/app.js', import.meta.url).href);
const result = demo();
const kb = (statSync('dist/app.js').size / 1024).toFixed(1);
console.log(`\n▸ Browser app (esbuild bundle, ${kb} KB minified): OK`);
console.log(`  ${JSON.stringify(result)}`);
