// One-off scaffold used to create the package skeletons (kept for adding a package later).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const [name, description, entriesArg, deps = ''] = process.argv.slice(2);
const entries = entriesArg.split(',');
const dir = `packages/${name}`;
mkdirSync(`${dir}/src`, { recursive: true });
const exp = {};
for (const e of entries) {
  const key = e === 'index' ? '.' : `./${e}`;
  exp[key] = {
    '@ntm/source': `./src/${e}.ts`,
    import: { types: `./dist/${e}.d.ts`, default: `./dist/${e}.js` },
    require: { types: `./dist/${e}.d.cts`, default: `./dist/${e}.cjs` },
  };
}
exp['./package.json'] = './package.json';
const pkg = {
  name: `@ntm/${name}`,
  version: '0.1.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20' },
  exports: exp,
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  // TypeScript's node10 resolution (`"module": "commonjs"` apps) ignores `exports`; this maps each subpath to its
  // CommonJS types. Subpath folders would do the same with a package.json per subpath; one field is simpler.
  ...(entries.length > 1 && {
    typesVersions: {
      '*': Object.fromEntries(
        entries.filter((e) => e !== 'index').map((e) => [e, [`./dist/${e}.d.cts`]]),
      ),
    },
  }),
  files: ['dist', 'src', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.bench.ts'],
  scripts: {
    build: 'tsup',
    typecheck: 'tsc --noEmit -p tsconfig.json',
    'check:pkg': 'publint --strict && attw --pack',
    docs: 'true',
  },
  dependencies: Object.fromEntries(
    deps
      .split(',')
      .filter(Boolean)
      .map((d) => [d, '0.1.0']),
  ),
};
writeFileSync(`${dir}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  `${dir}/tsup.config.ts`,
  `import { packageBuild } from '../../tsup.base.js';

export default packageBuild([${entries.map((e) => `'src/${e}.ts'`).join(', ')}]);
`,
);
writeFileSync(
  `${dir}/tsconfig.json`,
  '{\n  "extends": "../../tsconfig.base.json",\n  "compilerOptions": { "rootDir": ".", "noEmit": true },\n  "include": ["src", "test", "scripts"]\n}\n',
);
writeFileSync(
  `${dir}/tsconfig.build.json`,
  '{\n  "extends": "../../tsconfig.base.json",\n  "compilerOptions": { "rootDir": "src" },\n  "include": ["src"],\n  "exclude": ["src/**/*.test.ts", "src/**/*.test-d.ts", "src/**/*.bench.ts"]\n}\n',
);
for (const e of entries) {
  const f = `${dir}/src/${e}.ts`;
  if (!existsSync(f))
    writeFileSync(
      f,
      `/**\n * @packageDocumentation\n */\n/** Version of the data and rules in this entry, for diagnostics. */\nexport const ENTRY = '${e}';\n`,
    );
}
