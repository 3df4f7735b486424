// Fuzzing @ntm/domain: every parse*/safeParse* on spoilt seed documents, the written-date and document-number
// parsers on generated Vietnamese text, the text keys, and the date arithmetic on hostile dates and numbers.

import { XA_2021_2025 } from '@ntm/criteria/sets';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  describeValue,
  endOfMonth,
  fromDateParts,
  fromDayNumber,
  isInForce,
  nameKey,
  normalizeVietnamese,
  parseCommuneFacts,
  parseDirective,
  parseDocumentNumber,
  parseIsoDate,
  parseNationalSupplement,
  parseOcopAssessment,
  parseOcopRubric,
  parseProvinceCriteriaConfig,
  parseVietnameseDate,
  received,
  safeParseCommuneFacts,
  safeParseDirective,
  safeParseNationalSupplement,
  safeParseOcopAssessment,
  safeParseOcopRubric,
  safeParseProvinceCriteriaConfig,
  searchKey,
  toDateParts,
  toDayNumber,
  weekday,
} from '@ntm/domain';
import fc from 'fast-check';
import { describe } from 'vitest';
import {
  ASSESSMENT,
  assessment,
  COMMUNE_RECORDS,
  DIEN_BIEN,
  factsFor,
  LAI_CHAU,
  PLACEHOLDERS,
  RUBRICS,
  SUPPLEMENT_2021,
  SUPPLEMENT_2026,
  TUAN_GIAO,
} from './support/fixtures.js';
import { fuzz } from './support/harness.js';
import {
  anything,
  date,
  hostile,
  hostileString,
  mixedVietnamese,
  nfd,
  num,
  numberIn,
  numberText,
  or,
  writtenAs,
} from './support/hostile-values.js';
import { spoilt } from './support/spoil.js';

const path = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(['tasks', 0, 'signed']) },
  { weight: 1, arbitrary: hostile },
);

describe('@ntm/domain parsers', () => {
  const directives = fc.oneof(spoilt(LAI_CHAU, 'LAI_CHAU'), spoilt(TUAN_GIAO, 'TUAN_GIAO'));
  fuzz('parseDirective', parseDirective, fc.tuple(directives));
  fuzz('safeParseDirective', safeParseDirective, fc.tuple(directives));

  const assessments = fc.oneof(
    spoilt(ASSESSMENT, 'ASSESSMENT'),
    assessment.chain((document) => spoilt(document, `assessment for ${document.productSet}`)),
  );
  fuzz('parseOcopAssessment', parseOcopAssessment, fc.tuple(assessments));
  fuzz('safeParseOcopAssessment', safeParseOcopAssessment, fc.tuple(assessments));

  const rubrics = fc.oneof(...RUBRICS.map((rubric) => spoilt(rubric, rubric.id)));
  fuzz('parseOcopRubric', parseOcopRubric, fc.tuple(rubrics));
  fuzz('safeParseOcopRubric', safeParseOcopRubric, fc.tuple(rubrics));

  const configs = fc.oneof(spoilt(DIEN_BIEN, 'DIEN_BIEN'), spoilt(PLACEHOLDERS, 'PLACEHOLDERS'));
  fuzz('parseProvinceCriteriaConfig', parseProvinceCriteriaConfig, fc.tuple(configs));
  fuzz('safeParseProvinceCriteriaConfig', safeParseProvinceCriteriaConfig, fc.tuple(configs));

  const facts = fc.oneof(
    fc.constantFrom(...COMMUNE_RECORDS).chain((record) => spoilt(record, 'Tuần Giáo record')),
    factsFor(XA_2021_2025).chain((record) => spoilt(record, 'generated facts')),
  );
  fuzz('parseCommuneFacts', parseCommuneFacts, fc.tuple(facts));
  fuzz('safeParseCommuneFacts', safeParseCommuneFacts, fc.tuple(facts));

  const supplements = fc.oneof(
    spoilt(SUPPLEMENT_2021, 'SUPPLEMENT_2021'),
    spoilt(SUPPLEMENT_2026, 'SUPPLEMENT_2026'),
  );
  fuzz('parseNationalSupplement', parseNationalSupplement, fc.tuple(supplements));
  fuzz('safeParseNationalSupplement', safeParseNationalSupplement, fc.tuple(supplements));
});

