/**
 * Generates the QĐ 26/2026 rubric modules (src/data/rubrics/generated/) from the machine-readable transcription of the
 * decision in data-src/qd26-2026/, and nothing else:
 *
 *   npm run rubrics -w @ntm/ocop-scoring
 *
 * It fails loudly, writing nothing, when the source contradicts itself: a cap that does not match its options, a star
 * marker missing from the summary table (or the reverse), an irregularity no anomaly record explains, or an anomaly
 * record that explains nothing. test/generated-rubrics.test.ts fails when the checked-in modules are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexAnomalies } from './qd26/anomalies.js';
import { buildSheet, type SheetRubric } from './qd26/build-sheet.js';
import { renderDecision, renderIndex, renderSheet } from './qd26/render.js';
import { readSource, type Source } from './qd26/source.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The source folder, inside the package. */
export const SOURCE_DIR = join(packageDir, 'data-src/qd26-2026');
/** The generated modules' folder (ignored by the formatter: the generator's output is final). */
export const OUT_DIR = join(packageDir, 'src/data/rubrics/generated');

/** The star markers read from the sheets must be exactly those of the summary table. */
function checkMarkers(rubric: SheetRubric, source: Source, problem: (m: string) => void): void {
  const key = (m: { stars: number; criterion: string; points: number }) =>
    `${m.stars}★ ${m.criterion}≥${m.points}`;
  const onSheet = new Set(rubric.minimums.map(key));
  const inTable = new Set((source.markers[rubric.productSet] ?? []).map(key));
  for (const k of onSheet)
    if (!inTable.has(k))
      problem(`${rubric.productSet}: marker ${k} on the sheet, not in the summary`);
  for (const k of inTable)
    if (!onSheet.has(k))
      problem(`${rubric.productSet}: marker ${k} in the summary, not on the sheet`);
}

/** The generated files by name (relative to OUT_DIR). Throws with every problem found. */
export function generateRubrics(dir = SOURCE_DIR): Map<string, string> {
  const source = readSource(dir);
  const problems: string[] = [];
  const problem = (message: string): void => {
    problems.push(message);
  };
  const expected = Array.from({ length: 26 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
  const codes = source.sheets.map((s) => s.sheet);
  if (codes.join() !== expected.join()) problem(`expected sheets ${expected.join(', ')}`);
  source.sheets.forEach((s, i) => {
    if (s.number !== i + 1) problem(`${s.sheet}: numbered ${s.number}`);
  });
  const anomalies = indexAnomalies(source, problem);
  const rubrics = source.sheets.map((sheet) =>
    buildSheet(sheet, anomalies.correctionFor, anomalies.notesFor, problem),
  );
  for (const rubric of rubrics) checkMarkers(rubric, source, problem);
  if (problems.length > 0)
    throw new Error(`${problems.length} problem(s) in ${dir}:\n${problems.join('\n')}`);
  const files = new Map<string, string>();
  files.set('qd26-decision.ts', renderDecision(source.decision));
  for (const rubric of rubrics)
    files.set(`qd26-${rubric.productSet.toLowerCase()}.ts`, renderSheet(rubric, source.decision));
  files.set('qd26-rubrics.ts', renderIndex(codes, rubrics[8]?.title ?? ''));
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = generateRubrics();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const name of readdirSync(OUT_DIR)) if (!files.has(name)) rmSync(join(OUT_DIR, name));
  for (const [name, text] of files) writeFileSync(join(OUT_DIR, name), text);
  console.log(`Wrote ${files.size} modules to ${OUT_DIR}`);
}
