/**
 * Generates the QĐ 26/2026 rubric data (one file per product set) from the OCOP data reference, Appendix A.
 *
 *   npx tsx packages/ocop-scoring/scripts/generate-rubrics.ts [path/to/shared/reference/ocop/README.md]
 *
 * The reference is the source of truth; this script only transcribes it. It fails loudly when a cap does not match
 * its options (a transcript error to resolve in the reference, not here), and it cross-checks the star markers read
 * from the sheets against the §3 summary table, writing that table as a test fixture.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Option {
  text: string;
  points: number;
  minStars?: 3 | 4 | 5;
  correction?: string;
}
interface Case {
  id: string;
  title: string;
  options: Option[];
}
interface Criterion {
  kind: 'choice' | 'yes-no' | 'cases' | 'group';
  code: string;
  title: string;
  maxPoints: number;
  notes: string[];
  options?: Option[];
  cases?: Case[];
  items?: Criterion[];
}
interface Section {
  code: string;
  title: string;
  maxPoints: number;
  notes: string[];
  items: Criterion[];
  /** Set when options are printed directly under the section (it is then its own criterion). */
  direct?: Criterion;
}
interface Part {
  key: 'A' | 'B' | 'C';
  title: string;
  maxPoints: number;
  sections: Section[];
}
interface Disqualifier {
  id: string;
  scope: 'sheet' | 'criterion';
  criterion?: string;
  effect: 'excluded' | 'not-evaluated';
  whenZeroIn?: string[];
  text: string;
}
interface Minimum {
  stars: 3 | 4 | 5;
  criterion: string;
  case?: string;
  option: number;
  points: number;
}
interface Sheet {
  productSet: string;
  title: string;
  classification: string;
  parts: Part[];
  sheetNotes: string[];
  disqualifiers: Disqualifier[];
}

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '..');
const repoRoot = resolve(packageDir, '../..');
const referencePath = resolve(
  process.argv[2] ?? join(repoRoot, '../shared/reference/ocop/README.md'),
);
const outDir = join(packageDir, 'src/data/rubrics');
const fixtureDir = join(packageDir, 'test/fixtures');

const problems: string[] = [];
const problem = (message: string): void => {
  problems.push(message);
};

function parseOption(body: string, where: string): { option: Option; case?: string } {
  // "( ) [trường hợp a] text → **3** ⟨tối thiểu 4★⟩ [correction]"
  const match =
    /^\( \) (?:\[trường hợp ([a-z])\] )?(.*) → \*\*(\d+(?:\.\d+)?)\*\*( ⟨tối thiểu ([345])★⟩)?(?: \[(.*)\])?$/u.exec(
      body,
    );
  if (!match) throw new Error(`${where}: cannot read option line: ${body}`);
  const [, caseId, text = '', points = '', , stars, correction] = match;
  const option: Option = { text: text.trim(), points: Number(points) };
  if (stars) option.minStars = Number(stars) as 3 | 4 | 5;
  if (correction) option.correction = correction;
  return caseId ? { option, case: caseId } : { option };
}

function noteText(body: string): string {
  // "_text_" → text; the reference escapes asterisks in the star note.
  return body
    .replace(/^_(.*)_$/u, '$1')
    .replace(/\\\*/gu, '*')
    .trim();
}

