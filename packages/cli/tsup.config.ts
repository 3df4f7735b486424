import { packageBuild } from '../../tsup.base.js';

// index: the programmatic API (`run`); bin: the `ntm` executable (keeps its shebang, marked executable by tsup).
export default packageBuild(['src/index.ts', 'src/bin.ts'], {
  // The JSON Schema that `ntm init province-config` copies beside a configuration travels inside the bundle: Node 20
  // loads JSON modules only with import attributes, which a re-exported import would lose.
  noExternal: [/^@ntm\/domain\/schemas\//],
  // `import.meta.url` in the CommonJS build (version.ts finds package.json from it).
  shims: true,
});
