// Every QĐ 26/2026 scoring sheet as a table (points, per-star minimum markers, disqualifiers), plus an index by the
// product classification. Everything comes from @ntm/ocop-scoring/rubrics, nothing is typed here.
import type { OcopCriterion, OcopOption, OcopRubric } from '@ntm/domain';
import { getOcopVersion } from '@ntm/ocop-scoring';
import { OCOP_TAXONOMY, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { basisText, both, esc, table, validityText } from '../lib/html.js';
import type { PageGenerator, SitePage } from '../lib/site.js';

const marker = (option: OcopOption): string =>
  option.minStars
    ? `<span class="marker" title="Mức tối thiểu để đạt ${option.minStars} sao / minimum for ${option.minStars} stars">${'*'.repeat(option.minStars)} ≥${option.minStars}★</span>`
    : '';

const correction = (option: OcopOption): string =>
  option.correction
    ? ` <span class="correction">(hiệu chỉnh / corrected: ${esc(option.correction)})</span>`
    : '';

function optionRows(options: readonly OcopOption[], prefix = ''): string[][] {
  return options.map((o, i) => [
    '',
    `<span class="option">${esc(prefix)}${i + 1}. ${esc(o.text)}${correction(o)}</span>`,
    esc(o.points),
    marker(o),
  ]);
}

function notes(list: readonly string[]): string {
  return list.length > 0
    ? `<div class="notes">${list.map((n) => `<div>${esc(n)}</div>`).join('')}</div>`
    : '';
}

function criterionRows(c: OcopCriterion, depth: number): string[][] {
  const head = [
    `<code>${esc(c.code)}</code>`,
    `<span class="criterion d${depth}">${esc(c.title)}</span>${notes(c.notes)}`,
    `<strong>${esc(c.maxPoints)}</strong>`,
    '',
  ];
  switch (c.kind) {
    case 'group':
      return [head, ...c.items.flatMap((item) => criterionRows(item, depth + 1))];
    case 'choice':
      return [head, ...optionRows(c.options)];
    case 'yes-no':
      return [
        head,
        ['', '<span class="option">Có / Yes</span>', esc(c.maxPoints), ''],
        ['', '<span class="option">Không / No</span>', '0', ''],
      ];
    case 'cases':
      return [
        head,
        ...c.cases.flatMap((k) => [
          [
            '',
            `<span class="case">Trường hợp ${esc(k.id)} / case ${esc(k.id)}: ${esc(k.title)}</span>`,
            '',
            '',
          ],
          ...optionRows(k.options, `${k.id}.`),
        ]),
      ];
  }
}

function sheetPage(rubric: OcopRubric): SitePage {
  const version = getOcopVersion(rubric.version);
  const parts = rubric.parts
    .map((part) => {
      const rows = part.sections.flatMap((section) => [
        [
          `<strong>${esc(section.code)}</strong>`,
          `<strong>${esc(section.title)}</strong>${notes(section.notes)}`,
          `<strong>${esc(section.maxPoints)}</strong>`,
          '',
        ],
        ...section.items.flatMap((item) =>
          // A section scored directly holds one criterion with the section's own code: no second heading row.
          item.code === section.code ? criterionRows(item, 1).slice(1) : criterionRows(item, 1),
        ),
      ]);
      return `<h2 id="part-${esc(part.key)}">Phần ${esc(part.key)} / Part ${esc(part.key)}: ${esc(part.title)} (${esc(part.maxPoints)} điểm / points)</h2>
${table(['Mã / Code', 'Tiêu chí, phương án / Criterion, option', 'Điểm / Points', 'Dấu sao / Star marker'], rows, 'rubric')}`;
    })
    .join('\n');
  const minima = table(
    [
      'Hạng / Stars',
      'Tiêu chí / Criterion',
      'Phương án / Option',
      'Điểm tối thiểu / Minimum points',
    ],
    rubric.minimums.map((m) => [
      `${m.stars}★`,
      `<code>${esc(m.criterion)}</code>`,
      `${m.case ? `${esc(m.case)}.` : ''}${m.option + 1}`,
      esc(m.points),
    ]),
  );
  const disqualifiers = table(
    ['Mã / Id', 'Phạm vi / Scope', 'Hậu quả / Effect', 'Nội dung / Text'],
    rubric.disqualifiers.map((d) => [
      `<code>${esc(d.id)}</code>`,
      d.scope === 'sheet' ? 'Cả phiếu / sheet' : `Tiêu chí / criterion ${esc(d.criterion ?? '')}`,
      d.effect === 'excluded'
        ? 'Hồ sơ bị loại / dossier excluded'
        : 'Dừng đánh giá / not evaluated further',
      esc(d.text) +
        (d.whenZeroIn
          ? ` <em>(tự phát hiện khi 0 điểm ở / detected automatically when 0 points in ${esc(d.whenZeroIn.join(', '))})</em>`
          : ''),
    ]),
  );
  const bands = table(
    ['Hạng / Stars', 'Tổng điểm / Total'],
    version.bands.map((b) => [
      `<span class="stars">${'★'.repeat(b.stars)}</span>`,
      both(b.text) +
        (b.stars < version.certifiableFrom ? ' — không cấp chứng nhận / not certified' : ''),
    ]),
  );
  return {
    path: `ocop/${rubric.productSet.toLowerCase()}.html`,
    title: `${rubric.productSet} — ${rubric.title}`,
    body: `<p class="meta">Phân loại / Classification: ${esc(rubric.classification)}<br>
Căn cứ / Basis: ${basisText(rubric.basis)}<br>
Áp dụng cho hồ sơ / Applies to dossiers: ${validityText(rubric.validity)} · Mã / id <code>${esc(rubric.id)}</code> · dữ liệu đối chiếu ngày / data as of ${esc(rubric.dataAsOf)}</p>
<p><a href="%ROOT%/workbench/ocop.html#${esc(rubric.productSet)}">Chấm thử phiếu này / Score with this sheet →</a> · <a href="index.html">Tất cả phiếu / All sheets</a></p>
<p>Dấu <span class="marker">***</span>, <span class="marker">****</span>, <span class="marker">*****</span> đánh dấu mức tối thiểu của tiêu chí để được xếp 3, 4, 5 sao.
The markers flag the minimum option a criterion needs for a 3, 4 or 5-star rating.</p>
${parts}
<h2 id="minimums">Mức tối thiểu theo hạng sao / Per-star minima</h2>
${minima}
<h2 id="disqualifiers">Điều kiện loại / Disqualifiers</h2>
${disqualifiers}
<h2 id="bands">Phân hạng / Star bands (${esc(version.id)})</h2>
${bands}
${rubric.notes.length > 0 ? `<h2 id="notes">Ghi chú / Notes</h2><ul>${rubric.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}`,
  };
}

function indexPage(rubrics: readonly OcopRubric[]): SitePage {
  const byCode = new Map(rubrics.map((r) => [r.productSet, r]));
  const sections = OCOP_TAXONOMY.sectors
    .map((sector) => {
      const groups = OCOP_TAXONOMY.groups.filter((g) => g.code.split('.')[0] === sector.code);
      const rows = groups.flatMap((group) =>
        OCOP_TAXONOMY.productSets
          .filter((p) => p.group === group.code)
          .map((p) => {
            const rubric = byCode.get(p.code);
            return [
              `<code>${esc(group.code)}${p.subgroup ? esc(p.subgroup) : ''}</code> ${both(group.name)}`,
              rubric
                ? `<a href="${esc(p.code.toLowerCase())}.html">${esc(p.code)}</a>`
                : esc(p.code),
              both(p.name),
              esc(p.keywords.join(', ')),
            ];
          }),
      );
      return `<h2 id="sector-${esc(sector.code)}">${esc(sector.code)}. ${both(sector.name)}</h2>
${table(['Nhóm / Group', 'Phiếu / Sheet', 'Bộ sản phẩm / Product set', 'Từ khoá / Keywords'], rows)}`;
    })
    .join('\n');
  return {
    path: 'ocop/index.html',
    title: 'Phiếu chấm OCOP / OCOP scoring sheets',
    body: `<p>${rubrics.length} phiếu chấm của Phụ lục II, theo phân loại của Phụ lục I. / The ${rubrics.length} scoring
sheets of Appendix II, by the classification of Appendix I.</p>
<p class="meta">Căn cứ / Basis: ${basisText(OCOP_TAXONOMY.basis)} · dữ liệu đối chiếu ngày / data as of ${esc(OCOP_TAXONOMY.dataAsOf)}</p>
${sections}`,
  };
}

/** The OCOP sheets section. */
export const ocopSheets: PageGenerator = {
  id: 'ocop',
  nav: 'Phiếu OCOP / OCOP sheets',
  entry: 'ocop/index.html',
  summary:
    'Mọi phiếu chấm của QĐ 26/2026: điểm, dấu sao, điều kiện loại / Every QĐ 26/2026 sheet: points, star markers, disqualifiers',
  generate() {
    const rubrics = Object.values(QD26_RUBRICS).sort((a, b) =>
      a.productSet.localeCompare(b.productSet),
    );
    return [indexPage(rubrics), ...rubrics.map(sheetPage)];
  },
};