function parseSheets(markdown: string): Sheet[] {
  const start = markdown.indexOf('## Appendix A');
  if (start < 0) throw new Error('Appendix A not found');
  const lines = markdown.slice(start).split('\n');
  const sheets: Sheet[] = [];
  let sheet: Sheet | undefined;
  let part: Part | undefined;
  let section: Section | undefined;
  let criterion: Criterion | undefined;
  let sub: Criterion | undefined;

  const addOption = (body: string, indent: number, where: string): void => {
    const { option, case: caseId } = parseOption(body, where);
    let target = indent >= 8 ? sub : indent >= 6 ? criterion : undefined;
    if (indent === 4 || !target) {
      if (!section) throw new Error(`${where}: option outside a section`);
      // A section scored directly becomes its own criterion, with the section's code and notes.
      section.direct ??= {
        kind: 'choice',
        code: section.code,
        title: section.title,
        maxPoints: section.maxPoints,
        notes: section.notes,
      };
      target = section.direct;
    }
    if (caseId) {
      target.kind = 'cases';
      target.cases ??= [];
      let group = target.cases.find((c) => c.id === caseId);
      if (!group) {
        group = { id: caseId, title: '', options: [] };
        target.cases.push(group);
      }
      group.options.push(option);
    } else {
      target.options ??= [];
      target.options.push(option);
    }
  };

  const addNote = (text: string, indent: number): void => {
    const owner = indent >= 8 ? sub : indent >= 6 ? criterion : indent >= 4 ? section : undefined;
    if (owner) owner.notes.push(text);
    else sheet?.sheetNotes.push(text);
  };

  for (const [index, raw] of lines.entries()) {
    const where = `Appendix A line ${index + 1}`;
    const line = raw.replace(/\s+$/u, '');
    if (line === '') continue;
    const head = /^#### QĐ26-(B\d\d) — \d+\. (.*)$/u.exec(line);
    if (head) {
      sheet = {
        productSet: head[1] ?? '',
        title: (head[2] ?? '').trim(),
        classification: '',
        parts: [],
        sheetNotes: [],
        disqualifiers: [],
      };
      sheets.push(sheet);
      part = section = criterion = sub = undefined;
      continue;
    }
    if (!sheet) continue;
    const classification = /^Phân loại ghi trên phiếu: (.*)$/u.exec(line);
    if (classification) {
      sheet.classification = (classification[1] ?? '').replace(/^\((.*)\)$/u, '$1');
      continue;
    }
    const exclusion = /^\*\*(Hồ sơ bị loại khi: .*)\*\*$/u.exec(line);
    if (exclusion) {
      sheet.disqualifiers.push({
        id: 'sheet',
        scope: 'sheet',
        effect: 'excluded',
        text: exclusion[1] ?? '',
      });
      continue;
    }
    if (/^Tổng cộng: 100 điểm\.$/u.test(line)) continue;
    if (/^_.*_$/u.test(line)) {
      sheet.sheetNotes.push(noteText(line));
      continue;
    }
    const item = /^( *)- (.*)$/u.exec(line);
    if (!item) throw new Error(`${where}: unexpected line: ${line}`);
    const indent = (item[1] ?? '').length;
    const body = item[2] ?? '';
    const partHead =
      /^\*\*Phần ([ABC]) — (.*?)(?: \(\d+ Điểm\))?\*\* — tối đa \*\*(\d+)\*\*$/u.exec(body);
    if (indent === 0 && partHead) {
      part = {
        key: partHead[1] as Part['key'],
        title: partHead[2] ?? '',
        maxPoints: Number(partHead[3]),
        sections: [],
      };
      sheet.parts.push(part);
      section = criterion = sub = undefined;
      continue;
    }
    const sectionHead = /^\*\*(\d+)\. (.*)\*\* — tối đa \*\*(\d+)\*\*$/u.exec(body);
    if (indent === 2 && sectionHead) {
      if (!part) throw new Error(`${where}: section outside a part`);
      section = {
        code: sectionHead[1] ?? '',
        title: (sectionHead[2] ?? '').trim(),
        maxPoints: Number(sectionHead[3]),
        notes: [],
        items: [],
      };
      part.sections.push(section);
      criterion = sub = undefined;
      continue;
    }
    const criterionHead = /^\*(\d+(?:\.\d+)+)\. (.*)\* — tối đa \*\*(\d+)\*\*$/u.exec(body);
    if (criterionHead && (indent === 4 || indent === 6)) {
      const made: Criterion = {
        kind: 'choice',
        code: criterionHead[1] ?? '',
        title: (criterionHead[2] ?? '').trim(),
        maxPoints: Number(criterionHead[3]),
        notes: [],
      };
      if (indent === 4) {
        if (!section) throw new Error(`${where}: criterion outside a section`);
        section.items.push(made);
        criterion = made;
        sub = undefined;
      } else {
        if (!criterion) throw new Error(`${where}: sub-criterion outside a criterion`);
        criterion.kind = 'group';
        criterion.items ??= [];
        criterion.items.push(made);
        sub = made;
      }
      continue;
    }
    if (body.startsWith('( ) ')) {
      addOption(body, indent, where);
      continue;
    }
    if (body.startsWith('(không liệt kê phương án')) {
      const target = indent >= 8 ? sub : criterion;
      if (!target) throw new Error(`${where}: yes/no marker outside a criterion`);
      target.kind = 'yes-no';
      continue;
    }
    if (/^_.*_$/u.test(body)) {
      addNote(noteText(body), indent);
      continue;
    }
    throw new Error(`${where}: unexpected line: ${line}`);
  }
  return sheets;
}

