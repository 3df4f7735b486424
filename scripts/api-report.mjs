#!/usr/bin/env node
// API reports: the exported surface of every public entry point, written by API Extractor from the built
// declarations to packages/<name>/api/<entry>.api.md and checked in, so a change to the public API is a visible
// diff in review (with its changeset).
//   npm run api          rebuilds and rewrites the reports
//   node scripts/api-report.mjs --check   (a step of `npm test`) fails for every entry whose report is stale
// Needs the build (dist/*.d.ts). Writes .test-results/api-reports.json ({ passed, failed }) in --check mode.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGES = ['domain', 'deadlines', 'ocop-scoring', 'criteria', 'cli'];
const checking = process.argv.includes('--check');

/** Entry points with declarations: `{ name, dir, entry }`, entry `index` for `.` (JSON schemas have none). */
function entryPoints() {
  return PACKAGES.flatMap((name) => {
    const dir = join(ROOT, 'packages', name);
    const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return Object.entries(exports)
      .filter(([, target]) => typeof target === 'object' && target.import?.types)
      .map(([key, target]) => ({
        name,
        dir,
        entry: key === '.' ? 'index' : key.slice(2),
        types: target.import.types,
      }));
  });
}

function extractorConfig({ dir, entry, types }, temp) {
  return ExtractorConfig.prepare({
    configObjectFullPath: join(dir, 'api-extractor.json'), // virtual: the settings are all here
    packageJsonFullPath: join(dir, 'package.json'),
    configObject: {
      projectFolder: dir,
      mainEntryPointFilePath: join(dir, types),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            lib: ['ES2022', 'DOM'],
            types: [],
            strict: true,
            skipLibCheck: true,
          },
          files: [join(dir, types)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry,
        reportFolder: join(dir, 'api'),
        reportTempFolder: temp,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The SDK does not tag release levels (@public/@beta); TSDoc style is checked by the docs build.
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: true },
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
  });
}

const temp = mkdtempSync(join(tmpdir(), 'ntm-api-'));
const outcomes = [];
try {
  for (const point of entryPoints()) {
    const label = `@ntm/${point.name}${point.entry === 'index' ? '' : `/${point.entry}`}`;
    mkdirSync(join(point.dir, 'api'), { recursive: true });
    const messages = [];
    const result = Extractor.invoke(extractorConfig(point, temp), {
      localBuild: !checking,
      messageCallback: (message) => {
        // The report itself says what changed; keep the console to what needs a person.
        if (
          message.messageId === 'console-api-report-changed' ||
          message.messageId === 'console-api-report-created' ||
          message.logLevel === 'none'
        ) {
          message.handled = true;
          return;
        }
        if (message.logLevel === 'error' || message.logLevel === 'warning')
          messages.push(message.formatMessageWithoutLocation?.() ?? message.text);
        message.handled = true;
      },
    });
    const report = `packages/${point.name}/api/${point.entry}.api.md`;
    const stale = checking && result.apiReportChanged;
    const ok = result.succeeded && !stale;
    outcomes.push(ok);
    const detail = stale
      ? `the exported surface changed and ${report} was not updated: run \`npm run api\`, review the diff and add a changeset`
      : messages.join('\n    ');
    const status = ok ? '✔' : '✘';
    const action = checking
      ? ok
        ? 'up to date'
        : 'stale'
      : result.apiReportChanged
        ? 'updated'
        : 'unchanged';
    console.log(`  ${status} ${label} → ${report} ${action}${detail ? `\n    ${detail}` : ''}`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const passed = outcomes.filter(Boolean).length;
const failed = outcomes.length - passed;
if (checking) {
  mkdirSync(join(ROOT, '.test-results'), { recursive: true });
  writeFileSync(join(ROOT, '.test-results/api-reports.json'), JSON.stringify({ passed, failed }));
}
console.log(`API reports: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
