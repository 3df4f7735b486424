import { listMissingThresholds, type NtmMissingValue } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain';
import { CRITERIA_ERRORS } from '@ntm/domain/core';
import schema from '@ntm/domain/schemas/national-supplement.json' with { type: 'json' };
import { usageFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import {
  formHeader,
  INDICATOR_COLUMNS,
  keyHeader,
  SOURCE_FIELDS,
  SUPPLEMENT_SHEETS,
  sourceLabel,
  THRESHOLD_COLUMNS,
  TYPE_LABELS,
} from '../../io/supplement-form.js';
import { createFile } from '../../output/destination.js';
import { type CellCheck, columnLetter, writeTemplateXlsx } from '../../output/xlsx-template.js';
import { HELP } from '../help-texts.js';
import {
  type TemplateOptions,
  templateFile,
  templateOptions,
  writeJsonWithSchema,
} from '../init/template-file.js';
import { type SetOptions, shippedSet, thresholdKeys } from './criteria-set.js';
import { setOptions } from './set-options.js';

/** The JSON Schema copy written beside a JSON supplement, so that editors check it without the network. */
const SCHEMA_FILE = 'national-supplement.schema.json';

/** Options of `supplement-template`. */
interface SupplementTemplateOptions extends TemplateOptions, SetOptions {
  /** `--key`: only the cells of one region or commune group. */
  readonly key?: string;
}

/** One threshold cell still to be typed in. */
interface MissingCell {
  readonly indicator: string;
  readonly text: string;
  readonly key: string;
  readonly year?: number;
}

/**
 * `ntm criteria supplement-template`: every indicator and threshold cell a national set lacks, with the annex to type
 * them from, as a JSON supplement (with its JSON Schema beside it) or an Excel form; `check-supplement` and
 * `--supplement` read either back.
 *
 * @example
 * ```ts
 * registerSupplementTemplate(ctx, criteria);
 * ```
 */
export function registerSupplementTemplate(ctx: Ctx, criteria: Command): Command {
  const cmd = setOptions(
    ctx,
    leaf(ctx, criteria, 'supplement-template', HELP['criteria supplement-template']),
    'auto',
  ).option(
    '--key <key>',
    ctx.t({
      vi: 'chỉ một vùng (TDMNPB, DBSH…) hoặc một nhóm xã (1, 2, 3)',
      en: 'only one region (TDMNPB, DBSH…) or commune group (1, 2, 3)',
    }),
  );
  return templateOptions(ctx, cmd, ['json', 'xlsx']).action(
    async (opts: SupplementTemplateOptions) => {
      const set = shippedSet(opts, ctx.today());
      const all = thresholdKeys(set.thresholdKey);
      const key =
        opts.key === undefined ? undefined : all.find((k) => k === opts.key?.toUpperCase());
      if (opts.key !== undefined && key === undefined)
        usageFail(CRITERIA_ERRORS['criteria/unknown-key'], { key: opts.key, keys: all.join(', ') });
      const keys = key === undefined ? all : [key];
      const missing = listMissingThresholds(set);
      const slots = indicatorSlots(set, missing);
      const cells = missingCells(set, missing, keys);
      const { path, format } = templateFile(
        opts,
        ['json', 'xlsx'],
        (f) => `bo-sung-${set.id}${key === undefined ? '' : `-${key}`}.${f}`,
      );
      const source = sourceOf(set);
      if (format === 'xlsx') {
        const sink = await createFile(ctx, path, opts.force === true);
        await writeTemplateXlsx(sink, formSheets(set, keys, slots, cells, source));
        await sink.close();
      } else {
        const template = {
          $schema: `./${SCHEMA_FILE}`,
          baseSetId: set.id,
          source,
          transcribedBy: '',
          transcribedOn: '',
          ...(slots.length === 0
            ? {}
            : {
                indicators: slots.map((criterion) => ({
                  code: '',
                  criterion,
                  text: { vi: '' },
                  type: '',
                  thresholds: keys.map((k) => ({ key: k, value: null })),
                })),
              }),
          ...(cells.length === 0
            ? {}
            : {
                thresholds: cells.map((c) => ({
                  indicator: c.indicator,
                  key: c.key,
                  ...(c.year === undefined ? {} : { year: c.year }),
                  value: null,
                })),
              }),
        };
        await writeJsonWithSchema(ctx, path, template, { file: SCHEMA_FILE, schema }, opts.force);
      }
      ctx.print(
        ctx.t({
          vi: `Đã ghi ${path}: ${slots.length} chỉ tiêu và ${cells.length} ô ngưỡng còn thiếu của ${set.id}, chép từ ${set.annex}. Điền xong: ntm criteria check-supplement ${path}`,
          en: `Wrote ${path}: ${slots.length} indicators and ${cells.length} threshold cells ${set.id} lacks, to type from ${set.annex}. Once filled: ntm criteria check-supplement ${path}`,
        }),
      );
    },
  );
}

/** The document and annex of a set, as a supplement's `source`: `QĐ 51/2025/QĐ-TTg`, `Phụ lục I`. */
function sourceOf(set: NtmCriteriaSet): { document: string; annex?: string } {
  const document = set.annex.startsWith(`QĐ ${set.basis.number}`)
    ? `QĐ ${set.basis.number}`
    : set.basis.number;
  const annex = set.annex.startsWith(document)
    ? set.annex.slice(document.length).replace(/^[,\s]+/, '')
    : set.annex;
  return annex === '' ? { document } : { document, annex };
}

/**
 * The criterion of each indicator still to be typed: one per criterion without indicators, then — up to the number
 * the decision gives — slots whose criterion is to be chosen.
 */
function indicatorSlots(set: NtmCriteriaSet, missing: readonly NtmMissingValue[]): string[] {
  const empty = missing.filter((m) => m.status === 'indicators').map((m) => m.criterion);
  const have = set.criteria.reduce((n, c) => n + c.indicators.length, 0);
  const count = Math.max(empty.length, (set.indicatorCount ?? 0) - have);
  return Array.from({ length: count }, (_, i) => empty[i] ?? '');
}

/** The threshold cells still missing, for the keys asked. */
function missingCells(
  set: NtmCriteriaSet,
  missing: readonly NtmMissingValue[],
  keys: readonly string[],
): MissingCell[] {
  const texts = new Map(
    set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.text.vi] as const)),
  );
  return missing.flatMap((m) =>
    m.status !== 'missing' || m.indicator === undefined
      ? []
      : m.cells.flatMap((cell) => {
          const [year, key] = cell.includes(':') ? cell.split(':') : [undefined, cell];
          if (key === undefined || !keys.includes(key)) return [];
          return [
            {
              indicator: m.indicator as string,
              text: texts.get(m.indicator as string) ?? '',
              key,
              ...(year === undefined ? {} : { year: Number(year) }),
            },
          ];
        }),
  );
}