/** Turns "a. Trường hợp 1: …" notes into case titles. */
function nameCases(criterion: Criterion): void {
  if (criterion.kind !== 'cases' || !criterion.cases) return;
  for (const c of criterion.cases) {
    const title = criterion.notes
      .map((note) => new RegExp(`^${c.id}\\. Trường hợp \\d+: (.*)$`, 'u').exec(note)?.[1])
      .find((t) => t !== undefined);
    if (!title) problem(`${criterion.code}: no title for case ${c.id}`);
    c.title = title ?? c.id;
  }
}

function leaves(criterion: Criterion): Criterion[] {
  return criterion.kind === 'group' ? (criterion.items ?? []).flatMap(leaves) : [criterion];
}

function best(criterion: Criterion): number {
  switch (criterion.kind) {
    case 'choice':
      return Math.max(...(criterion.options ?? []).map((o) => o.points));
    case 'yes-no':
      return criterion.maxPoints;
    case 'cases':
      return Math.max(...(criterion.cases ?? []).flatMap((c) => c.options.map((o) => o.points)));
    case 'group':
      return (criterion.items ?? []).reduce((sum, item) => sum + best(item), 0);
  }
}

/** Builds the final shape: sections scored directly become a criterion with the section's code. */
function finish(sheet: Sheet): { rubric: Record<string, unknown>; minimums: Minimum[] } {
  const id = `QD26_2026-${sheet.productSet}`;
  const minimums: Minimum[] = [];
  const disqualifiers = [...sheet.disqualifiers];
  const parts = sheet.parts.map((part) => {
    let partSum = 0;
    const sections = part.sections.map((section) => {
      let items = section.items;
      let sectionNotes = section.notes;
      if (section.direct) {
        if (items.length > 0) problem(`${id} §${section.code}: options and criteria both present`);
        items = [section.direct];
        sectionNotes = [];
      } else if (section.notes.some(isDisqualifierNote)) {
        problem(`${id} §${section.code}: disqualifier note on a section with criteria`);
      }
      let sectionSum = 0;
      for (const item of items) {
        const value = best(item);
        if (item.kind !== 'yes-no' && value !== item.maxPoints)
          problem(`${id} ${item.code}: cap ${item.maxPoints} but best option ${value}`);
        for (const leaf of leaves(item)) {
          const leafBest = best(leaf);
          if (leaf.kind !== 'yes-no' && leafBest !== leaf.maxPoints)
            problem(`${id} ${leaf.code}: cap ${leaf.maxPoints} but best option ${leafBest}`);
          nameCases(leaf);
          collectMinimums(leaf, minimums);
        }
        sectionSum += item.maxPoints;
      }
      if (sectionSum !== section.maxPoints)
        problem(
          `${id} §${section.code}: cap ${section.maxPoints} but criteria sum to ${sectionSum}`,
        );
      partSum += section.maxPoints;
      return {
        code: section.code,
        title: section.title,
        maxPoints: section.maxPoints,
        notes: sectionNotes,
        items,
      };
    });
    if (partSum !== part.maxPoints)
      problem(`${id} part ${part.key}: cap ${part.maxPoints} but sections sum to ${partSum}`);
    return { key: part.key, title: part.title, maxPoints: part.maxPoints, sections };
  });
  for (const part of parts)
    for (const section of part.sections)
      for (const item of section.items) collectDisqualifiers(item, section.items, disqualifiers);
  const rubric = {
    id,
    version: 'QD26_2026',
    productSet: sheet.productSet,
    title: sheet.title,
    classification: sheet.classification,
    parts: parts.map(({ sections, ...rest }) => ({
      ...rest,
      sections: sections.map(({ items, ...s }) => ({ ...s, items: items.map(shape) })),
    })),
    minimums,
    disqualifiers,
    notes: sheet.sheetNotes,
  };
  return { rubric, minimums };
}

function collectMinimums(leaf: Criterion, out: Minimum[]): void {
  const scan = (options: Option[], caseId?: string): void => {
    for (const [option, o] of options.entries())
      if (o.minStars)
        out.push({
          stars: o.minStars,
          criterion: leaf.code,
          ...(caseId === undefined ? {} : { case: caseId }),
          option,
          points: o.points,
        });
  };
  if (leaf.options) scan(leaf.options);
  for (const c of leaf.cases ?? []) scan(c.options, c.id);
}

