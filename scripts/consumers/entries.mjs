// What a consumer does with each public entry point (every key of every package.json `exports`).
// One spec per entry: the imports an app writes, one call, the type an app would give its result, and a check
// whose value must equal `expected`. The same spec becomes an ES module, a CommonJS script and TypeScript files,
// so every way of consuming an entry runs the same code (see consumer-files.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PACKAGES = ['domain', 'deadlines', 'ocop-scoring', 'criteria', 'cli'];
/** The logic packages: an app that uses only these needs no zod (architecture, "Logic packages"). */
export const LOGIC = ['deadlines', 'ocop-scoring', 'criteria'];

/**
 * @typedef {object} EntrySpec
 * @property {string} entry the import specifier under test
 * @property {Record<string, string[]>} imports specifier → names (`type X` for a type-only import)
 * @property {string} [setup] TypeScript statements before the call (the JavaScript files get them without types)
 * @property {string} call an expression (it is awaited)
 * @property {string} type the TypeScript type an app gives the call's (awaited) value
 * @property {string} check an expression over `result`; its JSON must equal `expected`
 * @property {unknown} expected
 * @property {boolean} [json] a JSON document (default import with `type: 'json'`), run but not type-checked
 */

/** @param {string} root the repository root @returns {EntrySpec[]} */
export function entrySpecs(root) {
  const cliVersion = JSON.parse(
    readFileSync(join(root, 'packages/cli/package.json'), 'utf8'),
  ).version;
  return [
    {
      entry: '@ntm/domain',
      imports: { '@ntm/domain': ['safeParseDirective', 'type Directive', 'type Result'] },
      call: 'safeParseDirective({})',
      type: 'Result<Directive>',
      // zod's Vietnamese and English locales both load: the two messages of an issue differ.
      check:
        'result.success ? "parsed" : result.issues[0]?.message.vi !== result.issues[0]?.message.en',
      expected: true,
    },
    {
      entry: '@ntm/domain/core',
      imports: { '@ntm/domain/core': ['addDays', 'type IsoDate'] },
      call: "addDays('2024-02-28', 1)",
      type: 'IsoDate',
      check: 'result',
      expected: '2024-02-29',
    },
    {
      entry: '@ntm/domain/units',
      imports: { '@ntm/domain/units': ['findUnit', 'type AdminUnit'] },
      call: "findUnit('xã Quài Nưa', { date: '2020-01-01' })",
      type: 'AdminUnit',
      check: 'result.code',
      expected: '03274',
    },
    {
      entry: '@ntm/domain/schemas/*.json',
      json: true,
      imports: { '@ntm/domain/schemas/directive.json': ['default as schema'] },
      call: 'schema',
      type: 'unknown',
      check: 'result.$schema',
      expected: 'https://json-schema.org/draft/2020-12/schema',
    },
    {
      entry: '@ntm/domain/data/*.json',
      json: true,
      imports: { '@ntm/domain/data/units.json': ['default as units'] },
      call: 'units',
      type: 'unknown',
      check: '[result.info.id, result.units.some((u) => u.code === "03274")]',
      expected: ['vn-admin-units', true],
    },
    {
      entry: '@ntm/deadlines',
      imports: {
        '@ntm/deadlines': ['nextWorkingDay', 'NATIONAL_CALENDAR', 'type WorkingCalendar'],
      },
      setup: 'const calendar: WorkingCalendar = NATIONAL_CALENDAR;',
      // The Friday before Tết Ất Tỵ → the Monday after it.
      call: "nextWorkingDay('2025-01-24', calendar)",
      type: 'string',
      check: 'result',
      expected: '2025-02-03',
    },
    {
      entry: '@ntm/deadlines/phrases',
      imports: { '@ntm/deadlines/phrases': ['parseDeadline', 'type ParseDeadlineOptions'] },
      setup: "const options: ParseDeadlineOptions = { issuedOn: '2022-07-26' };",
      call: "parseDeadline('Gửi về UBND huyện trước ngày 05/08/2022', options)",
      type: 'ReturnType<typeof parseDeadline>',
      check: "result.kind === 'before' ? result.date : result.kind",
      expected: '2022-08-05',
    },
    {
      entry: '@ntm/deadlines/ics',
      imports: { '@ntm/deadlines/ics': ['toICS', 'type IcsEvent'] },
      setup: "const event: IcsEvent = { date: '2022-09-30', summary: 'Hoàn thiện hồ sơ OCOP' };",
      call: "toICS([event], { stamp: '2022-07-26' })",
      type: 'string',
      check: "result.split('\\r\\n')[0]",
      expected: 'BEGIN:VCALENDAR',
    },
    {
      entry: '@ntm/deadlines/data/*.json',
      json: true,
      imports: { '@ntm/deadlines/data/days-off.json': ['default as daysOff'] },
      call: 'daysOff',
      type: 'unknown',
      // The Saturday worked in 2025 in exchange for Friday 2 May.
      check: 'result.years.find((y) => y.year === 2025).makeUpWorkingDays.map((d) => d.date)',
      expected: ['2025-04-26'],
    },
    {
      entry: '@ntm/ocop-scoring',
      imports: { '@ntm/ocop-scoring': ['starsForTotal', 'type OcopStarRating'] },
      call: "starsForTotal(90, 'QD26_2026')",
      type: 'OcopStarRating',
      check: 'result.stars',
      expected: 5,
    },
    {
      entry: '@ntm/ocop-scoring/rubrics',
      imports: { '@ntm/ocop-scoring/rubrics': ['findProductSet', 'QD26_2026_B04'] },
      call: "findProductSet('Mật ong bạc hà')",
      type: 'ReturnType<typeof findProductSet>',
      check: '[result?.code, Object.isFrozen(QD26_2026_B04)]',
      expected: ['B04', true],
    },
    {
      entry: '@ntm/ocop-scoring/data/*.json',
      json: true,
      imports: { '@ntm/ocop-scoring/data/qd26-2026/b04.json': ['default as sheet'] },
      call: 'sheet',
      type: 'unknown',
      check: 'result.parts.map((p) => p.maxPoints)',
      expected: [40, 25, 35],
    },
    {
      entry: '@ntm/criteria',
      imports: {
        '@ntm/criteria': ['resolveCriteriaSet', 'type CriteriaSetQuery'],
        '@ntm/criteria/sets': ['NTM_CRITERIA_SETS'],
      },
      setup: "const query: CriteriaSetQuery = { level: 'xa', date: '2022-03-08' };",
      call: 'resolveCriteriaSet(query, NTM_CRITERIA_SETS)',
      type: 'ReturnType<typeof resolveCriteriaSet>',
      check: 'result.id',
      expected: 'XA_2021_2025',
    },
    {
      entry: '@ntm/criteria/sets',
      imports: { '@ntm/criteria/sets': ['XA_2021_2025'] },
      call: 'XA_2021_2025',
      type: 'typeof XA_2021_2025',
      check: '[result.id, Object.isFrozen(result.criteria)]',
      expected: ['XA_2021_2025', true],
    },
    {
      entry: '@ntm/criteria/data/*.json',
      json: true,
      imports: { '@ntm/criteria/data/sets/xa-2021-2025.json': ['default as set'] },
      call: 'set',
      type: 'unknown',
      check: '[result.id, result.basis.number]',
      expected: ['XA_2021_2025', '318/QĐ-TTg'],
    },
    {
      entry: '@ntm/cli',
      imports: { '@ntm/cli': ['run', 'type RunIo'] },
      setup:
        "let printed = '';\nconst io: RunIo = { out: (s) => { printed += s; }, err: () => {} };",
      call: "run(['--version'], io)",
      type: 'number',
      // `ntm --version` prints the version of the installed package.
      check: '[result, printed.trim()]',
      expected: [0, cliVersion],
    },
  ];
}

/** The public entry points as the packages declare them: `@ntm/<name>[/<subpath>]`, `./package.json` aside. */
export function declaredEntries(root) {
  return PACKAGES.flatMap((name) => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    return Object.keys(pkg.exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
  });
}

/** The package an entry belongs to: `@ntm/domain/core` → `domain`. */
export function packageOf(entry) {
  return entry.split('/')[1];
}
