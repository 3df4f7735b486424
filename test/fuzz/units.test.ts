// Fuzzing @ntm/domain/units: lookups by the names and codes of real units (as written, NFD, without diacritics, in
// capitals, with their kind in front), on dates across the reorganisations, with hostile queries and options.
import { searchKey } from '@ntm/domain';
import {
  ancestorsOf,
  findUnit,
  ntmRegionOf,
  predecessorsOf,
  successorsOf,
  unitsOf,
} from '@ntm/domain/units';
import fc from 'fast-check';
import { describe } from 'vitest';
import { fuzz } from './support/harness.js';
import { date, hostile, mixedVietnamese, nfd, or } from './support/hostile-values.js';
import { validOrSpoilt } from './support/spoil.js';

const DATES = ['2008-01-01', '2020-01-01', '2024-06-01', '2025-08-01'];
/** Provinces on each date, the districts of four provinces and the communes of their first districts. */
const UNITS = DATES.flatMap((on) => {
  const provinces = unitsOf(null, on);
  const districts = ['11', '12', '01', '79'].flatMap((code) =>
    provinces.some((p) => p.code === code) ? unitsOf(code, on) : [],
  );
  const communes = districts.slice(0, 6).flatMap((d) => unitsOf(d.code, on));
  return [...provinces, ...districts, ...communes];
});
const NAMES = [...new Set(UNITS.map((u) => u.name))];
const CODES = [...new Set(UNITS.map((u) => u.code))];

const unitDate = fc.oneof(
  fc.constantFrom(...DATES),
  fc
    .date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const level = fc.constantFrom('province', 'district', 'commune');
const name = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom('as-is', 'nfd', 'no-diacritics', 'upper', 'kind', 'spaces'),
  )
  .map(([text, form]) => {
    if (form === 'nfd') return nfd(text);
    if (form === 'no-diacritics') return searchKey(text);
    if (form === 'upper') return text.toUpperCase();
    if (form === 'kind') return `xã ${text}`;
    if (form === 'spaces') return `  ${text.replace(/ /gu, '\u00a0 ')} `;
    return text;
  });
const code = fc.oneof(
  fc.constantFrom(...CODES),
  fc.constantFrom(...CODES).map((c) => c.replace(/^0+/u, '')),
  fc.constantFrom('00000', '99999', '1', '001'),
);

describe('@ntm/domain/units', () => {
  fuzz(
    'findUnit',
    findUnit,
    validOrSpoilt(
      fc.tuple(
        fc.oneof(name, code),
        fc.record(
          { date: unitDate, level, within: fc.constantFrom('11', '12', '01') },
          { requiredKeys: ['date'] },
        ),
      ),
      fc.tuple(or(mixedVietnamese), or(fc.record({ date, level: or(level), within: hostile }))),
    ),
  );
  const onDate = validOrSpoilt(fc.tuple(code, unitDate), fc.tuple(or(code), date));
  fuzz('successorsOf', successorsOf, onDate);
  fuzz('predecessorsOf', predecessorsOf, onDate);
  fuzz('ancestorsOf', ancestorsOf, onDate);
  fuzz(
    'unitsOf',
    unitsOf,
    validOrSpoilt(fc.tuple(fc.oneof(code, fc.constant(null)), unitDate), fc.tuple(or(code), date)),
  );
  fuzz(
    'ntmRegionOf',
    ntmRegionOf,
    validOrSpoilt(
      fc.tuple(
        code,
        unitDate,
        fc.record({ quangNinh: fc.constantFrom('DBSH', 'TDMNPB') }, { requiredKeys: [] }),
      ),
      fc.tuple(or(code), date, or(fc.record({ quangNinh: or(fc.constant('DBSH')) }))),
    ),
  );
});