const EXCLUDED = /Bị loại nếu|sẽ bị loại/iu;
const STOPS =
  /không đánh giá các bước tiếp theo|không xem xét các chỉ tiêu khác|không đánh giá những sản phẩm/iu;

function isDisqualifierNote(note: string): boolean {
  return EXCLUDED.test(note) || STOPS.test(note);
}

function collectDisqualifiers(
  item: Criterion,
  siblings: readonly Criterion[],
  out: Disqualifier[],
): void {
  for (const leaf of [item, ...(item.kind === 'group' ? (item.items ?? []) : [])]) {
    for (const note of leaf.notes) {
      if (!isDisqualifierNote(note)) continue;
      const excluded = EXCLUDED.test(note);
      const taken = out.filter((d) => d.criterion === leaf.code).length;
      const d: Disqualifier = {
        id: taken === 0 ? leaf.code : `${leaf.code}#${taken + 1}`,
        scope: 'criterion',
        criterion: leaf.code,
        effect: excluded ? 'excluded' : 'not-evaluated',
        text: note,
      };
      if (/Nếu được 0 điểm tại một trong các chỉ tiêu trên/u.test(note)) {
        // "the criteria above" = this section's criteria up to and including this one (the note is printed after it).
        const upTo = siblings.indexOf(item);
        d.whenZeroIn = siblings
          .slice(0, upTo + 1)
          .flatMap(leaves)
          .map((c) => c.code);
      }
      out.push(d);
    }
  }
}

/** Orders keys and drops parser-only fields. */
function shape(c: Criterion): Record<string, unknown> {
  const base = {
    kind: c.kind,
    code: c.code,
    title: c.title,
    maxPoints: c.maxPoints,
    notes: c.notes,
  };
  switch (c.kind) {
    case 'choice':
      return { ...base, options: c.options ?? [] };
    case 'yes-no':
      return base;
    case 'cases':
      return { ...base, cases: c.cases ?? [] };
    case 'group':
      return { ...base, items: (c.items ?? []).map(shape) };
  }
}

/** §3 table: "| B01 | name | 2.2≥2, … | … | … |" → minimums (criterion, stars, points). */
function parseMinimumTable(
  markdown: string,
): Map<string, { stars: number; criterion: string; points: number }[]> {
  const table = new Map<string, { stars: number; criterion: string; points: number }[]>();
  const start = markdown.indexOf('## 3. Minimum-requirement markers');
  const end = markdown.indexOf('## 4.', start);
  for (const line of markdown.slice(start, end).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const code = cells[1];
    if (!code || !/^B\d\d$/u.test(code)) continue;
    const rows: { stars: number; criterion: string; points: number }[] = [];
    for (const [column, stars] of [
      [3, 3],
      [4, 4],
      [5, 5],
    ] as const) {
      for (const entry of (cells[column] ?? '').split(',')) {
        const m = /^(\d+(?:\.\d+)*)≥(\d+)$/u.exec(entry.trim());
        if (m) rows.push({ stars, criterion: m[1] ?? '', points: Number(m[2]) });
      }
    }
    table.set(code, rows);
  }
  return table;
}

/** QĐ 26/2026, Phụ lục II: the legal basis of one sheet. */
function basisOf(sheet: string): Record<string, unknown> {
  return {
    number: '26/2026/QĐ-TTg',
    type: 'QĐ',
    issuer: 'TTg',
    title: {
      vi: 'Bộ tiêu chí đánh giá sản phẩm OCOP (kiêm phiếu đánh giá sản phẩm OCOP)',
      en: 'OCOP product evaluation criteria (and scoring sheet)',
    },
    signed: '2026-05-22',
    effective: '2026-05-22',
    annex: 'Phụ lục II',
    sheet,
  };
}

