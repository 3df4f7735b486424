/*
 * The administrative units of @ntm/domain/units, with their history. Read from the decoded dataset, so a new dataset
 * (a new generator run) gives a new file and the staleness test asks for it.
 */
import type { LegalBasis } from '@ntm/domain/core';
import { UNITS_DATA_INFO, type UnitBoundary } from '@ntm/domain/units';
import * as z from 'zod';
import { DATASET, toTransition } from '../../packages/domain/src/units/dataset.js';
import { TYPE_LABEL } from '../../packages/domain/src/units/unit-types.js';
import {
  bilingual,
  dataInfo,
  isoDate,
  legalBasis,
  type OpenDataFile,
  schema,
  text,
} from './common.js';

const level = z.enum(['province', 'district', 'commune']);
const kind = z.enum(['full', 'partial', 'reclassify', 'territory', 'continued']);
const boundary = z
  .strictObject({
    boundaryStatus: z.enum(['resolution', 'between-lists']),
    listedBefore: isoDate.describe('the last GSO list showing the state before the change'),
    listedAfter: isoDate.describe('the first GSO list showing the state after it'),
    resolutions: z
      .array(text.describe('key into `bases`'))
      .exactOptional()
      .describe(
        'resolution: those that took effect on the day of the change; between-lists: the one known to make it, whose effective day is not verified',
      ),
  })
  .describe('how a change between 2017-10-15 and 2025-03-01 was dated');

const UNITS = schema(
  'units',
  'Administrative units of Vietnam with their history',
  'Every version of every province, district and commune the dataset holds since the GSO list of 2017-10-15 (a code with the period it named that unit), and the links between old and new units with the resolution that made each change. A unit version is identified by `id` (codes are reused after mergers). A change of 2017–2025 says how its day was established (`validFromBoundary`, `validToBoundary`): by a resolution, or only between two GSO lists. Districts have no links of their own at the 2025 reform: their territory passed to the new communes their communes joined.',
  z.strictObject({
    info: dataInfo,
    types: z.record(z.string(), bilingual),
    kinds: z.partialRecord(kind, bilingual),
    bases: z.record(z.string(), legalBasis),
    units: z.array(
      z.strictObject({
        id: text,
        code: z.string().regex(/^\d{2,5}$/u),
        level,
        type: text,
        name: text,
        fullName: text,
        parentCode: text.exactOptional(),
        provinceCode: text,
        validFrom: isoDate.exactOptional(),
        validTo: isoDate.exactOptional(),
        validFromBoundary: boundary.exactOptional(),
        validToBoundary: boundary.exactOptional(),
        successorsKnown: z
          .literal(false)
          .exactOptional()
          .describe('false: the unit closed and no source establishes which unit it went into'),
        predecessorsKnown: z
          .literal(false)
          .exactOptional()
          .describe('false: a new code with no source establishing what it was formed from'),
      }),
    ),
    transitions: z.array(
      z
        .strictObject({
          from: text.describe('id of the older unit'),
          to: text.describe('id of the newer unit'),
          kind,
          date: isoDate.describe('first day of the new arrangement'),
          basis: text.describe('key into `bases`'),
          status: z.enum(['verified', 'reported']),
        })
        .describe('a 2017–2025 link is dated as the `validFromBoundary` of its newer unit says'),
    ),
  }),
);

/** What a `continued` link means (its reason in the API names the change of each link). */
const CONTINUED = {
  vi: 'Giữ mã; đổi tên, loại hoặc đơn vị cấp trên',
  en: 'Same code; new name, type or parent',
};

function unitsValue() {
  const bases = new Map<string, LegalBasis>();
  const kinds = new Map<string, unknown>();
  // A boundary's resolutions become keys into `bases`, like a link's basis.
  const boundaryOut = (b: UnitBoundary | undefined) => {
    if (!b) return undefined;
    for (const r of b.resolutions ?? []) bases.set(r.number, r);
    const { resolutions, ...rest } = b;
    return resolutions ? { ...rest, resolutions: resolutions.map((r) => r.number) } : rest;
  };
  const transitions = [];
  for (const links of DATASET.successors.values()) {
    for (const link of links) {
      bases.set(link.basis.number, link.basis);
      kinds.set(
        link.kind,
        link.kind === 'continued' ? CONTINUED : toTransition(link, link.to).reason,
      );
      transitions.push({
        from: link.from.id,
        to: link.to.id,
        kind: link.kind,
        date: link.date,
        basis: link.basis.number,
        status: link.status,
      });
    }
  }
  const units = DATASET.units.map((u) =>
    u.validFromBoundary || u.validToBoundary
      ? {
          ...u,
          ...(u.validFromBoundary ? { validFromBoundary: boundaryOut(u.validFromBoundary) } : {}),
          ...(u.validToBoundary ? { validToBoundary: boundaryOut(u.validToBoundary) } : {}),
        }
      : u,
  );
  return {
    info: UNITS_DATA_INFO,
    types: TYPE_LABEL,
    kinds: Object.fromEntries(kinds),
    bases: Object.fromEntries(bases),
    units,
    transitions,
  };
}

export function unitsFiles(): OpenDataFile[] {
  return [
    {
      pkg: 'domain',
      path: 'data/units.json',
      schema: UNITS,
      info: UNITS_DATA_INFO,
      about: {
        vi: 'Đơn vị hành chính (tỉnh, huyện, xã) theo từng thời kỳ và các liên kết cũ → mới',
        en: 'Administrative units (province, district, commune) by period, and the old → new links',
      },
      source: {
        path: 'src/units/data/units.generated.ts',
        note: '(generated by `scripts/build-units.ts` from the extracts in `data-src/units/`)',
      },
      layout: 'lines',
      value: unitsValue,
    },
  ];
}
