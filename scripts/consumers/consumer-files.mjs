// Turns an entry spec (entries.mjs) into the files a consumer writes: an ES module and a CommonJS script that
// run it and exit non-zero when the check fails, and TypeScript sources (.ts, .mts, .cts) to type-check.
import { transformSync } from 'esbuild';

/** `@ntm/domain/schemas/*.json` → `domain-schemas-json`: a file name for an entry. */
export function fileStem(entry) {
  return entry
    .replace(/^@ntm\//, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/-$/, '');
}

const valueNames = (names) => names.filter((n) => !n.startsWith('type '));

/** The consuming function in TypeScript; `await` on a plain value is harmless and covers `run`'s promise. */
function consumeTs(spec, name = 'consume') {
  return [
    `async function ${name}(): Promise<unknown> {`,
    ...(spec.setup ? [spec.setup] : []),
    `  const result: ${spec.type} = await (${spec.call});`,
    `  return ${spec.check};`,
    '}',
  ].join('\n');
}

function consumeJs(spec, name) {
  return transformSync(consumeTs(spec, name), { loader: 'ts', target: 'es2022' }).code;
}

function verdict(spec) {
  const expected = JSON.stringify(spec.expected);
  return [
    `const expected = ${JSON.stringify(expected)};`,
    'const got = JSON.stringify(value);',
    'if (got !== expected) {',
    "  console.error('expected', expected, 'got', got);",
    '  process.exitCode = 1;',
    '}',
  ].join('\n');
}

/** An ES module with static imports, as an app writes it. */
export function esmFile(spec) {
  const attributes = spec.json ? " with { type: 'json' }" : '';
  const imports = Object.entries(spec.imports).map(([from, names]) =>
    spec.json
      ? `import ${names[0].replace('default as ', '')} from '${from}'${attributes};`
      : `import { ${valueNames(names).join(', ')} } from '${from}';`,
  );
  return [...imports, consumeJs(spec), 'const value = await consume();', verdict(spec), ''].join(
    '\n',
  );
}

/** A CommonJS script with `require`, as an app writes it. */
export function cjsFile(spec) {
  const imports = Object.entries(spec.imports).map(([from, names]) =>
    spec.json
      ? `const ${names[0].replace('default as ', '')} = require('${from}');`
      : `const { ${valueNames(names).join(', ')} } = require('${from}');`,
  );
  return [
    "'use strict';",
    ...imports,
    consumeJs(spec),
    'consume().then(',
    '  (value) => {',
    verdict(spec),
    '  },',
    '  (error) => {',
    '    console.error(error);',
    '    process.exitCode = 1;',
    '  },',
    ');',
    '',
  ].join('\n');
}

/** A TypeScript module (its extension decides ESM or CJS under node16/nodenext). */
export function tsFile(spec) {
  const imports = Object.entries(spec.imports).map(
    ([from, names]) => `import { ${names.join(', ')} } from '${from}';`,
  );
  return [...imports, `export ${consumeTs(spec)}`, ''].join('\n');
}

/**
 * A browser app running several specs: it writes `{ [entry]: value or { error } }` to `<body data-results>`.
 */
export function appModule(specs) {
  const names = new Map();
  for (const spec of specs)
    for (const [from, list] of Object.entries(spec.imports))
      names.set(from, new Set([...(names.get(from) ?? []), ...valueNames(list)]));
  const imports = [...names].map(
    ([from, list]) => `import { ${[...list].join(', ')} } from '${from}';`,
  );
  const functions = specs.map((spec, i) => consumeJs(spec, `consume${i}`));
  const calls = specs.map(
    (spec, i) =>
      `  try { results[${JSON.stringify(spec.entry)}] = await consume${i}(); } catch (error) { results[${JSON.stringify(spec.entry)}] = { error: String(error) }; }`,
  );
  return [
    ...imports,
    ...functions,
    'const results = {};',
    ...calls,
    'document.body.dataset.results = JSON.stringify(results);',
    '',
  ].join('\n');
}
