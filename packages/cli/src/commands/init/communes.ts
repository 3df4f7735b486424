import { type Command, type Ctx, leaf } from '../../context.js';
import { COMMUNE_COLUMNS, indicatorHeader } from '../../io/communes.js';
import { csvLine } from '../../output/csv-writer.js';
import { createFile } from '../../output/destination.js';
import { type CellCheck, columnLetter, writeTemplateXlsx } from '../../output/xlsx-template.js';
import { nationalSet, type SetOptions, thresholdKeys } from '../criteria/criteria-set.js';
import { supplementText } from '../criteria/describe-evaluation.js';
import { setOptions } from '../criteria/set-options.js';
import { HELP } from '../help-texts.js';
import { type TemplateOptions, templateFile, templateOptions } from './template-file.js';

/** Rows of the Excel form that carry drop-downs and checks. */
const FORM_ROWS = 1000;

/**
 * `ntm init communes`: a communes sheet with the fixed columns and one column per indicator of the set.
 *
 * @example
 * ```ts
 * registerInitCommunes(ctx, init);
 * ```
 */
export function registerInitCommunes(ctx: Ctx, init: Command): Command {
  return templateOptions(
    ctx,
    setOptions(ctx, leaf(ctx, init, 'communes', HELP['init communes']), 'XA_2021_2025'),
    ['csv', 'xlsx'],
  ).action(async (opts: TemplateOptions & SetOptions) => {
    const set = await nationalSet(ctx, opts, ctx.today());
    const indicators = set.criteria.flatMap((c) => c.indicators);
    // Indicators typed in from the annex are the user's: the form says so, and whether they are only an example.
    const supplement = set.supplement && supplementText({ t: (text) => text.vi }, set);
    const headers = [
      ...COMMUNE_COLUMNS.map((c) => c.header.vi),
      ...indicators.map(indicatorHeader),
    ];
    const { path, format } = templateFile(opts, ['csv', 'xlsx'], (f) => `xa-${set.id}.${f}`);
    const sink = await createFile(ctx, path, opts.force === true);
    if (format === 'xlsx') {
      const col = (i: number) => columnLetter(i + 1);
      const range = (i: number) => `${col(i)}2:${col(i)}${FORM_ROWS + 1}`;
      const fixed = (key: string) => COMMUNE_COLUMNS.findIndex((c) => c.key === key);
      const checks: { range: string; check: CellCheck; prompt?: string }[] = [
        {
          range: range(fixed('year')),
          check: { kind: 'whole', min: 2010, max: 2100 },
          prompt: 'Năm số liệu, ví dụ 2022',
        },
        {
          range: range(fixed('targetYear')),
          check: { kind: 'whole', min: 2010, max: 2100 },
          prompt: 'Năm phấn đấu đạt chuẩn',
        },
        set.thresholdKey === 'region'
          ? {
              range: range(fixed('region')),
              check: { kind: 'list', values: thresholdKeys('region') },
              prompt: 'Để trống nếu "Mã xã" là mã 5 chữ số',
            }
          : {
              range: range(fixed('group')),
              check: { kind: 'list', values: thresholdKeys('communeGroup') },
              prompt: 'Nhóm xã 1, 2 hoặc 3',
            },
        ...indicators.map((indicator, k) => {
          const i = COMMUNE_COLUMNS.length + k;
          if (indicator.type === 'boolean' || indicator.type === 'absence')
            return {
              range: range(i),
              check: { kind: 'list', values: ['Có', 'Không'] } as CellCheck,
            };
          return indicator.type === 'percent'
            ? {
                range: range(i),
                check: { kind: 'decimal', min: 0, max: 100 } as CellCheck,
                prompt: 'Tỷ lệ %, từ 0 đến 100 (ví dụ 85 hoặc 85,5)',
              }
            : {
                range: range(i),
                check: { kind: 'decimal', min: 0, max: 1e12 } as CellCheck,
                prompt: `Số${indicator.unit ? ` (${indicator.unit})` : ''}`,
              };
        }),
      ];
      await writeTemplateXlsx(sink, [
        {
          name: 'Xã',
          columns: headers.map((header, i) => ({
            header,
            width: i < COMMUNE_COLUMNS.length ? 14 : 22,
            ...(i >= COMMUNE_COLUMNS.length &&
            indicators[i - COMMUNE_COLUMNS.length]?.type !== 'boolean' &&
            indicators[i - COMMUNE_COLUMNS.length]?.type !== 'absence'
              ? { numFmt: '0.##' }
              : {}),
            ...(i === fixed('id') ? { numFmt: '@' } : {}),
          })),
          rows: [],
          checks,
        },
        {
          name: 'Hướng dẫn',
          columns: [{ header: 'Hướng dẫn / Instructions', width: 110 }],
          rows: [
            [`${set.id}: ${set.title.vi} (${set.basis.number})`],
            [
              'Mỗi dòng là một xã trong một năm. Cột "Vùng" (TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL) có thể để trống nếu "Mã xã" là mã 5 chữ số.',
            ],
            [
              'One row per commune and year. The "Vùng" (region) column may stay empty when "Mã xã" is the 5-digit official code.',
            ],
            [
              'Chỉ tiêu có/không: chọn Có hoặc Không. Tỷ lệ: số từ 0 đến 100 (85 hoặc 85,5), hoặc ô định dạng phần trăm.',
            ],
            ...(supplement === undefined
              ? []
              : [[`Chỉ tiêu ${supplement}${opts.supplement ? ` (${opts.supplement})` : ''}`]]),
            [
              `Đánh giá / Evaluate: ntm criteria evaluate ${path}${opts.supplement ? ` --supplement ${opts.supplement}` : ''}`,
            ],
          ],
        },
      ]);
    } else {
      // A byte-order mark so that Excel opens the Vietnamese headers correctly.
      await sink.write(`\uFEFF${csvLine(headers)}`);
    }
    await sink.close();
    const use = `ntm criteria evaluate ${path}${opts.supplement ? ` --supplement ${opts.supplement}` : ''}`;
    const supplied = set.supplement ? `; ${supplementText(ctx, set)}` : '';
    ctx.print(
      ctx.t({
        vi: `Đã ghi ${path} (${indicators.length} chỉ tiêu của bộ ${set.id}${supplied}). Điền xong: ${use}`,
        en: `Wrote ${path} (${indicators.length} indicators of set ${set.id}${supplied}). Once filled: ${use}`,
      }),
    );
  });
}
