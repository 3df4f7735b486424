/* The national NTM criteria sets of @ntm/criteria. */
import { NTM_CRITERIA_DATA_INFO, NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import * as z from 'zod';
import {
  bilingual,
  dataInfo,
  isoDate,
  legalBasis,
  type OpenDataFile,
  schema,
  text,
  validity,
} from './common.js';

const status = z.enum([
  'verified',
  'reported',
  'interpretation',
  'unverified',
  'missing',
  'provincial',
]);
const level = z.enum(['xa', 'xa-nang-cao', 'huyen']);
const region = z.enum(['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL']);
const flag = z.enum([
  'dbkk',
  'atk',
  'poorDistrict2018_2020',
  'khuVucII',
  'khuVucIII',
  'coastalOrIslandDbkk',
]);

const cell = z.strictObject({
  status,
  value: z.number().exactOptional(),
  sources: z.array(text).exactOptional(),
  note: bilingual.exactOptional(),
});

const SET = schema(
  'criteria-set',
  'NTM criteria set (NtmCriteriaSet)',
  'One national NTM criteria set: legal basis and validity, criteria and indicators, and each threshold cell by region (2016–2025) or commune group (2026–2030) with its status and source ids. A cell no source gives is `missing`, never guessed.',
  z.strictObject({
    id: text,
    level,
    title: bilingual,
    basis: legalBasis,
    validity,
    validityStatus: status,
    dataAsOf: isoDate,
    thresholdKey: z.enum(['region', 'communeGroup']),
    detail: z.enum(['full', 'structure-only']),
    indicatorCount: z.number().int().exactOptional(),
    annex: text,
    criteria: z.array(
      z.strictObject({
        code: text,
        group: text.exactOptional(),
        name: bilingual,
        nameStatus: status,
        indicatorsStatus: status,
        indicators: z.array(
          z.strictObject({
            code: text,
            criterion: text,
            text: bilingual,
            textStatus: status,
            type: z.enum(['boolean', 'percent', 'number', 'absence']),
            unit: text.exactOptional(),
            direction: z.enum(['>=', '<=']).exactOptional(),
            perYear: z.boolean(),
            optional: z.boolean(),
            delegatedToProvince: z.boolean().exactOptional(),
            thresholds: z.record(z.string(), cell),
            note: bilingual.exactOptional(),
          }),
        ),
      }),
    ),
    regionOverrides: z.array(
      z.strictObject({
        id: text,
        region,
        anyOf: z.array(z.array(flag)),
        fromYear: z.number().int().exactOptional(),
        status,
        basis: text,
        text: bilingual,
      }),
    ),
    notes: z.array(bilingual),
  }),
);

const INDEX = schema(
  'criteria-index',
  'NTM criteria sets: index',
  'Provenance of the national NTM criteria sets (decisions and the sources S1 … S25 that threshold cells cite) and the list of set files with their level, basis and validity.',
  z.strictObject({
    info: dataInfo,
    sets: z.array(
      z.strictObject({
        id: text,
        level,
        title: bilingual,
        basis: legalBasis,
        validity,
        detail: z.enum(['full', 'structure-only']),
        file: text,
      }),
    ),
  }),
);

/** `XA_NC_2021_2025` → `xa-nc-2021-2025.json`. */
export const setFile = (id: string): string => `${id.toLowerCase().replaceAll('_', '-')}.json`;

export function criteriaFiles(): OpenDataFile[] {
  const pkg = 'criteria';
  return [
    {
      pkg,
      path: 'data/index.json',
      schema: INDEX,
      info: NTM_CRITERIA_DATA_INFO,
      about: {
        vi: 'Nguồn và danh sách các bộ tiêu chí quốc gia',
        en: 'Provenance and list of the national sets',
      },
      source: { path: 'src/data/sets/data-info.ts', note: 'and `sources.ts`' },
      layout: 'pretty',
      value: () => ({
        info: NTM_CRITERIA_DATA_INFO,
        sets: NTM_CRITERIA_SETS.map((s) => ({
          id: s.id,
          level: s.level,
          title: s.title,
          basis: s.basis,
          validity: s.validity,
          detail: s.detail,
          file: `sets/${setFile(s.id)}`,
        })),
      }),
    },
    ...NTM_CRITERIA_SETS.map(
      (set): OpenDataFile => ({
        pkg,
        path: `data/sets/${setFile(set.id)}`,
        schema: SET,
        info: NTM_CRITERIA_DATA_INFO,
        about: { vi: set.title.vi, en: set.title.en },
        source: {
          path: 'src/data/sets/',
          note: `(hand-authored from ${set.basis.number}, cells with source ids)`,
        },
        layout: 'pretty',
        value: () => set,
      }),
    ),
  ];
}
