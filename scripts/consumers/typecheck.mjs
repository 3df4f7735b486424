// Type-checks consumer files with the TypeScript compiler API, as `tsc --noEmit --strict` would in an app with the
// given module resolution. One program per entry, so an error is blamed on the entry that brings it; parsed files
// are shared between the programs of one mode, which keeps dozens of programs to seconds.
import ts from 'typescript';

/** The four ways apps resolve packages; node16/nodenext check an ES module (.mts) and a CommonJS one (.cts). */
export const MODES = {
  node10: {
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    extensions: ['.ts'],
  },
  node16: {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    extensions: ['.mts', '.cts'],
  },
  nodenext: {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    extensions: ['.mts', '.cts'],
  },
  bundler: {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    extensions: ['.ts'],
  },
};

function compilerOptions(mode) {
  return {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    // zod's own declarations (reached through `@ntm/domain`) name the `URL` global, which an app has from the DOM
    // lib or @types/node, and default-import modules, which node10 accepts with esModuleInterop (tsc --init's
    // default; implied by node16/nodenext).
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    esModuleInterop: true,
    types: [],
    // The packages' declaration files are checked too (an import they cannot resolve is an error); only
    // TypeScript's own lib files are skipped.
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    module: MODES[mode].module,
    moduleResolution: MODES[mode].moduleResolution,
  };
}

/** A checker for one mode: `check(files)` returns the formatted diagnostics ('' when clean). */
export function createChecker(mode) {
  const options = compilerOptions(mode);
  const host = ts.createCompilerHost(options);
  const parsed = new Map();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const format = typeof languageVersion === 'object' ? languageVersion.impliedNodeFormat : '';
    const key = `${fileName}\0${format}`;
    if (!parsed.has(key))
      parsed.set(key, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return parsed.get(key);
  };
  return (files) => {
    const program = ts.createProgram({ rootNames: files, options, host });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    return ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    });
  };
}
