/*
 * What every open-data file shares: the file descriptor, the zod pieces its JSON Schema is generated from (the same
 * building blocks as the hand-authored formats of @ntm/domain), and the DataInfo schema.
 */
import type { Bilingual, DataInfo } from '@ntm/domain/core';
import * as z from 'zod';
import { isoDateSchema, legalBasisSchema } from '../../packages/domain/src/schemas/common.js';

/** The packages that publish data. */
export type DataPackage = 'domain' | 'deadlines' | 'ocop-scoring' | 'criteria';

/** A JSON Schema shared by one or more files, generated from a zod schema. */
export interface OpenDataSchema {
  /** Path inside the package, e.g. `data/schemas/rubric.schema.json`. */
  readonly path: string;
  /** Title written into the schema. */
  readonly title: string;
  /** What a file of this format holds. */
  readonly description: string;
  /** The format; the data is validated against it in the tests. */
  readonly zod: z.ZodType;
}

/** One published JSON file. */
export interface OpenDataFile {
  readonly pkg: DataPackage;
  /** Path inside the package, e.g. `data/qd26-2026/b04.json`. */
  readonly path: string;
  readonly schema: OpenDataSchema;
  /** The dataset it belongs to. */
  readonly info: DataInfo;
  /** What it holds, one line. */
  readonly about: Bilingual;
  /** Where its values come from inside the repository: a path in the package, and a few words. */
  readonly source: { readonly path: string; readonly note?: string };
  /** `pretty`: indented; `lines`: one record per line (large tables). */
  readonly layout: 'pretty' | 'lines';
  /** The JSON value, built from the package's TypeScript data. */
  readonly value: () => unknown;
}

export const text = z.string().min(1);
export const bilingual = z.strictObject({ vi: text, en: text });
export const isoDate = isoDateSchema;
export const legalBasis = legalBasisSchema;
export const validity = z.strictObject({ validFrom: isoDate, validTo: isoDate.exactOptional() });

export const dataSource = z.strictObject({
  id: text,
  title: text,
  url: z.url().exactOptional(),
  licence: text.exactOptional(),
  version: text.exactOptional(),
  use: text.exactOptional(),
});

/** `DataInfo` of @ntm/domain/core. */
export const dataInfo = z
  .strictObject({
    id: text,
    title: bilingual,
    dataAsOf: isoDate,
    sources: z.array(dataSource),
    status: z.enum(['verified', 'partial', 'unverified']),
    note: bilingual.exactOptional(),
  })
  .describe('Currency and provenance of the dataset (DataInfo): id, dataAsOf, sources, status.');

/** A schema descriptor with its path under the package's `data/schemas/`. */
export function schema(name: string, title: string, description: string, zod: z.ZodType) {
  return { path: `data/schemas/${name}.schema.json`, title, description, zod } as const;
}
