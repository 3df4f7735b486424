import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRubrics, OUT_DIR, SOURCE_DIR } from '../scripts/generate-rubrics.js';
import type { Decision, SourceOption, SourceSheet } from '../scripts/qd26/source.js';

describe('the QĐ 26/2026 modules are generated from data-src/qd26-2026 and nothing else', () => {
  it('the checked-in modules are what the source produces (run `npm run rubrics -w @ntm/ocop-scoring`)', () => {
    const files = generateRubrics();
    expect(readdirSync(OUT_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files)
      expect(readFileSync(join(OUT_DIR, name), 'utf8'), name).toBe(text);
  });

  it('cites the decision and never the reference documents it was first read from', () => {
    for (const text of generateRubrics().values()) {
      // A README, a section of a reference document or the shared folder: all outside the repository.
      expect(text).not.toMatch(/README|reference \u00a7|shared\u002f/u);
      expect(text).toContain('data-src/qd26-2026/');
    }
  });
});

describe('the generator refuses a source that contradicts itself', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  /** A copy of the source with one file edited. */
  const edited = <T>(file: string, edit: (json: T) => void): string => {
    dir = mkdtempSync(join(tmpdir(), 'qd26-'));
    cpSync(SOURCE_DIR, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    edit(json);
    writeFileSync(join(dir, file), JSON.stringify(json));
    return dir;
  };
  /** The options of criterion `index` of section `section` of part `part`. */
  const options = (sheet: SourceSheet, part: number, section: number, index: number) => {
    const criterion = sheet.parts[part]!.sections[section]!.criteria![index]!;
    return { code: criterion.code, options: criterion.options as SourceOption[] };
  };

  it('an option whose points break its cap', () => {
    const source = edited<SourceSheet>('b04.json', (sheet) => {
      options(sheet, 0, 0, 0).options[0]!.points = 9;
    });
    expect(() => generateRubrics(source)).toThrow(/QD26_2026-B04 1\.1: cap 3 but best option 9/u);
  });

  it('an anomaly record removed while the sheet still shows it', () => {
    const source = edited<Decision>('decision.json', (decision) => {
      decision.anomalies = decision.anomalies.filter((a) => a.id !== 'b10-3.5-no-4-star');
    });
    expect(() => generateRubrics(source)).toThrow(/missing-marker:B10:3\.5:4: explained by 0/u);
  });

  it('an anomaly record that explains nothing (the marker is there after all)', () => {
    const source = edited<SourceSheet>('b10.json', (sheet) => {
      const criterion = options(sheet, 0, 2, 4);
      expect(criterion.code).toBe('3.5');
      criterion.options[1]!.stars = 4;
    });
    expect(() => generateRubrics(source)).toThrow(
      /anomaly b10-3\.5-no-4-star: nothing in the sheets matches missing-marker:B10:3\.5:4/u,
    );
  });

  it('a star marker the summary table does not list', () => {
    const source = edited<SourceSheet>('b01.json', (sheet) => {
      options(sheet, 0, 0, 0).options[2]!.stars = 5;
    });
    expect(() => generateRubrics(source)).toThrow(
      /B01: marker 5★ 1\.1≥\d on the sheet, not in the summary/u,
    );
  });
});
