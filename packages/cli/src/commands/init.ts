import { OCOP_ERRORS, received } from '@ntm/domain/core';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail } from '../cli-error.js';
import type { Command, Ctx } from '../context.js';
import { group, leaf } from '../context.js';
import { writeOutput } from '../output/write-file.js';
import { writeXlsx } from '../output/write-xlsx.js';
import { COMMUNE_COLUMNS, indicatorHeader } from './communes-file.js';
import { pickSet } from './criteria.js';
import { ASSESSMENT_SHEETS, INFO_FIELDS } from './ocop-assessment-file.js';
import { leafCriteria, optionsText } from './ocop-sheet.js';

/** Options shared by the `init` commands. */
interface InitOptions {
  readonly out?: string;
  readonly xlsx?: boolean;
  readonly force?: boolean;
}

/**
 * `ntm init …`: ready-to-fill templates with Vietnamese headers.
 *
 * @example
 * ```ts
 * const init = registerInit(ctx, program);
 * ```
 */
export function registerInit(ctx: Ctx, program: Command): Command {
  const init = group(ctx, program, 'init', {
    description: {
      vi: 'tạo tệp mẫu để điền (tiêu đề tiếng Việt)',
      en: 'write ready-to-fill templates (Vietnamese headers)',
    },
    examples: [
      {
        run: 'ntm init assessment --set B04 --xlsx',
        note: { vi: 'phiếu chấm mật ong', en: 'honey scoring sheet' },
      },
    ],
  });
  leaf(ctx, init, 'assessment', {
    description: {
      vi: 'mẫu phiếu đánh giá sản phẩm OCOP cho một bộ sản phẩm (B01…B26)',
      en: 'OCOP assessment template for one product set (B01…B26)',
    },
    examples: [
      {
        run: 'ntm init assessment --set B04 --xlsx',
        note: { vi: 'ghi phieu-B04.xlsx', en: 'writes phieu-B04.xlsx' },
      },
      {
        run: 'ntm init assessment --set B09 --out nuoc-mam.json',
        note: { vi: 'mẫu JSON', en: 'JSON template' },
      },
    ],
  })
    .requiredOption(
      '--set <code>',
      ctx.t({
        vi: 'mã bộ sản phẩm, ví dụ B04 (tìm bằng: ntm ocop find)',
        en: 'product set code, e.g. B04 (find it with: ntm ocop find)',
      }),
    )
    .option(
      '--xlsx',
      ctx.t({ vi: 'ghi tệp Excel thay vì JSON', en: 'write an Excel file instead of JSON' }),
    )
    .option('--out <file>', ctx.t({ vi: 'tên tệp ghi ra', en: 'file to write' }))
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }))
    .action(async (opts: InitOptions & { set: string }) => {
      const code = opts.set.trim().toUpperCase();
      const rubric = Object.hasOwn(QD26_RUBRICS, code) ? QD26_RUBRICS[code] : undefined;
      if (rubric === undefined) {
        inputFail(OCOP_ERRORS['ocop/unknown-product-set'], {}, { productSet: received(opts.set) });
      }
      const leaves = leafCriteria(rubric);
      const force = opts.force === true ? { force: true } : {};
      if (opts.xlsx === true) {
        const out = opts.out ?? `phieu-${code}.xlsx`;
        const infoValues: Record<string, string> = { productSet: code, kind: 'lần đầu' };
        await writeXlsx(
          out,
          [
            {
              name: ASSESSMENT_SHEETS.info,
              columns: [
                { header: 'Mục', width: 22 },
                { header: 'Giá trị', width: 50 },
              ],
              rows: INFO_FIELDS.map(([label, key]) => [label, infoValues[key] ?? null]),
            },
            {
              name: ASSESSMENT_SHEETS.answers,
              columns: [
                { header: 'Phần', width: 6 },
                { header: 'Mã tiêu chí', width: 12 },
                { header: 'Nội dung', width: 40 },
                { header: 'Các lựa chọn', width: 70 },
                { header: 'Điểm tối đa', width: 10 },
                { header: 'Trả lời', width: 10 },
              ],
              rows: leaves.map((l) => [
                l.part,
                l.criterion.code,
                l.criterion.title,
                optionsText(l.criterion),
                l.criterion.maxPoints,
                null,
              ]),
            },
            {
              name: ASSESSMENT_SHEETS.disqualifiers,
              columns: [
                { header: 'Mã', width: 10 },
                { header: 'Nội dung', width: 80 },
                { header: 'Vi phạm', width: 10 },
              ],
              rows: rubric.disqualifiers.map((d) => [d.id, d.text, 'không']),
            },
            {
              name: 'Hướng dẫn',
              columns: [{ header: 'Hướng dẫn / Instructions', width: 110 }],
              rows: [
                [`${rubric.id}: ${rubric.title} (${rubric.basis.number})`],
                [
                  'Cột "Trả lời": ghi số thứ tự lựa chọn (1, 2, 3…); tiêu chí có/không ghi "có" hoặc "không"; tiêu chí có trường hợp ghi chữ + số (a1, b2).',
                ],
                [
                  '"Answer" column: the option number (1, 2, 3…); yes/no criteria "có"/"không"; criteria with cases letter + number (a1, b2).',
                ],
                [
                  'Ngày nộp hồ sơ: dd/mm/yyyy hoặc ô ngày của Excel. Loại đánh giá: lần đầu, nâng hạng, đánh giá lại.',
                ],
                ['Chấm điểm / Score: ntm ocop score <tệp này>'],
              ],
            },
          ],
          force,
        );
        ctx.print(
          ctx.t({
            vi: `Đã ghi ${out} (${leaves.length} tiêu chí)`,
            en: `Wrote ${out} (${leaves.length} criteria)`,
          }),
        );
        return;
      }
      const out = opts.out ?? `phieu-${code}.json`;
      const template = {
        product: { name: '', producer: '' },
        productSet: code,
        rubric: rubric.id,
        submittedOn: '',
        kind: 'first',
        criteria: Object.fromEntries(leaves.map((l) => [l.criterion.code, null])),
        disqualifiers: [],
      };
      await writeOutput(out, `${JSON.stringify(template, null, 2)}\n`, force);
      ctx.print(
        ctx.t({
          vi: `Đã ghi ${out} (${leaves.length} tiêu chí; thay null bằng chỉ số lựa chọn tính từ 0, true/false, hoặc {"case": "a", "option": 0})`,
          en: `Wrote ${out} (${leaves.length} criteria; replace null with the 0-based option index, true/false, or {"case": "a", "option": 0})`,
        }),
      );
    });
  leaf(ctx, init, 'communes', {
    description: {
      vi: 'mẫu bảng số liệu các xã: cột cố định và một cột cho mỗi chỉ tiêu của bộ tiêu chí',
      en: 'communes sheet template: fixed columns and one column per indicator of the set',
    },
    examples: [
      {
        run: 'ntm init communes --xlsx',
        note: { vi: 'ghi xa-XA_2021_2025.xlsx', en: 'writes xa-XA_2021_2025.xlsx' },
      },
      {
        run: 'ntm init communes --set XA_2016_2020 --out xa.csv',
        note: { vi: 'CSV (UTF-8, mở được bằng Excel)', en: 'CSV (UTF-8, opens in Excel)' },
      },
    ],
  })
    .option(
      '--set <id>',
      ctx.t({
        vi: 'bộ tiêu chí (mặc định XA_2021_2025)',
        en: 'criteria set (default XA_2021_2025)',
      }),
      'XA_2021_2025',
    )
    .option(
      '--xlsx',
      ctx.t({ vi: 'ghi tệp Excel thay vì CSV', en: 'write an Excel file instead of CSV' }),
    )
    .option('--out <file>', ctx.t({ vi: 'tên tệp ghi ra', en: 'file to write' }))
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }))
    .action(async (opts: InitOptions & { set: string }) => {
      const set = pickSet(opts.set, '2022-01-01');
      const indicators = set.criteria.flatMap((c) => c.indicators);
      const headers = [
        ...COMMUNE_COLUMNS.map((c) => c.header.vi),
        ...indicators.map(indicatorHeader),
      ];
      const force = opts.force === true ? { force: true } : {};
      if (opts.xlsx === true) {
        const out = opts.out ?? `xa-${set.id}.xlsx`;
        await writeXlsx(
          out,
          [
            {
              name: 'Xã',
              columns: headers.map((h, i) => ({
                header: h,
                width: i < COMMUNE_COLUMNS.length ? 14 : 22,
              })),
              rows: [],
            },
            {
              name: 'Hướng dẫn',
              columns: [{ header: 'Hướng dẫn / Instructions', width: 110 }],
              rows: [
                [`${set.id}: ${set.title.vi} (${set.basis.number})`],
                [
                  'Mỗi dòng là một xã trong một năm. Cột "Vùng" (TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL) có thể bỏ trống nếu "Mã xã" là mã 5 chữ số.',
                ],
                [
                  'One row per commune and year. The "Vùng" (region) column may stay empty when "Mã xã" is the 5-digit official code.',
                ],
                [
                  'Chỉ tiêu có/không: ghi có, không, đạt, chưa đạt, 1, 0. Tỷ lệ: 85 hoặc 85,5 hoặc 85%.',
                ],
                ['Đánh giá / Evaluate: ntm criteria evaluate <tệp này>'],
              ],
            },
          ],
          force,
        );
        ctx.print(
          ctx.t({
            vi: `Đã ghi ${out} (${indicators.length} chỉ tiêu)`,
            en: `Wrote ${out} (${indicators.length} indicators)`,
          }),
        );
        return;
      }
      const out = opts.out ?? `xa-${set.id}.csv`;
      const quote = (h: string) => (/[",;\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h);
      // A UTF-8 BOM so that Excel opens the Vietnamese headers correctly.
      await writeOutput(out, `\uFEFF${headers.map(quote).join(',')}\r\n`, force);
      ctx.print(
        ctx.t({
          vi: `Đã ghi ${out} (${indicators.length} chỉ tiêu)`,
          en: `Wrote ${out} (${indicators.length} indicators)`,
        }),
      );
    });

  leaf(ctx, init, 'province-config', {
    description: {
      vi: 'mẫu cấu hình tiêu chí của tỉnh (JSON, có $schema để trình soạn thảo gợi ý)',
      en: 'province criteria configuration template (JSON, with $schema for editor hints)',
    },
    examples: [
      {
        run: 'ntm init province-config --out tinh.json',
        note: {
          vi: 'rồi kiểm tra: ntm criteria check-config tinh.json',
          en: 'then check: ntm criteria check-config tinh.json',
        },
      },
    ],
  })
    .option(
      '--set <id>',
      ctx.t({ vi: 'bộ tiêu chí quốc gia làm nền', en: 'national set it builds on' }),
      'XA_2021_2025',
    )
    .option(
      '--out <file>',
      ctx.t({ vi: 'tên tệp ghi ra', en: 'file to write' }),
      'province-config.json',
    )
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }))
    .action(async (opts: InitOptions & { set: string; out: string }) => {
      const set = pickSet(opts.set, '2022-01-01');
      const template = {
        $schema: 'https://unpkg.com/@ntm/domain/schemas/province-criteria.json',
        province: 'Tên tỉnh / Province name',
        baseSetId: set.id,
        illustrative: true,
        note: {
          vi: 'Điền số, ngày của quyết định của tỉnh vào "decision" và bỏ "illustrative" khi đã có văn bản chính thức.',
          en: 'Fill "decision" with the province decision and drop "illustrative" once the official text is in.',
        },
        thresholds: [],
      };
      await writeOutput(
        opts.out,
        `${JSON.stringify(template, null, 2)}\n`,
        opts.force === true ? { force: true } : {},
      );
      ctx.print(
        ctx.t({
          vi: `Đã ghi ${opts.out}; kiểm tra: ntm criteria check-config ${opts.out}`,
          en: `Wrote ${opts.out}; check it: ntm criteria check-config ${opts.out}`,
        }),
      );
    });
  return init;
}
