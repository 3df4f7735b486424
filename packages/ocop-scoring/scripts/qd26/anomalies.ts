/*
 * The known anomalies of the legal text, as data (decision.json `anomalies`), checked against the sheets both ways:
 * every irregularity the generator finds in the sheets must be explained by exactly one record, and every record
 * must explain something that is there. An anomaly can therefore neither be forgotten nor outlive its cause.
 */
import { isStopNote, ZERO_RULE } from './build-sheet.js';
import type { Anomaly, Source, SourceItem, SourceSheet } from './source.js';

const STAR_NOTE = /^Ghi chú: Dấu sao/u;

/** Keys of the irregularities of one sheet (see each case below). */
function irregularitiesOf(sheet: SourceSheet): string[] {
  const out: string[] = [];
  const at = (kind: string, ...where: (string | number)[]) =>
    out.push([kind, sheet.sheet, ...where].join(':'));
  if (!sheet.exclusion) at('no-exclusion');
  if (!sheet.footnotes.some((f) => STAR_NOTE.test(f))) at('no-star-note');
  for (const part of sheet.parts) {
    if (part.headingPoints !== undefined && part.headingPoints !== part.maxPoints)
      at('part-heading', part.part);
    const walk = (item: SourceItem): void => {
      if (item.yesNo) at('no-options', item.code);
      if (item.options?.some((o) => o.printedPoints !== undefined || o.printedMarker !== undefined))
        at('printed', item.code);
      for (const note of item.notes) if (ZERO_RULE.test(note)) at('zero-rule', item.code);
      for (const child of item.criteria ?? []) walk(child);
    };
    for (const section of part.sections) {
      walk(section);
      // Stop notes belong to criteria (sensory stop rules, exclusions); one printed under a whole section is odd.
      if (section.notes.some((n) => isStopNote(n) && !ZERO_RULE.test(n)))
        at('stop-note', section.code);
    }
  }
  return out;
}

/** The (criterion, stars) markers of a sheet. */
function markersOf(sheet: SourceSheet): Set<string> {
  const out = new Set<string>();
  const walk = (item: SourceItem): void => {
    for (const o of item.options ?? []) if (o.stars) out.add(`${item.code}:${o.stars}`);
    for (const child of item.criteria ?? []) walk(child);
  };
  for (const part of sheet.parts) for (const section of part.sections) walk(section);
  return out;
}

/**
 * A marker that every other sheet printing the star note carries on the same criterion, missing here. Sheets
 * without the star note (B26) have a different structure and take no part.
 */
function missingMarkers(sheets: readonly SourceSheet[]): string[] {
  const noted = sheets.filter((s) => s.footnotes.some((f) => STAR_NOTE.test(f)));
  const marks = new Map(noted.map((s) => [s.sheet, markersOf(s)]));
  const out: string[] = [];
  for (const sheet of noted) {
    const others = noted.filter((s) => s !== sheet);
    const everywhere = [...(marks.get(others[0]?.sheet ?? '') ?? [])].filter((m) =>
      others.every((s) => marks.get(s.sheet)?.has(m)),
    );
    for (const m of everywhere)
      if (!marks.get(sheet.sheet)?.has(m)) out.push(`missing-marker:${sheet.sheet}:${m}`);
  }
  return out;
}

const matches = (pattern: string, key: string): boolean =>
  pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : pattern === key;

/** What the generator needs from the anomalies, after checking them against the sheets. */
export interface AnomalyIndex {
  /** Correction text for the options of a criterion printed differently. */
  correctionFor(sheet: string, code: string): string | undefined;
  /** Notes the anomalies add to a sheet, in the order of decision.json. */
  notesFor(sheet: string): readonly string[];
}

export function indexAnomalies(source: Source, problem: (message: string) => void): AnomalyIndex {
  const { anomalies } = source.decision;
  const found = [...source.sheets.flatMap(irregularitiesOf), ...missingMarkers(source.sheets)];
  const coverOf = new Map<string, Anomaly>();
  for (const key of found) {
    const by = anomalies.filter((a) => a.covers?.some((p) => matches(p, key)));
    if (by.length !== 1)
      problem(`${key}: explained by ${by.length} anomalies in decision.json (needs exactly 1)`);
    if (by[0]) coverOf.set(key, by[0]);
  }
  for (const a of anomalies) {
    for (const pattern of a.covers ?? [])
      if (!found.some((key) => matches(pattern, key)))
        problem(`anomaly ${a.id}: nothing in the sheets matches ${pattern}`);
    for (const d of a.details ?? []) {
      const sheet = source.sheets.find((s) => s.sheet === d.sheet);
      if (!sheet || !`${sheet.title} ${sheet.classification}`.includes(d.onSheet))
        problem(`anomaly ${a.id}: sheet ${d.sheet} does not print "${d.onSheet}"`);
    }
  }
  return {
    correctionFor: (sheet, code) => coverOf.get(`printed:${sheet}:${code}`)?.correction,
    notesFor: (sheet) =>
      anomalies
        .filter(
          (a) =>
            a.note !== undefined &&
            [...coverOf].some(([k, v]) => v === a && k.split(':')[1] === sheet),
        )
        .map((a) => a.note as string),
  };
}
