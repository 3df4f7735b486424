import type { OcopRubric } from '@ntm/domain';
import { CLI_ERRORS } from '@ntm/domain/core';
import { certificateTimeline, resolveRubric, scoreAssessment, scoreParts } from '@ntm/ocop-scoring';
import { findProductSet, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { Option } from 'commander';
import { inputFail } from '../cli-error.js';
import { type Command, type Ctx, formatOption, group, leaf } from '../context.js';
import { renderTable } from '../output/table.js';
import { writeXlsx } from '../output/write-xlsx.js';
import { dateArg } from './args.js';
import { readAssessment } from './ocop-assessment-file.js';

/**
 * `ntm ocop …`: score an assessment, find a product set.
 *
 * @example
 * ```ts
 * registerOcop(ctx, program);
 * ```
 */
export function registerOcop(ctx: Ctx, program: Command): Command {
  const ocop = group(ctx, program, 'ocop', {
    description: {
      vi: 'Chương trình OCOP: chấm điểm, tra cứu bộ sản phẩm',
      en: 'OCOP programme: scoring, product sets',
    },
    examples: [
      {
        run: 'ntm ocop score phieu.xlsx',
        note: { vi: 'chấm điểm một phiếu', en: 'score one assessment' },
      },
    ],
  });

  leaf(ctx, ocop, 'score <assessment>', {
    description: {
      vi: 'chấm điểm phiếu đánh giá sản phẩm OCOP (.json hoặc .xlsx): tổng điểm, hạng sao, trạng thái, chi tiết',
      en: 'score an OCOP assessment (.json or .xlsx): total, stars, status and trace',
    },
    examples: [
      {
        run: 'ntm ocop score examples/cli-tour/data/mat-ong.json',
        note: { vi: 'in bảng kết quả', en: 'print the result table' },
      },
      {
        run: 'ntm ocop score phieu.xlsx --format xlsx --out ket-qua.xlsx',
        note: { vi: 'ghi kết quả ra Excel', en: 'write the result to Excel' },
      },
    ],
  })
    .option(
      '--date <date>',
      ctx.t({
        vi: 'ngày nộp hồ sơ (thay cho ngày trong tệp), YYYY-MM-DD hoặc dd/mm/yyyy',
        en: 'submission date (overrides the file), YYYY-MM-DD or dd/mm/yyyy',
      }),
      dateArg(ctx),
    )
    .addOption(
      new Option(
        '--marker-policy <policy>',
        ctx.t({
          vi: 'khi không đạt yêu cầu tối thiểu theo sao: cap (hạ sao) hoặc reject (loại)',
          en: 'when a per-star minimum fails: cap (lower the stars) or reject',
        }),
      ).choices(['cap', 'reject']),
    )
    .addOption(formatOption(ctx, ['table', 'json', 'xlsx']))
    .option(
      '--out <file>',
      ctx.t({ vi: 'tệp kết quả (với --format xlsx)', en: 'output file (with --format xlsx)' }),
    )
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }))
    .action(
      async (
        file: string,
        opts: {
          date?: string;
          markerPolicy?: 'cap' | 'reject';
          format: string;
          out?: string;
          force?: boolean;
        },
      ) => {
        const input = await readAssessment(file);
        const submittedOn = opts.date ?? input.assessment.submittedOn;
        if (input.parts !== undefined) {
          const result = scoreParts(input.parts, submittedOn);
          if (opts.format === 'json') {
            ctx.print(
              JSON.stringify(
                { product: input.assessment.product, submittedOn, ...result },
                null,
                2,
              ),
            );
            return;
          }
          ctx.print(
            renderTable(
              [ctx.t({ vi: 'Mục', en: 'Item' }), ctx.t({ vi: 'Giá trị', en: 'Value' })],
              [
                [ctx.t({ vi: 'Sản phẩm', en: 'Product' }), input.assessment.product.name],
                [
                  ctx.t({ vi: 'Căn cứ', en: 'Basis' }),
                  `${result.version.basis.number} (A ≤ ${result.version.partMax.A}, B ≤ ${result.version.partMax.B}, C ≤ ${result.version.partMax.C})`,
                ],
                ['A / B / C', `${result.parts.A} / ${result.parts.B} / ${result.parts.C}`],
                [ctx.t({ vi: 'Tổng điểm', en: 'Total' }), ctx.t(result.display)],
                [
                  ctx.t({ vi: 'Hạng sao', en: 'Stars' }),
                  `${'★'.repeat(result.stars)} (${result.stars})`,
                ],
                [
                  ctx.t({ vi: 'Được công nhận', en: 'Certifiable' }),
                  result.certifiable
                    ? ctx.t({ vi: 'có', en: 'yes' })
                    : ctx.t({ vi: 'không', en: 'no' }),
                ],
                [ctx.t({ vi: 'Lý do', en: 'Reason' }), ctx.t(result.reason)],
              ],
            ),
          );
          return;
        }
        const resolution = resolveRubric(input.assessment.productSet, {
          submittedOn,
          kind: input.assessment.kind,
          rubrics: QD26_RUBRICS,
        });
        const rubric: OcopRubric | undefined = resolution.rubric;
        if (rubric === undefined) {
          inputFail(CLI_ERRORS['cli/ocop-no-sheet'], { file }, { reason: resolution.reason });
        }
        const result = scoreAssessment(
          rubric,
          input.assessment,
          opts.markerPolicy === undefined ? {} : { markerPolicy: opts.markerPolicy },
        );
        if (opts.format === 'json') {
          ctx.print(
            JSON.stringify(
              {
                product: input.assessment.product,
                submittedOn,
                resolution: { version: resolution.version.id, reason: resolution.reason },
                ...result,
              },
              null,
              2,
            ),
          );
          return;
        }
        const statusText = {
          rated: { vi: 'được xếp hạng', en: 'rated' },
          disqualified: { vi: 'bị loại', en: 'disqualified' },
          'below-threshold': {
            vi: 'dưới ngưỡng công nhận',
            en: 'below the certification threshold',
          },
        }[result.status];
        const summary: [string, string][] = [
          [ctx.t({ vi: 'Sản phẩm', en: 'Product' }), input.assessment.product.name],
          [ctx.t({ vi: 'Phiếu chấm', en: 'Sheet' }), `${rubric.id} — ${rubric.title}`],
          [ctx.t({ vi: 'Căn cứ', en: 'Basis' }), ctx.t(resolution.reason)],
          ['A / B / C', `${result.parts.A} / ${result.parts.B} / ${result.parts.C}`],
          [ctx.t({ vi: 'Tổng điểm', en: 'Total' }), ctx.t(result.display)],
          [
            ctx.t({ vi: 'Hạng sao', en: 'Stars' }),
            result.stars === null ? '—' : `${'★'.repeat(result.stars)} (${result.stars})`,
          ],
          [ctx.t({ vi: 'Trạng thái', en: 'Status' }), ctx.t(statusText)],
          [
            ctx.t({ vi: 'Được công nhận', en: 'Certifiable' }),
            result.certifiable ? ctx.t({ vi: 'có', en: 'yes' }) : ctx.t({ vi: 'không', en: 'no' }),
          ],
          [ctx.t({ vi: 'Lý do', en: 'Reason' }), ctx.t(result.decision.reason)],
        ];
        for (const d of result.disqualifiedBy)
          summary.push([ctx.t({ vi: 'Điều kiện loại', en: 'Disqualifier' }), `${d.id}: ${d.text}`]);
        const traceRows = result.trace.map((e) => [
          e.criterion,
          e.title,
          e.optionText ?? '—',
          e.points,
          e.maxPoints,
          e.markers.map((m) => `${m.stars}★≥${m.minPoints}${m.met ? '✓' : '✗'}`).join(' '),
        ]);
        const traceHead = [
          ctx.t({ vi: 'Mã', en: 'Code' }),
          ctx.t({ vi: 'Tiêu chí', en: 'Criterion' }),
          ctx.t({ vi: 'Lựa chọn', en: 'Option' }),
          ctx.t({ vi: 'Điểm', en: 'Points' }),
          ctx.t({ vi: 'Tối đa', en: 'Max' }),
          ctx.t({ vi: 'Dấu sao', en: 'Star minima' }),
        ];
        if (opts.format === 'xlsx') {
          const out = opts.out ?? `${file.replace(/\.(json|xlsx)$/i, '')}.ket-qua.xlsx`;
          await writeXlsx(
            out,
            [
              {
                name: ctx.t({ vi: 'Kết quả', en: 'Result' }),
                columns: [
                  { header: ctx.t({ vi: 'Mục', en: 'Item' }), width: 24 },
                  { header: ctx.t({ vi: 'Giá trị', en: 'Value' }), width: 80 },
                ],
                rows: summary,
              },
              {
                name: ctx.t({ vi: 'Chi tiết', en: 'Trace' }),
                columns: traceHead.map((h, i) => ({
                  header: h,
                  width: [8, 40, 60, 8, 8, 20][i] ?? 12,
                })),
                rows: traceRows,
              },
            ],
            opts.force === true ? { force: true } : {},
          );
          ctx.print(ctx.t({ vi: `Đã ghi ${out}`, en: `Wrote ${out}` }));
          return;
        }
        ctx.print(
          renderTable(
            [ctx.t({ vi: 'Mục', en: 'Item' }), ctx.t({ vi: 'Giá trị', en: 'Value' })],
            summary,
          ),
        );
        ctx.print(renderTable(traceHead, traceRows));
      },
    );

  leaf(ctx, ocop, 'find <words>', {
    description: {
      vi: 'tìm bộ sản phẩm OCOP (QĐ 26/2026) theo từ thông dụng',
      en: 'find the OCOP product set (QĐ 26/2026) from everyday words',
    },
    examples: [
      { run: 'ntm ocop find "mật ong bạc hà"', note: { vi: 'ra B04', en: 'gives B04' } },
      {
        run: 'ntm ocop find "nuoc mam" --format json',
        note: { vi: 'không dấu cũng được', en: 'diacritics optional' },
      },
    ],
  })
    .addOption(formatOption(ctx, ['table', 'json']))
    .action((words: string, opts: { format: string }) => {
      const set = findProductSet(words);
      if (set === undefined) {
        inputFail(CLI_ERRORS['cli/no-product-set'], {}, { query: words });
      }
      if (opts.format === 'json') {
        ctx.print(JSON.stringify(set, null, 2));
        return;
      }
      const rubric = Object.hasOwn(QD26_RUBRICS, set.code) ? QD26_RUBRICS[set.code] : undefined;
      ctx.print(
        renderTable(
          [ctx.t({ vi: 'Mục', en: 'Item' }), ctx.t({ vi: 'Giá trị', en: 'Value' })],
          [
            [ctx.t({ vi: 'Mã bộ', en: 'Set code' }), set.code],
            [ctx.t({ vi: 'Tên', en: 'Name' }), ctx.t(set.name)],
            [
              ctx.t({ vi: 'Ngành / nhóm', en: 'Sector / group' }),
              `${set.sector} / ${set.group}${set.subgroup ? ` / ${set.subgroup}` : ''}`,
            ],
            [
              ctx.t({ vi: 'Phiếu chấm', en: 'Sheet' }),
              rubric ? `${rubric.id} (${rubric.basis.number})` : '—',
            ],
          ],
        ),
      );
    });
  leaf(ctx, ocop, 'timeline <decision-date>', {
    description: {
      vi: 'hiệu lực giấy chứng nhận OCOP (36 tháng), thời gian nộp hồ sơ đánh giá lại, gia hạn cho hồ sơ nộp muộn',
      en: 'OCOP certificate validity (36 months), re-evaluation filing window, extension for late filers',
    },
    examples: [
      {
        run: 'ntm ocop timeline 2025-06-19',
        note: { vi: 'hiệu lực đến 2028-06-19', en: 'valid until 2028-06-19' },
      },
      {
        run: 'ntm ocop timeline 19/06/2025 --format json',
        note: { vi: 'dạng JSON', en: 'as JSON' },
      },
    ],
  })
    .addOption(formatOption(ctx, ['table', 'json']))
    .action((dateText: string, opts: { format: string }) => {
      const t = certificateTimeline(dateArg(ctx)(dateText));
      if (opts.format === 'json') {
        ctx.print(JSON.stringify(t, null, 2));
        return;
      }
      const rows: [string, string][] = [
        [ctx.t({ vi: 'Ngày quyết định', en: 'Decided on' }), t.decidedOn],
        [ctx.t({ vi: 'Hết hạn (36 tháng)', en: 'Expires (36 months)' }), t.expiresNominally],
        [ctx.t({ vi: 'Có hiệu lực đến', en: 'Valid until' }), t.validUntil],
        [
          ctx.t({ vi: 'Nộp hồ sơ đánh giá lại', en: 'Re-evaluation filing window' }),
          `${t.filingWindow.opens} → ${t.filingWindow.closes} (${ctx.t({ vi: 'ngày làm việc', en: 'working days' })} ${t.filingWindow.firstWorkingDay} → ${t.filingWindow.lastWorkingDay})`,
        ],
        [
          ctx.t({ vi: 'Nộp muộn: hiệu lực tối đa đến', en: 'Late filing: valid at most until' }),
          t.lateFilingValidUntil,
        ],
        [
          ctx.t({ vi: 'Căn cứ', en: 'Basis' }),
          [
            ...new Set(t.basis.map((b) => (b.article ? `${b.number} ${b.article}` : b.number))),
          ].join('; '),
        ],
      ];
      for (const f of t.flags)
        rows.push([ctx.t({ vi: 'Lưu ý', en: 'Note' }), `${ctx.t(f.message)} [${f.code}]`]);
      ctx.print(
        renderTable(
          [ctx.t({ vi: 'Mục', en: 'Item' }), ctx.t({ vi: 'Giá trị', en: 'Value' })],
          rows,
        ),
      );
    });
  return ocop;
}
