/*
 * The machine-readable source of the QĐ 26/2026 sheets (packages/ocop-scoring/data-src/qd26-2026/): its shape, and a
 * reader that refuses anything else. The source is a transcription of the decision, one file per sheet, as printed
 * (after the corrections recorded in decision.json); the generator reads nothing but this folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

const text = z.string().min(1);
const bilingual = z.strictObject({ vi: text, en: text });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

/** One option ("□ …") as printed: text, points, the star marker, and what the transcript printed when it differs. */
const optionSchema = z.strictObject({
  /** Letter of the alternative case ("[trường hợp a]"), when the criterion offers cases. */
  case: z
    .string()
    .regex(/^[a-z]$/u)
    .optional(),
  text,
  points: z.number().min(0),
  /** `***` = 3, `****` = 4, `*****` = 5: the option is the minimum for that star level. */
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
  /** The points cell as the transcript prints it, when `points` differs (an anomaly of decision.json covers it). */
  printedPoints: z.string().optional(),
  /** The star marker as the transcript prints it, when irregular (e.g. `* * * *`). */
  printedMarker: z.string().optional(),
});

/** A section (mục), criterion or sub-criterion: options, sub-criteria, or neither (`yesNo`: a cap and no options). */
export interface SourceItem {
  readonly code: string;
  readonly title: string;
  readonly maxPoints: number;
  readonly notes: readonly string[];
  readonly options?: readonly SourceOption[] | undefined;
  readonly criteria?: readonly SourceItem[] | undefined;
  readonly yesNo?: true | undefined;
}
const itemSchema: z.ZodType<SourceItem> = z.lazy(() =>
  z.strictObject({
    code: z.string().regex(/^\d+(\.\d+)*$/u),
    title: text,
    maxPoints: z.number().positive(),
    notes: z.array(text),
    options: z.array(optionSchema).min(1).optional(),
    criteria: z.array(itemSchema).min(1).optional(),
    yesNo: z.literal(true).optional(),
  }),
);

const partSchema = z.strictObject({
  part: z.enum(['A', 'B', 'C']),
  title: text,
  /** Points printed in the part's heading ("(40 Điểm)"), when printed. */
  headingPoints: z.number().optional(),
  /** Points of the part's points column. */
  maxPoints: z.number().positive(),
  sections: z.array(itemSchema).min(1),
});

const sheetSchema = z.strictObject({
  sheet: z.string().regex(/^B\d\d$/u),
  /** Sheet number in Phụ lục II (1–26). */
  number: z.number().int(),
  title: text,
  classification: text,
  /** The "Hồ sơ bị loại khi: …" line above the sheet, when printed. */
  exclusion: text.optional(),
  parts: z.array(partSchema).length(3),
  /** Lines printed at the foot of the sheet. */
  footnotes: z.array(text),
});

const anomalySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9.-]+$/u),
  /** `correction`: the printed value is a typo, another is used; `interpretation`: the text is silent or ambiguous,
   * the SDK's reading is used; `as-printed`: odd but followed. */
  kind: z.enum(['correction', 'interpretation', 'as-printed']),
  sheets: z.array(z.string().regex(/^B\d\d$/u)).optional(),
  where: text,
  printed: text,
  used: text,
  reason: bilingual,
  /** Irregularities the generator finds in the sheets that this record explains (`prefix*` matches several). */
  covers: z.array(text).optional(),
  /** Text put on the options it covers (`OcopOption.correction`). */
  correction: text.optional(),
  /** Text added to the notes of each sheet it covers. */
  note: text.optional(),
  /** Wording printed on a sheet beside the wording of Phụ lục I. */
  details: z.array(z.strictObject({ sheet: z.string(), onSheet: text, annexI: text })).optional(),
});

const decisionSchema = z.strictObject({
  id: text,
  version: z.literal('QD26_2026'),
  title: bilingual,
  decision: z.strictObject({
    number: text,
    type: text,
    issuer: text,
    title: bilingual,
    signed: isoDate,
    effective: isoDate,
  }),
  effectiveArticle: text,
  annex: z.strictObject({ annex: text, title: bilingual }),
  dataAsOf: isoDate,
  status: z.enum(['verified', 'partial', 'unverified']),
  sources: z.array(
    z.strictObject({ id: text, title: text, url: z.url().optional(), use: text.optional() }),
  ),
  anomalies: z.array(anomalySchema),
});

const markersSchema = z.record(
  z.string().regex(/^B\d\d$/u),
  z.array(z.strictObject({ stars: z.number(), criterion: text, points: z.number() })),
);

export type SourceOption = z.infer<typeof optionSchema>;
export type SourcePart = z.infer<typeof partSchema>;
export type SourceSheet = z.infer<typeof sheetSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type Decision = z.infer<typeof decisionSchema>;
/** The per-sheet summary of star markers, extracted from the decision independently of the sheet transcription. */
export type MarkerSummary = z.infer<typeof markersSchema>;

/** Everything in the source folder, validated. */
export interface Source {
  readonly decision: Decision;
  readonly sheets: readonly SourceSheet[];
  readonly markers: MarkerSummary;
}

function read<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`${name} does not match the source format:\n${issues}`);
}

/** Reads and validates the source folder: decision.json, minimum-markers.json and one bNN.json per sheet. */
export function readSource(dir: string): Source {
  const names = readdirSync(dir)
    .filter((n) => /^b\d\d\.json$/u.test(n))
    .sort();
  const sheets = names.map((name) => {
    const sheet = read(dir, name, sheetSchema);
    if (`${sheet.sheet.toLowerCase()}.json` !== name)
      throw new Error(`${name} holds sheet ${sheet.sheet}`);
    return sheet;
  });
  return {
    decision: read(dir, 'decision.json', decisionSchema),
    sheets,
    markers: read(dir, 'minimum-markers.json', markersSchema),
  };
}
