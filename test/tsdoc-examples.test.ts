// Every public export carries TSDoc with an @example: apps and officials read the reference, not the source.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = ['domain', 'deadlines', 'ocop-scoring', 'criteria', 'cli'];

function entryFiles(name: string): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'));
  return Object.values(pkg.exports as Record<string, unknown>)
    .map((target) =>
      typeof target === 'object' && target
        ? (target as Record<string, string>)['@ntm/source']
        : undefined,
    )
    .filter((src): src is string => typeof src === 'string')
    .map((src) => join(ROOT, 'packages', name, src));
}

const entries = PACKAGES.flatMap(entryFiles);
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  customConditions: ['@ntm/source'],
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

function exportsWithoutExample(entry: string): string[] {
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [`<cannot read ${entry}>`];
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      return !declarations.some((d) =>
        ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'example'),
      );
    })
    .map((s) => s.getName());
}

describe('TSDoc @example on every export', () => {
  it.each(entries.map((e) => [e.slice(ROOT.length + 1), e]))('%s', (_label, entry) => {
    expect(exportsWithoutExample(entry)).toEqual([]);
  });
});