function main(): void {
  const markdown = readFileSync(referencePath, 'utf8');
  const sheets = parseSheets(markdown);
  if (sheets.length !== 26) throw new Error(`expected 26 sheets, found ${sheets.length}`);
  const table = parseMinimumTable(markdown);
  mkdirSync(outDir, { recursive: true });
  mkdirSync(fixtureDir, { recursive: true });
  const written: string[] = [];
  for (const sheet of sheets) {
    const { rubric, minimums } = finish(sheet);
    const expected = table.get(sheet.productSet) ?? [];
    const key = (m: { stars: number; criterion: string; points: number }): string =>
      `${m.stars}★ ${m.criterion}≥${m.points}`;
    const fromSheet = new Set(minimums.map(key));
    const fromTable = new Set(expected.map(key));
    for (const k of fromSheet)
      if (!fromTable.has(k)) problem(`${sheet.productSet}: marker ${k} on the sheet, not in §3`);
    for (const k of fromTable)
      if (!fromSheet.has(k)) problem(`${sheet.productSet}: marker ${k} in §3, not on the sheet`);
    const name = `qd26-${sheet.productSet.toLowerCase()}`;
    const constant = `QD26_2026_${sheet.productSet}`;
    const { id, version, productSet, title, classification, ...rest } = rubric;
    const body = JSON.stringify(rest, null, 2);
    const file = `// Generated by packages/ocop-scoring/scripts/generate-rubrics.ts from the OCOP data reference (Appendix A).
// Do not edit by hand: fix the reference or the script, then run \`npx tsx packages/ocop-scoring/scripts/generate-rubrics.ts\`.
import type { OcopRubric } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import { QD26_DATA_AS_OF, QD26_SIGNED, QD26_VALIDITY } from './qd26-common.js';

/**
 * QĐ 26/2026/QĐ-TTg, Phụ lục II, sheet ${productSet}: ${String(title)}.
 *
 * @remarks ${String(classification)}.
 * @example
 * \`\`\`ts
 * import { ${constant} } from '@ntm/ocop-scoring/rubrics';
 * scoreAssessment(${constant}, answers);
 * \`\`\`
 */
export const ${constant}: OcopRubric = /* @__PURE__ */ deepFreeze({
  id: ${JSON.stringify(id)},
  version: ${JSON.stringify(version)},
  productSet: ${JSON.stringify(productSet)},
  title: ${JSON.stringify(title)},
  classification: ${JSON.stringify(classification)},
  // Written out (not built by a call) so bundlers can drop unused sheets.
  basis: ${JSON.stringify(basisOf(String(productSet))).replaceAll('"2026-05-22"', 'QD26_SIGNED')},
  validity: QD26_VALIDITY,
  dataAsOf: QD26_DATA_AS_OF,
  ${body.slice(1, -1).trim()}
} satisfies OcopRubric);
`;
    const path = join(outDir, `${name}.ts`);
    writeFileSync(path, file);
    written.push(path);
  }
  const codes = sheets.map((s) => s.productSet);
  const all = `// Generated by packages/ocop-scoring/scripts/generate-rubrics.ts. Do not edit by hand.
import type { OcopRubric } from '@ntm/domain/core';
${codes.map((c) => `import { QD26_2026_${c} } from './qd26-${c.toLowerCase()}.js';`).join('\n')}

/**
 * All 26 QĐ 26/2026 scoring sheets, by product set code (\`B01\` … \`B26\`). Importing this pulls in every sheet;
 * import one sheet (e.g. \`QD26_2026_B04\`) to ship only that one.
 *
 * @example
 * \`\`\`ts
 * QD26_RUBRICS.B09.title; // 'Bộ sản phẩm: Tương, nước mắm, gia vị dạng lỏng khác'
 * \`\`\`
 */
export const QD26_RUBRICS: Readonly<Record<string, OcopRubric>> = /* @__PURE__ */ Object.freeze({
${codes.map((c) => `  ${c}: QD26_2026_${c},`).join('\n')}
});
`;
  const allPath = join(outDir, 'qd26-rubrics.ts');
  writeFileSync(allPath, all);
  written.push(allPath);
  const fixture = Object.fromEntries([...table.entries()].sort());
  const fixturePath = join(fixtureDir, 'qd26-minimums.json');
  writeFileSync(fixturePath, `${JSON.stringify(fixture, null, 2)}\n`);
  written.push(fixturePath);
  const biome = join(repoRoot, 'node_modules/.bin/biome');
  if (existsSync(biome))
    execFileSync(biome, ['check', '--write', ...written], { stdio: 'inherit' });
  if (problems.length > 0) {
    console.error(`Found ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
  console.log(`Wrote ${sheets.length} rubrics to ${outDir}`);
}

main();
