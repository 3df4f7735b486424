/*
 * The open data (docs/open-data.md): every JSON file is what `npm run data` writes (so never stale), satisfies its
 * schema, holds the same values as the TypeScript data (compared through the public API, not through the generator),
 * and the docs' Python snippet runs against the files as a user would.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NTM_CRITERIA_DATA_INFO, NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import {
  daysOff,
  fromLunar,
  HOLIDAYS_DATA_INFO,
  LUNAR_DATA_INFO,
  makeUpWorkingDays,
  NATIONAL_CALENDAR,
  PENDING_DAYS_OFF,
  toLunar,
} from '@ntm/deadlines';
import type { LegalBasis } from '@ntm/domain/core';
import { addDays } from '@ntm/domain/core';
import { predecessorsOf, UNITS_DATA_INFO, type UnitBoundary } from '@ntm/domain/units';
import {
  OCOP_LEVELS,
  OCOP_PROCESS_DATA_INFO,
  OCOP_PROCESS_PERIODS,
  OCOP_TIME_LIMITS,
  OCOP_TRANSITION,
  OCOP_VERSIONS,
  OCOP_VERSIONS_DATA_INFO,
} from '@ntm/ocop-scoring';
import { OCOP_TAXONOMY, QD26_DATA_INFO, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { describe, expect, it } from 'vitest';
import { QD_188_1999 } from '../packages/deadlines/src/data/legal-texts.js';
import { DATASET } from '../packages/domain/src/units/dataset.js';
import { buildOpenData, DOCS_PAGE, filesOnDisk, ROOT } from '../scripts/open-data/build.js';
import { openDataFiles } from '../scripts/open-data/registry.js';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: JSON read back from disk, checked value by value below.
const json = (path: string): any => JSON.parse(read(path));

describe('the open-data files are generated from the TypeScript data (run `npm run data` when this fails)', () => {
  const { files, page } = buildOpenData();

  it('every file on disk is one the generator writes, and the reverse', () => {
    expect(filesOnDisk().sort()).toEqual([...files.keys()].sort());
  });

  it.each([...files.keys()])('%s is up to date', (path) => {
    expect(read(path)).toBe(files.get(path));
  });

  it('docs/open-data.md lists every file with its schema, size and source', () => {
    expect(readFileSync(DOCS_PAGE, 'utf8')).toBe(page);
    for (const f of openDataFiles()) {
      expect(page).toContain(`\`@ntm/${f.pkg}/${f.path}\``);
      expect(page).toContain(`\`@ntm/${f.pkg}/${f.schema.path}\``);
    }
  });
});

describe('every file satisfies its schema, and every package publishes its files', () => {
  it.each(openDataFiles().map((f) => [`packages/${f.pkg}/${f.path}`, f] as const))(
    '%s',
    (path, f) => {
      const result = f.schema.zod.safeParse(json(path));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(['domain', 'deadlines', 'ocop-scoring', 'criteria'])(
    '@ntm/%s exports and ships data/',
    (pkg) => {
      const manifest = json(`packages/${pkg}/package.json`);
      expect(manifest.exports['./data/*.json']).toBe('./data/*.json');
      expect(manifest.files).toContain('data');
    },
  );
});

describe('JSON and TypeScript hold the same values', () => {
  it('OCOP: the 26 sheets, the index, the classification, the versions and the process', () => {
    for (const [code, rubric] of Object.entries(QD26_RUBRICS))
      expect(json(`packages/ocop-scoring/data/qd26-2026/${code.toLowerCase()}.json`)).toEqual(
        rubric,
      );
    const index = json('packages/ocop-scoring/data/qd26-2026/index.json');
    expect(index.info).toEqual(QD26_DATA_INFO);
    expect(index.sheets.map((s: { productSet: string }) => s.productSet)).toEqual(
      Object.keys(QD26_RUBRICS),
    );
    expect(index.decision.number).toBe(QD26_RUBRICS.B01?.basis.number);
    expect(index.validity).toEqual(QD26_RUBRICS.B01?.validity);
    expect(json('packages/ocop-scoring/data/qd26-2026/taxonomy.json')).toEqual(OCOP_TAXONOMY);
    expect(json('packages/ocop-scoring/data/versions.json')).toEqual({
      info: OCOP_VERSIONS_DATA_INFO,
      versions: OCOP_VERSIONS,
      transition: OCOP_TRANSITION,
    });
    expect(json('packages/ocop-scoring/data/process.json')).toEqual({
      info: OCOP_PROCESS_DATA_INFO,
      levels: OCOP_LEVELS,
      periods: OCOP_PROCESS_PERIODS,
      timeLimits: OCOP_TIME_LIMITS,
    });
  });

  it('NTM: every national set, and the index', () => {
    const index = json('packages/criteria/data/index.json');
    expect(index.info).toEqual(NTM_CRITERIA_DATA_INFO);
    expect(index.sets.map((s: { id: string }) => s.id)).toEqual(NTM_CRITERIA_SETS.map((s) => s.id));
    for (const [i, set] of NTM_CRITERIA_SETS.entries())
      expect(json(`packages/criteria/data/${index.sets[i].file}`)).toEqual(set);
  });

  it('days off: every year of the national calendar, its legal bases, the pending days', () => {
    const file = json('packages/deadlines/data/days-off.json');
    expect(file.info).toEqual(HOLIDAYS_DATA_INFO);
    expect(file.weeklyRest).toEqual({ days: [0, 6], basis: QD_188_1999 });
    expect(file.pending).toEqual(PENDING_DAYS_OFF);
    const bases = (keys: string[]): LegalBasis[] => keys.map((k) => file.bases[k]);
    const years = NATIONAL_CALENDAR.lastYear - NATIONAL_CALENDAR.firstYear + 1;
    expect(file.years).toHaveLength(years);
    for (const y of file.years) {
      const resolved = (list: { basis: string[] }[]) =>
        list.map((d) => ({ ...d, basis: bases(d.basis) }));
      expect(resolved(y.daysOff)).toEqual(daysOff(y.year));
      expect(resolved(y.makeUpWorkingDays)).toEqual(makeUpWorkingDays(y.year));
      expect(y.scheduled).toBe(NATIONAL_CALENDAR.scheduledYears.includes(y.year));
    }
  });

  it('lunar months: each month starts, ends and is flagged as toLunar and fromLunar say', () => {
    const file = json('packages/deadlines/data/lunar-months.json');
    expect(file.info).toEqual(LUNAR_DATA_INFO);
    let months = 0;
    for (const y of file.years)
      for (const m of y.months) {
        if (m.start > '2100-12-31') continue; // the API converts up to 2100-12-31
        months += 1;
        const first = { year: y.year, month: m.month, leap: m.leap };
        expect(toLunar(m.start)).toEqual({ ...first, day: 1, uncertain: m.uncertain });
        expect(fromLunar({ ...first, day: 1 })).toBe(m.start);
        const last = addDays(m.start, m.days - 1);
        if (last <= '2100-12-31') expect(toLunar(last)).toMatchObject({ ...first, day: m.days });
      }
    expect(months).toBeGreaterThan(201 * 12);
  });

  it('units: every unit version, and each new unit’s predecessors as predecessorsOf gives them', () => {
    const file = json('packages/domain/data/units.json');
    expect(file.info).toEqual(UNITS_DATA_INFO);
    // A boundary's resolutions are written as keys into `bases`.
    const keyed = (b: UnitBoundary | undefined) =>
      b?.resolutions ? { ...b, resolutions: b.resolutions.map((r) => r.number) } : b;
    expect(file.units).toEqual(
      DATASET.units.map((u) =>
        JSON.parse(
          JSON.stringify({
            ...u,
            validFromBoundary: keyed(u.validFromBoundary),
            validToBoundary: keyed(u.validToBoundary),
          }),
        ),
      ),
    );
    const into = new Map<string, { from: string; kind: string }[]>();
    for (const t of file.transitions) into.set(t.to, [...(into.get(t.to) ?? []), t]);
    for (const unit of DATASET.units) {
      if (unit.validFrom === undefined) continue;
      const key = (t: { from: string; kind: string }) => `${t.from} ${t.kind}`;
      const expected = predecessorsOf(unit.code, unit.validFrom).map((t) =>
        key({ from: t.unit.id, kind: t.kind }),
      );
      expect((into.get(unit.id) ?? []).map(key).sort()).toEqual(expected.sort());
    }
  });
});

describe('from another language', () => {
  const python = spawnSync('python3', ['--version']).status === 0;
  const run = (code: string, ...args: string[]) =>
    spawnSync('python3', ['-', ...args], { input: code, encoding: 'utf8', cwd: ROOT });
  const snippets = [...readFileSync(DOCS_PAGE, 'utf8').matchAll(/```python\n([\s\S]*?)```/gu)].map(
    (m) => m[1] ?? '',
  );

  it.skipIf(!python)(
    'the Python snippet of docs/open-data.md runs on the files and prints the SDK’s answers',
    () => {
      const out = run(snippets[0] ?? '', 'node_modules/@ntm');
      expect(out.stderr).toBe('');
      const lines = out.stdout.split('\n');
      for (const d of daysOff(2026))
        expect(lines).toContain(
          `${d.date} ${d.name.vi} | ${d.basis.map((b) => (b.article ? `${b.number} ${b.article}` : b.number)).join('; ')}`,
        );
      expect(lines).toContain('2025-04-26 working day: True');
      expect(lines).toContain('2025-01-27 working day: False');
      expect(out.stdout).toContain(`${QD26_RUBRICS.B04?.title} [('A', 40), ('B', 25), ('C', 35)]`);
      expect(out.stdout).toContain("15.3 {'status': 'reported', 'value': 24, 'sources': ['S5']}");
      expect(lines).toContain(`data as of ${HOLIDAYS_DATA_INFO.dataAsOf}`);
    },
    60_000,
  );

  const jsonschema = python && run('import jsonschema').status === 0;
  it.skipIf(!jsonschema)(
    'every file validates against its published JSON Schema (python jsonschema)',
    () => {
      const pairs = openDataFiles().map((f) => [
        `packages/${f.pkg}/${f.path}`,
        `packages/${f.pkg}/${f.schema.path}`,
      ]);
      const out = run(
        `import json, sys
from jsonschema import Draft202012Validator
bad = 0
for data, schema in json.loads(sys.argv[1]):
    validator = Draft202012Validator(json.load(open(schema, encoding="utf-8")))
    errors = list(validator.iter_errors(json.load(open(data, encoding="utf-8"))))
    for e in errors[:3]:
        print(data, list(e.absolute_path), e.message[:200])
    bad += len(errors)
    Draft202012Validator.check_schema(validator.schema)
print("errors:", bad)`,
        JSON.stringify(pairs),
      );
      expect(out.stderr).toBe('');
      expect(out.stdout.trim()).toBe('errors: 0');
    },
    180_000,
  );
});
