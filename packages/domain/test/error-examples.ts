// One call per code that @ntm/domain raises (see test/support/error-examples.ts).
import * as z from 'zod';
import { type ErrorExample, raises } from '../../../test/support/error-examples.js';
import { readExample } from '../../../test/support/examples.js';
import {
  addDays,
  addMonths,
  expectArray,
  expectInteger,
  expectNumber,
  expectOneOf,
  expectString,
  expectText,
  fromDayNumber,
  parseDocumentNumber,
  parseIsoDate,
  parseVietnameseDate,
} from '../src/core.js';
import {
  createParser,
  parseCommuneFacts,
  parseDirective,
  parseOcopAssessment,
  parseProvinceCriteriaConfig,
} from '../src/index.js';
import { findUnit, ntmRegionOf } from '../src/units.js';

// The Tuần Giáo 2022 seed directive, spoilt one field at a time.
const directive = readExample('directives/tuan-giao-2022.json');
const tasks = directive.tasks as readonly Record<string, unknown>[];

export const DOMAIN_ERROR_EXAMPLES: readonly ErrorExample[] = [
  raises('input/wrong-type', parseProvinceCriteriaConfig, [{ province: 42 }], ['province']),
  raises('input/missing', parseCommuneFacts, [{ setId: 'XA_2021_2025' }], ['values']),
  raises(
    'input/unknown-field',
    parseProvinceCriteriaConfig,
    [{ provnce: 'Điện Biên' }],
    ['provnce'],
  ),
  raises('input/empty', expectString, ['  ', ['name']]),
  {
    code: 'input/hole',
    call: "expectArray([1, , 3], ['values'])",
    // biome-ignore lint/suspicious/noSparseArray: the hole is the example
    run: () => expectArray([1, , 3], ['values']),
    path: ['values', 1],
  },
  {
    code: 'input/too-short',
    call: "createParser(z.array(z.string()).min(2)).parse(['a'])",
    run: () => createParser(z.array(z.string()).min(2)).parse(['a']),
  },
  {
    code: 'input/invalid',
    call: 'createParser(z.number().multipleOf(5)).parse(3)',
    run: () => createParser(z.number().multipleOf(5)).parse(3),
  },
  {
    code: 'input/too-long',
    call: "parseOcopAssessment({ product: { name: 'x'.repeat(2001) }, … })",
    run: () => parseOcopAssessment({ product: { name: 'x'.repeat(2001) } }),
    path: ['product', 'name'],
  },
  raises('input/too-small', expectNumber, [-1, ['value'], { min: 0 }]),
  raises('input/too-big', expectNumber, [101, ['value'], { max: 100 }]),
  raises('input/not-integer', expectInteger, [2022.5, ['year']]),
  raises('input/not-allowed', expectOneOf, ['=', ['>=', '<='], ['direction']]),
  {
    code: 'input/invalid-format',
    call: "parseOcopAssessment({ …, criteria: { '2.1': { case: 'AB', option: 0 } } })",
    run: () => parseOcopAssessment({ criteria: { '2.1': { case: 'AB', option: 0 } } }),
  },
  raises('number/not-finite', expectNumber, [Number.NaN, ['value']]),
  {
    code: 'key/forbidden',
    call: `parseCommuneFacts(JSON.parse('{"setId":"X","values":{"__proto__":1}}'))`,
    run: () => parseCommuneFacts(JSON.parse('{"setId":"X","values":{"__proto__":1}}')),
    path: ['values', '__proto__'],
  },
  {
    code: 'key/not-nfc',
    call: "parseCommuneFacts({ setId: 'X', values: { ['é'.normalize('NFD')]: 1 } })",
    run: () => parseCommuneFacts({ setId: 'X', values: { ['é'.normalize('NFD')]: 1 } }),
  },
  {
    code: 'text/not-nfc',
    call: "expectText('Tuần Giáo'.normalize('NFD'), ['district'])",
    run: () => expectText('Tuần Giáo'.normalize('NFD'), ['district']),
  },
  raises('date/invalid', parseIsoDate, ['2022-02-30']),
  {
    code: 'date/no-such-day',
    call: 'parseDirective({ …, signed: { year: 2022, month: 2, day: 30 } })',
    run: () => parseDirective({ ...directive, signed: { year: 2022, month: 2, day: 30 } }),
    path: ['signed', 'day'],
  },
  {
    code: 'date/day-without-month',
    call: 'parseDirective({ …, signed: { year: 2022, day: 3 } })',
    run: () => parseDirective({ ...directive, signed: { year: 2022, day: 3 } }),
    path: ['signed', 'month'],
  },
  raises('date/unreadable', parseVietnameseDate, ['hôm qua']),
  { code: 'date/invalid-day-number', call: 'fromDayNumber(1.5)', run: () => fromDayNumber(1.5) },
  raises('date/out-of-range', addMonths, ['9999-12-01', 1]),
  raises('date/invalid-amount', addDays, ['2022-01-01', 0.5]),
  raises('document-number/invalid', parseDocumentNumber, ['bốn năm ba']),
  {
    code: 'directive/duplicate-task',
    call: 'parseDirective({ …, tasks: [task, { …task, id: task.id }] })',
    run: () => parseDirective({ ...directive, tasks: [tasks[0], tasks[0]] }),
    path: ['tasks', 1, 'id'],
  },
  raises('units/invalid-code', findUnit, ['1234', { date: '2020-01-01' }]),
  raises('units/unknown-code', findUnit, ['99999', { date: '2020-01-01' }]),
  raises('units/not-in-force', findUnit, ['xã Quài Nưa', { date: '2026-01-01' }]),
  raises('units/missing-date', findUnit, ['Quài Nưa', undefined as never]),
  raises('units/invalid-level', findUnit, [
    'Quài Nưa',
    { date: '2020-01-01', level: 'xa' as never },
  ]),
  raises('units/empty-query', findUnit, ['  ', { date: '2020-01-01' }]),
  raises('units/invalid-query', findUnit, ['!!!', { date: '2020-01-01' }]),
  raises('units/ambiguous', findUnit, ['Tân Uyên', { date: '2020-01-01' }]),
  raises('units/unknown-name', findUnit, ['Không Có Xã Này', { date: '2020-01-01' }]),
  raises('units/invalid-region-option', ntmRegionOf, [
    '22',
    '2020-01-01',
    { quangNinh: 'HN' as never },
  ]),
  raises('units/region-unset', ntmRegionOf, ['22', '2020-01-01']),
  raises('units/region-ambiguous', ntmRegionOf, ['25', '2026-01-01']),
  {
    code: 'ocop/invalid-criterion-code',
    call: "parseOcopAssessment({ …, criteria: { 'một': 1 } })",
    run: () => parseOcopAssessment({ criteria: { một: 1 } }),
  },
  {
    code: 'ocop/unknown-product-set',
    call: "parseOcopAssessment({ …, productSet: 'B27' })",
    run: () => parseOcopAssessment({ productSet: 'B27' }),
    path: ['productSet'],
  },
];
