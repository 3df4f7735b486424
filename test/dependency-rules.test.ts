// The architecture's import rules (docs/architecture.md), checked on the sources so a violation fails the suite.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const LOGIC = ['deadlines', 'ocop-scoring', 'criteria'];
const PACKAGES = ['domain', ...LOGIC, 'cli'];

interface ImportLine {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|test-d|bench)\.ts$/.test(name) ? [path] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function importsOf(file: string): ImportLine[] {
  // Comments may hold import examples (TSDoc @example); only code counts.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(IMPORT)].map((m) => ({
    file: file.slice(ROOT.length + 1),
    specifier: m[3] ?? '',
    // `import { type A, type B }` is also type-only once compiled with verbatimModuleSyntax.
    typeOnly: Boolean(m[2]) || /^\s*(import|export)\s*\{\s*(type\s+[^,}]+,?\s*)+\}/.test(m[0]),
  }));
}

function packageImports(name: string): ImportLine[] {
  return sourceFiles(join(ROOT, 'packages', name, 'src')).flatMap(importsOf);
}

/** Follows relative imports from an entry file (type-only ones with `types`) and returns every file it reaches. */
function reachable(entry: string, { types = false } = {}): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const line of importsOf(file)) {
      if ((line.typeOnly && !types) || !line.specifier.startsWith('.')) continue;
      visit(resolve(dirname(file), line.specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return [...seen];
}

describe('dependency rules', () => {
  // Types too: a `.d.ts` importing `@ntm/domain` reaches its zod schemas, and an app without zod fails to type-check.
  it.each(LOGIC)(
    '@ntm/%s imports domain only from @ntm/domain/core (types included), and no zod or third party',
    (name) => {
      const offending = packageImports(name).filter((line) => {
        if (line.specifier.startsWith('.')) return false;
        if (line.specifier === '@ntm/domain/core') return false;
        if (name === 'ocop-scoring' && line.specifier.startsWith('@ntm/deadlines')) return false;
        return true;
      });
      expect(offending).toEqual([]);
    },
  );

  it('the types of @ntm/domain/core never mention zod', () => {
    const files = reachable(join(ROOT, 'packages/domain/src/core.ts'), { types: true });
    expect(files.length).toBeGreaterThan(1);
    const zodImports = files.flatMap(importsOf).filter((l) => l.specifier.startsWith('zod'));
    expect(zodImports).toEqual([]);
  });

  it.each(['core.ts', 'units.ts'])('@ntm/domain/%s never reaches zod at runtime', (entry) => {
    const file = join(ROOT, 'packages/domain/src', entry);
    const files = reachable(file);
    expect(files.length).toBeGreaterThan(1);
    const zodImports = files
      .flatMap(importsOf)
      .filter((l) => !l.typeOnly && l.specifier.startsWith('zod'));
    expect(zodImports).toEqual([]);
  });

  it('@ntm/domain depends on nothing but zod', () => {
    const external = packageImports('domain').filter(
      (l) => !l.specifier.startsWith('.') && !l.specifier.startsWith('zod'),
    );
    expect(external).toEqual([]);
  });

  it('nothing imports @ntm/cli', () => {
    const all = PACKAGES.filter((p) => p !== 'cli').flatMap(packageImports);
    expect(all.filter((l) => l.specifier.startsWith('@ntm/cli'))).toEqual([]);
  });

  it('the package graph has no cycle and matches the design', () => {
    const deps = Object.fromEntries(
      PACKAGES.map((name) => {
        const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'));
        return [
          name,
          Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).filter((d) =>
            d.startsWith('@ntm/'),
          ),
        ];
      }),
    );
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, trail: string[]) => {
      expect(visiting.has(name), `cycle: ${[...trail, name].join(' → ')}`).toBe(false);
      if (done.has(name)) return;
      visiting.add(name);
      for (const dep of deps[name] ?? []) visit(dep.replace('@ntm/', ''), [...trail, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of PACKAGES) visit(name, []);
    expect(deps.domain).toEqual([]);
    for (const name of LOGIC) {
      const allowed = name === 'ocop-scoring' ? ['@ntm/domain', '@ntm/deadlines'] : ['@ntm/domain'];
      expect(deps[name]?.every((d) => allowed.includes(d))).toBe(true);
    }
  });
});
