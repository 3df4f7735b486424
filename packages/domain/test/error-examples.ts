// One call per code that @ntm/domain raises (see test/support/error-examples.ts).
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { ErrorExample } from '../../../test/support/error-examples.js';
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
const directive: Record<string, unknown> = JSON.parse(
  readFileSync(
    new URL('../../../examples/directives/tuan-giao-2022.json', import.meta.url),
    'utf8',
  ),
);
const tasks = directive.tasks as readonly Record<string, unknown>[];

export const DOMAIN_ERROR_EXAMPLES: readonly ErrorExample[] = [
  {
    code: 'input/wrong-type',
    call: 'parseProvinceCriteriaConfig({ province: 42 })',
    run: () => parseProvinceCriteriaConfig({ province: 42 }),
    path: ['province'],
  },
  {
    code: 'input/missing',
    call: "parseCommuneFacts({ setId: 'XA_2021_2025' })",
    run: () => parseCommuneFacts({ setId: 'XA_2021_2025' }),
    path: ['values'],
  },
  {
    code: 'input/unknown-field',
    call: "parseProvinceCriteriaConfig({ provnce: 'Điện Biên' })",
    run: () => parseProvinceCriteriaConfig({ provnce: 'Điện Biên' }),
    path: ['provnce'],
  },
  {
    code: 'input/empty',
    call: "expectString('  ', ['name'])",
    run: () => expectString('  ', ['name']),
  },
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
  {
    code: 'input/too-small',
    call: "expectNumber(-1, ['value'], { min: 0 })",
    run: () => expectNumber(-1, ['value'], { min: 0 }),
  },
  {
    code: 'input/too-big',
    call: "expectNumber(101, ['value'], { max: 100 })",
    run: () => expectNumber(101, ['value'], { max: 100 }),
  },
  {
    code: 'input/not-integer',
    call: "expectInteger(2022.5, ['year'])",
    run: () => expectInteger(2022.5, ['year']),
  },
  {
    code: 'input/not-allowed',
    call: "expectOneOf('=', ['>=', '<='], ['direction'])",
    run: () => expectOneOf('=', ['>=', '<='], ['direction']),
  },
  {
    code: 'input/invalid-format',
    call: "parseOcopAssessment({ …, criteria: { '2.1': { case: 'AB', option: 0 } } })",
    run: () => parseOcopAssessment({ criteria: { '2.1': { case: 'AB', option: 0 } } }),
  },
  {
    code: 'number/not-finite',
    call: "expectNumber(NaN, ['value'])",
    run: () => expectNumber(Number.NaN, ['value']),
  },
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
  {
    code: 'date/invalid',
    call: "parseIsoDate('2022-02-30')",
    run: () => parseIsoDate('2022-02-30'),
  },
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
  {
    code: 'date/unreadable',
    call: "parseVietnameseDate('hôm qua')",
    run: () => parseVietnameseDate('hôm qua'),
  },
  { code: 'date/invalid-day-number', call: 'fromDayNumber(1.5)', run: () => fromDayNumber(1.5) },
  {
    code: 'date/out-of-range',
    call: "addMonths('9999-12-01', 1)",
    run: () => addMonths('9999-12-01', 1),
  },
  {
    code: 'date/invalid-amount',
    call: "addDays('2022-01-01', 0.5)",
    run: () => addDays('2022-01-01', 0.5),
  },
  {
    code: 'document-number/invalid',
    call: "parseDocumentNumber('bốn năm ba')",
    run: () => parseDocumentNumber('bốn năm ba'),
  },
  {
    code: 'directive/duplicate-task',
    call: 'parseDirective({ …, tasks: [task, { …task, id: task.id }] })',
    run: () => parseDirective({ ...directive, tasks: [tasks[0], tasks[0]] }),
    path: ['tasks', 1, 'id'],
  },
  {
    code: 'units/invalid-code',
    call: "findUnit('1234', { date: '2020-01-01' })",
    run: () => findUnit('1234', { date: '2020-01-01' }),
  },
  {
    code: 'units/unknown-code',
    call: "findUnit('99999', { date: '2020-01-01' })",
    run: () => findUnit('99999', { date: '2020-01-01' }),
  },
  {
    code: 'units/not-in-force',
    call: "findUnit('xã Quài Nưa', { date: '2026-01-01' })",
    run: () => findUnit('xã Quài Nưa', { date: '2026-01-01' }),
  },
  {
    code: 'units/missing-date',
    call: "findUnit('Quài Nưa', undefined)",
    run: () => findUnit('Quài Nưa', undefined as never),
  },
  {
    code: 'units/invalid-level',
    call: "findUnit('Quài Nưa', { date: '2020-01-01', level: 'xa' })",
    run: () => findUnit('Quài Nưa', { date: '2020-01-01', level: 'xa' as never }),
  },
  {
    code: 'units/empty-query',
    call: "findUnit('  ', { date: '2020-01-01' })",
    run: () => findUnit('  ', { date: '2020-01-01' }),
  },
  {
    code: 'units/invalid-query',
    call: "findUnit('!!!', { date: '2020-01-01' })",
    run: () => findUnit('!!!', { date: '2020-01-01' }),
  },
  {
    code: 'units/ambiguous',
    call: "findUnit('Tân Uyên', { date: '2020-01-01' })",
    run: () => findUnit('Tân Uyên', { date: '2020-01-01' }),
  },
  {
    code: 'units/unknown-name',
    call: "findUnit('Không Có Xã Này', { date: '2020-01-01' })",
    run: () => findUnit('Không Có Xã Này', { date: '2020-01-01' }),
  },
  {
    code: 'units/invalid-region-option',
    call: "ntmRegionOf('22', '2020-01-01', { quangNinh: 'HN' })",
    run: () => ntmRegionOf('22', '2020-01-01', { quangNinh: 'HN' as never }),
  },
  {
    code: 'units/region-unset',
    call: "ntmRegionOf('22', '2020-01-01')",
    run: () => ntmRegionOf('22', '2020-01-01'),
  },
  {
    code: 'units/region-ambiguous',
    call: "ntmRegionOf('25', '2026-01-01')",
    run: () => ntmRegionOf('25', '2026-01-01'),
  },
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