describe('@ntm/domain written dates and document numbers', () => {
  const separator = fc.constantFrom('/', '/', '-', '.', ' / ', '\\');
  const [day, month, year] = [numberIn(1, 31), numberIn(1, 12), numberIn(1900, 2100)];
  const writtenDate = fc.oneof(
    writtenAs(
      fc.constantFrom('ngày', 'ngày', 'Ngày', 'ngay', ''),
      day,
      fc.constantFrom('tháng', 'tháng', 'thang', ''),
      month,
      fc.constantFrom('năm', 'năm', 'nam', ''),
      year,
    ),
    fc.tuple(day, separator, month, separator, year).map((parts) => parts.join('')),
    writtenAs(fc.constantFrom('tháng', ''), month, fc.constantFrom('/', ' năm '), year),
    writtenAs(fc.constantFrom('năm', 'cuối năm'), year),
  );
  fuzz('parseVietnameseDate', parseVietnameseDate, fc.tuple(or(writtenDate), path));

  const documentType = fc.constantFrom(
    'QĐ',
    'KH',
    'NQ',
    'CV',
    'TB',
    'TT',
    'CT',
    'qđ',
    nfd('QĐ'),
    '',
  );
  const documentIssuer = fc.constantFrom(
    'UBND',
    'TTg',
    'CP',
    'BNNPTNT',
    'HU',
    'UBND-NN',
    'VPĐP',
    '',
  );
  const documentNumber = fc.oneof(
    fc
      .tuple(numberText, numberText, documentType, documentIssuer)
      .map(([n, y, type, issuer]) => `${n}/${y}/${type}-${issuer}`),
    fc
      .tuple(numberText, documentType, documentIssuer)
      .map(([n, type, issuer]) => `${n}/${type}-${issuer}`),
    fc
      .tuple(numberText, documentType, documentIssuer)
      .map(([n, type, issuer]) => `${n}-${type}/${issuer}`),
    fc.tuple(documentType, documentIssuer).map(([type, issuer]) => `/${type}-${issuer}`),
    mixedVietnamese,
  );
  fuzz('parseDocumentNumber', parseDocumentNumber, fc.tuple(or(documentNumber), path));
  fuzz('parseIsoDate', parseIsoDate, fc.tuple(date, path));
});

describe('@ntm/domain text keys and value descriptions', () => {
  const name = or(
    fc.oneof(
      mixedVietnamese,
      fc.constantFrom('Điện Biên', nfd('Điện Biên'), 'ĐIỆN BIÊN', 'Ðiện Biên', 'Thừa Thiên Huế'),
      hostileString,
    ),
  );
  fuzz('normalizeVietnamese', normalizeVietnamese, fc.tuple(name));
  fuzz('nameKey', nameKey, fc.tuple(name));
  fuzz('searchKey', searchKey, fc.tuple(name));
  const value = fc.oneof(anything, hostile);
  const locale = fc.oneof(fc.constantFrom(undefined, 'vi', 'en'));
  fuzz('describeValue', describeValue, fc.tuple(value, locale), { refuses: false });
  fuzz('received', received, fc.tuple(value), { refuses: false });
});

describe('@ntm/domain date arithmetic', () => {
  const year = or(fc.integer({ min: -5, max: 10_000 }));
  const month = or(fc.integer({ min: -1, max: 14 }));
  const day = or(fc.integer({ min: -1, max: 32 }));
  const dayNumber = or(fc.integer({ min: -1e9, max: 1e9 }));
  // dayNumberOf, daysInMonth and isLeapYear are arithmetic on numbers already checked (the fast path of the
  // functions below), documented as such: they are fuzzed through the functions that check their input.
  fuzz('addDays', addDays, fc.tuple(date, or(fc.integer({ min: -1e6, max: 1e6 }))));
  fuzz('addMonths', addMonths, fc.tuple(date, num));
  fuzz('addYears', addYears, fc.tuple(date, num));
  fuzz('compareDates', compareDates, fc.tuple(date, date));
  fuzz('daysBetween', daysBetween, fc.tuple(date, date));
  fuzz('weekday', weekday, fc.tuple(date));
  fuzz('endOfMonth', endOfMonth, fc.tuple(date));
  fuzz('toDayNumber', toDayNumber, fc.tuple(date));
  fuzz('fromDayNumber', fromDayNumber, fc.tuple(dayNumber));
  fuzz('toDateParts', toDateParts, fc.tuple(date));
  fuzz(
    'fromDateParts',
    fromDateParts,
    fc.tuple(or(fc.record({ year, month, day }, { requiredKeys: [] })), path),
  );
  fuzz(
    'isInForce',
    isInForce,
    fc.tuple(or(fc.record({ validFrom: date, validTo: date }, { requiredKeys: [] })), date),
  );
});