/** Rows of the Excel form that carry drop-downs beyond the rows written. */
const SPARE_ROWS = 20;

function formSheets(
  set: NtmCriteriaSet,
  keys: readonly string[],
  slots: readonly string[],
  cells: readonly MissingCell[],
  source: { document: string; annex?: string },
) {
  const column = (i: number, last: number) =>
    `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last + 1}`;
  const at = (specs: readonly { key: string }[], key: string) =>
    specs.findIndex((c) => c.key === key);
  const indicatorRows = slots.length + SPARE_ROWS;
  const yesNo: CellCheck = { kind: 'list', values: ['Có', 'Không'] };
  const number: CellCheck = { kind: 'decimal', min: 0, max: 1e12 };
  const sourceValues: Record<string, string> = {
    baseSetId: set.id,
    document: source.document,
    annex: source.annex ?? '',
  };
  return [
    {
      name: SUPPLEMENT_SHEETS.source,
      columns: [
        { header: 'Trường / Field', width: 28 },
        { header: 'Giá trị / Value', width: 40 },
      ],
      rows: SOURCE_FIELDS.map((f) => [sourceLabel(f.label), sourceValues[f.field] ?? null]),
      cellFormats: {
        [`B${SOURCE_FIELDS.findIndex((f) => f.field === 'transcribedOn') + 2}`]: 'dd/mm/yyyy',
      },
      checks: [
        {
          range: `B${SOURCE_FIELDS.findIndex((f) => f.field === 'illustrative') + 2}`,
          check: yesNo,
          prompt: 'Có: tệp ví dụ, không phải số liệu pháp lý',
        },
      ],
    },
    {
      name: SUPPLEMENT_SHEETS.indicators,
      columns: [
        ...INDICATOR_COLUMNS.map((c) => ({
          header: formHeader(c),
          width: c.key === 'textVi' || c.key === 'textEn' ? 40 : 14,
        })),
        ...keys.map((k) => ({ header: keyHeader(k, set.thresholdKey), width: 14, numFmt: '0.##' })),
        { header: formHeader(THRESHOLD_COLUMNS[7]), width: 28 },
      ],
      rows: slots.map((criterion) => [
        criterion,
        ...INDICATOR_COLUMNS.slice(1).map(() => null),
        ...keys.map(() => null),
        set.annex,
      ]),
      checks: [
        {
          range: column(at(INDICATOR_COLUMNS, 'criterion'), indicatorRows),
          check: { kind: 'list', values: set.criteria.map((c) => c.code) } as CellCheck,
          prompt: 'Mã tiêu chí của chỉ tiêu',
        },
        {
          range: column(at(INDICATOR_COLUMNS, 'type'), indicatorRows),
          check: { kind: 'list', values: Object.values(TYPE_LABELS) } as CellCheck,
        },
        {
          range: column(at(INDICATOR_COLUMNS, 'direction'), indicatorRows),
          check: { kind: 'list', values: ['>=', '<='] } as CellCheck,
          prompt: '>= : ít nhất; <= : nhiều nhất (tỷ lệ và số)',
        },
        { range: column(at(INDICATOR_COLUMNS, 'optional'), indicatorRows), check: yesNo },
        { range: column(at(INDICATOR_COLUMNS, 'perYear'), indicatorRows), check: yesNo },
        ...keys.map((_, k) => ({
          range: column(INDICATOR_COLUMNS.length + k, indicatorRows),
          check: number,
          prompt: 'Ngưỡng chép từ phụ lục; tỷ lệ viết 85 (không phải 0,85)',
        })),
      ],
    },
    {
      name: SUPPLEMENT_SHEETS.thresholds,
      columns: THRESHOLD_COLUMNS.map((c) => ({
        header: formHeader(c),
        width: c.key === 'text' ? 50 : c.key === 'annex' ? 28 : 12,
        ...(c.key === 'value' || c.key === 'replaces' ? { numFmt: '0.##' } : {}),
      })),
      rows: cells.map((c) => [
        c.indicator,
        c.text,
        c.key,
        c.year ?? null,
        null,
        null,
        null,
        set.annex,
      ]),
      checks: (['value', 'replaces'] as const).map((key) => ({
        range: column(at(THRESHOLD_COLUMNS, key), cells.length + SPARE_ROWS),
        check: number,
        prompt: 'Giá trị chép từ phụ lục; tỷ lệ viết 85 (không phải 0,85)',
      })),
    },
    {
      name: SUPPLEMENT_SHEETS.help,
      columns: [{ header: 'Hướng dẫn / Instructions', width: 110 }],
      rows: [
        [`${set.id}: ${set.title.vi} (${set.basis.number}) — chép từ ${set.annex}`],
        [
          'Trang "Chỉ tiêu": mỗi dòng một chỉ tiêu bộ tiêu chí còn thiếu (mã, nội dung, loại, chiều so sánh, ngưỡng theo từng vùng/nhóm). Dòng để trống là chưa nhập.',
        ],
        [
          'Trang "Ngưỡng": mỗi dòng một ô ngưỡng còn thiếu; điền cột "Giá trị" (và "Trang" nếu cần). Ô để trống là chưa nhập, vẫn được coi là còn thiếu.',
        ],
        [
          'Sheet "Chỉ tiêu": one row per indicator the set lacks. Sheet "Ngưỡng": one row per missing threshold cell; fill "Giá trị" (Value). Empty rows are not typed yet.',
        ],
        [`Kiểm tra / Check: ntm criteria check-supplement <tệp>`],
        [`Dùng / Use: ntm criteria evaluate <xã.xlsx> --supplement <tệp>`],
      ],
    },
  ];
}
