/* The OCOP data of @ntm/ocop-scoring: QĐ 26/2026 sheets and classification, versions, process. */
import { OcopRubricSchema } from '@ntm/domain';
import {
  OCOP_LEVELS,
  OCOP_PROCESS_DATA_INFO,
  OCOP_PROCESS_PERIODS,
  OCOP_TIME_LIMITS,
  OCOP_TRANSITION,
  OCOP_VERSIONS,
  OCOP_VERSIONS_DATA_INFO,
} from '@ntm/ocop-scoring';
import {
  OCOP_TAXONOMY,
  QD26_DATA_INFO,
  QD26_RUBRICS,
  QD26_VALIDITY,
} from '@ntm/ocop-scoring/rubrics';
import * as z from 'zod';
import {
  QD26_ANNEX_TITLE,
  QD26_ANOMALIES,
  QD26_DECISION,
} from '../../packages/ocop-scoring/src/data/rubrics/generated/qd26-decision.js';
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

const status = z.enum(['verified', 'reported', 'unverified']);
const versionId = z.enum(['QD1048_2019', 'QD148_2023', 'QD148_1489_2025', 'QD26_2026']);
const level = z.enum(['commune', 'district', 'province', 'central']);

const RUBRIC = schema(
  'rubric',
  'OCOP scoring sheet (OcopRubric)',
  'One OCOP scoring sheet (phiếu đánh giá sản phẩm OCOP) of one product set: parts, sections, criteria and options with their points, per-star minima, disqualifiers, legal basis and validity.',
  OcopRubricSchema,
);

const anomaly = z.strictObject({
  id: text,
  kind: z.enum(['correction', 'interpretation', 'as-printed']),
  sheets: z.array(z.string().regex(/^B\d\d$/u)).exactOptional(),
  where: text,
  printed: text,
  used: text,
  reason: bilingual,
  covers: z.array(text).exactOptional(),
  correction: text.exactOptional(),
  note: text.exactOptional(),
  details: z.array(z.strictObject({ sheet: text, onSheet: text, annexI: text })).exactOptional(),
});

const QD26_INDEX = schema(
  'qd26-index',
  'QĐ 26/2026 sheets: index',
  'The decision, its annex and validity, the list of sheet files, and the anomalies of the printed text with how the data handles each.',
  z.strictObject({
    info: dataInfo,
    version: z.literal('QD26_2026'),
    decision: legalBasis,
    annex: z.strictObject({ annex: text, title: bilingual }),
    validity,
    sheets: z.array(
      z.strictObject({ productSet: z.string().regex(/^B\d\d$/u), title: text, file: text }),
    ),
    anomalies: z.array(anomaly),
  }),
);

const taxon = z.strictObject({ code: text, name: bilingual });
const TAXONOMY = schema(
  'taxonomy',
  'OCOP product classification (OcopTaxonomy)',
  'Sectors (ngành), groups (nhóm) and the 26 product sets (bộ sản phẩm) of QĐ 26/2026 Phụ lục I, with lead ministries and search keywords.',
  z.strictObject({
    version: versionId,
    basis: legalBasis,
    dataAsOf: isoDate,
    sectors: z.array(taxon),
    groups: z.array(taxon),
    productSets: z.array(
      z.strictObject({
        code: text,
        sector: text,
        group: text,
        subgroup: text.exactOptional(),
        name: bilingual,
        keywords: z.array(text),
        authority: z.array(text),
      }),
    ),
  }),
);

const VERSIONS = schema(
  'versions',
  'OCOP rule versions',
  'Every version of the national OCOP rules (QĐ 1048/2019 … QĐ 26/2026): legal basis, validity by submission date, part maxima, star bands and how sure they are; and the transition of QĐ 26/2026 Điều 12.2.',
  z.strictObject({
    info: dataInfo,
    versions: z.array(
      z.strictObject({
        id: versionId,
        basis: legalBasis,
        amendedBy: z.array(legalBasis),
        validity,
        detail: z.enum(['full', 'parts-only']),
        partMax: z.strictObject({ A: z.number(), B: z.number(), C: z.number() }),
        bands: z.array(
          z.strictObject({
            stars: z.number().int().min(1).max(5),
            from: z.number(),
            text: bilingual,
          }),
        ),
        bandsStatus: status,
        certifiableFrom: z.number().int(),
        note: bilingual,
        dataAsOf: isoDate,
      }),
    ),
    transition: z.strictObject({
      from: isoDate,
      completeWithinDays: z.strictObject({
        first: z.number(),
        upgrade: z.number(),
        're-evaluation': z.number(),
      }),
      article: text,
    }),
  }),
);

const monthDay = z.strictObject({ month: z.number().int(), day: z.number().int() });
const timeLimit = z.strictObject({
  amount: z.number(),
  unit: z.enum(['days', 'working-days', 'months']),
  text: bilingual,
  basis: legalBasis,
  status,
});
const rounds = z.strictObject({
  rounds: z.array(z.strictObject({ proposedBefore: monthDay, evaluateBefore: monthDay })),
  text: bilingual,
  basis: legalBasis,
  status,
});
const PROCESS = schema(
  'process',
  'OCOP process: authority and time limits',
  'Levels of government and the days they existed, who evaluates and who recognises each star level period by period, and the time limits of QĐ 26/2026 (certificate validity, filing window, commune processing, evaluation rounds).',
  z.strictObject({
    info: dataInfo,
    levels: z.array(
      z.strictObject({ level, name: bilingual, validity, status, source: bilingual }),
    ),
    periods: z.array(
      z.strictObject({
        id: text,
        versionId,
        validity,
        stages: z.array(
          z.strictObject({
            level,
            role: z.enum(['pre-check', 'council']),
            forwardFrom: z.number().exactOptional(),
            text: bilingual,
            basis: z.array(legalBasis),
            status,
          }),
        ),
        recognisers: z.strictObject({ 3: level.nullable(), 4: level, 5: level }),
        basis: z.array(legalBasis),
        status,
        flag: bilingual.exactOptional(),
        note: bilingual,
      }),
    ),
    timeLimits: z.strictObject({
      certificateValidity: timeLimit,
      filingOpens: timeLimit,
      filingCloses: timeLimit,
      lateFilingExtension: timeLimit,
      communeCheck: timeLimit,
      reEvaluation: timeLimit,
      provinceRounds: rounds,
      centralRounds: rounds,
    }),
  }),
);

export function ocopFiles(): OpenDataFile[] {
  const pkg = 'ocop-scoring';
  const sheets = Object.values(QD26_RUBRICS);
  return [
    {
      pkg,
      path: 'data/qd26-2026/index.json',
      schema: QD26_INDEX,
      info: QD26_DATA_INFO,
      about: {
        vi: 'QĐ 26/2026: căn cứ, hiệu lực, danh sách phiếu, các điểm bất thường của văn bản',
        en: 'QĐ 26/2026: basis, validity, list of sheets, anomalies of the text',
      },
      source: { path: 'data-src/qd26-2026/decision.json' },
      layout: 'pretty',
      value: () => ({
        info: QD26_DATA_INFO,
        version: 'QD26_2026',
        decision: QD26_DECISION,
        annex: { annex: sheets[0]?.basis.annex, title: QD26_ANNEX_TITLE },
        validity: QD26_VALIDITY,
        sheets: sheets.map((r) => ({
          productSet: r.productSet,
          title: r.title,
          file: `${r.productSet.toLowerCase()}.json`,
        })),
        anomalies: QD26_ANOMALIES,
      }),
    },
    ...sheets.map(
      (rubric): OpenDataFile => ({
        pkg,
        path: `data/qd26-2026/${rubric.productSet.toLowerCase()}.json`,
        schema: RUBRIC,
        info: QD26_DATA_INFO,
        about: {
          vi: `Phiếu ${rubric.productSet}: ${rubric.title}`,
          en: `Sheet ${rubric.productSet}`,
        },
        source: {
          path: `data-src/qd26-2026/${rubric.productSet.toLowerCase()}.json`,
          note: `(transcription) → \`src/data/rubrics/generated/qd26-${rubric.productSet.toLowerCase()}.ts\``,
        },
        layout: 'pretty',
        value: () => rubric,
      }),
    ),
    {
      pkg,
      path: 'data/qd26-2026/taxonomy.json',
      schema: TAXONOMY,
      info: QD26_DATA_INFO,
      about: {
        vi: 'Phân loại sản phẩm OCOP: 6 ngành, 17 nhóm, 26 bộ sản phẩm (Phụ lục I)',
        en: 'OCOP product classification: 6 sectors, 17 groups, 26 product sets (Annex I)',
      },
      source: { path: 'src/data/taxonomy.ts', note: '(hand-authored from QĐ 26/2026 Phụ lục I)' },
      layout: 'pretty',
      value: () => OCOP_TAXONOMY,
    },
    {
      pkg,
      path: 'data/versions.json',
      schema: VERSIONS,
      info: OCOP_VERSIONS_DATA_INFO,
      about: {
        vi: 'Các phiên bản Bộ tiêu chí OCOP (1048/2019 … 26/2026): điểm từng phần, hạng sao, chuyển tiếp',
        en: 'OCOP rule versions (1048/2019 … 26/2026): part maxima, star bands, transition',
      },
      source: {
        path: 'src/data/versions.ts',
        note: '(hand-authored, each record with its legal basis)',
      },
      layout: 'pretty',
      value: () => ({
        info: OCOP_VERSIONS_DATA_INFO,
        versions: OCOP_VERSIONS,
        transition: OCOP_TRANSITION,
      }),
    },
    {
      pkg,
      path: 'data/process.json',
      schema: PROCESS,
      info: OCOP_PROCESS_DATA_INFO,
      about: {
        vi: 'Quy trình OCOP: cấp đánh giá và thẩm quyền công nhận theo thời kỳ, thời hạn',
        en: 'OCOP process: evaluation levels and recognition authority by period, time limits',
      },
      source: {
        path: 'src/data/process/',
        note: '(hand-authored, each record with its legal basis)',
      },
      layout: 'pretty',
      value: () => ({
        info: OCOP_PROCESS_DATA_INFO,
        levels: OCOP_LEVELS,
        periods: OCOP_PROCESS_PERIODS,
        timeLimits: OCOP_TIME_LIMITS,
      }),
    },
  ];
}
