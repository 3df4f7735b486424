// Every NTM criteria set: criteria, indicators, thresholds by region or commune group (and by year), the status of
// every value, and the list of values still missing (from listMissingThresholds). All from @ntm/criteria/sets — and,
// on pages of their own, the sets completed by the example national supplements of examples/national-supplement,
// every supplied value labelled with its source and "minh hoạ — không phải số liệu pháp lý".
import {
  ILLUSTRATIVE_VALUES,
  listMissingThresholds,
  supplementCriteriaSet,
  supplyLabel,
} from '@ntm/criteria';
import { NTM_CRITERIA_SETS, NTM_SOURCES } from '@ntm/criteria/sets';
import { parseNationalSupplement } from '@ntm/domain';
import type {
  NtmCriteriaSet,
  NtmDataStatus,
  NtmIndicator,
  NtmThresholdCell,
} from '@ntm/domain/core';
import xa2021Tdmnpb from '../../../examples/national-supplement/xa-2021-2025-tdmnpb.json' with {
  type: 'json',
};
import xa2026Group1 from '../../../examples/national-supplement/xa-2026-2030-nhom-1.json' with {
  type: 'json',
};
import { basisText, both, esc, slug, table, validityText } from '../lib/html.js';
import type { PageGenerator, SitePage } from '../lib/site.js';

// Column order and labels; the codes are the SDK's own (`NtmRegion`, `NtmCommuneGroup`), the names those of its TSDoc.
const KEY_LABELS: Readonly<Record<string, string>> = {
  chung: 'Chung / National',
  TDMNPB: 'TDMNPB<br><small>Trung du và miền núi phía Bắc</small>',
  DBSH: 'ĐBSH<br><small>Đồng bằng sông Hồng</small>',
  BTB: 'BTB<br><small>Bắc Trung Bộ</small>',
  DHNTB: 'DHNTB<br><small>Duyên hải Nam Trung Bộ</small>',
  TN: 'TN<br><small>Tây Nguyên</small>',
  DNB: 'ĐNB<br><small>Đông Nam Bộ</small>',
  DBSCL: 'ĐBSCL<br><small>Đồng bằng sông Cửu Long</small>',
  '1': 'Nhóm 1 / Group 1',
  '2': 'Nhóm 2 / Group 2',
  '3': 'Nhóm 3 / Group 3',
};
const ORDER = Object.keys(KEY_LABELS);

const STATUS: Readonly<Record<NtmDataStatus, string>> = {
  verified: 'đã xác minh / verified',
  reported: 'một nguồn / single source',
  interpretation: 'cách hiểu / interpretation',
  unverified: 'chưa xác minh / unverified',
  missing: 'thiếu / missing',
  provincial: 'do tỉnh quy định / set by the province',
  supplied: 'do người dùng nhập / entered by the user',
};

/** The example supplements, each with the slug of its page. */
const EXAMPLES = [
  { slug: 'xa-2021-2025-bo-sung-minh-hoa', file: 'xa-2021-2025-tdmnpb.json', json: xa2021Tdmnpb },
  { slug: 'xa-2026-2030-bo-sung-minh-hoa', file: 'xa-2026-2030-nhom-1.json', json: xa2026Group1 },
];

const sourceLinks = (ids: readonly string[] | undefined): string =>
  (ids ?? [])
    .map((id) => {
      const source = Object.hasOwn(NTM_SOURCES, id) ? NTM_SOURCES[id] : undefined;
      return source
        ? `<a href="${esc(source.url)}" title="${esc(source.what)}" rel="noreferrer">${esc(id)}</a>`
        : esc(id);
    })
    .join(' ');

function unitText(indicator: NtmIndicator, value: number): string {
  if (indicator.unit === '%' || indicator.type === 'percent') return `${value}%`;
  return indicator.unit ? `${value} ${indicator.unit}` : String(value);
}

function cellHtml(indicator: NtmIndicator, cell: NtmThresholdCell | undefined): string {
  if (!cell) return '<span class="na">—</span>';
  let value: string;
  if (cell.value !== undefined)
    value = `${esc(indicator.direction ?? '')} ${esc(unitText(indicator, cell.value))}`;
  else if (cell.status === 'missing') value = '<span class="missing">thiếu / missing</span>';
  else if (indicator.type === 'boolean') value = 'Đạt / Met';
  else if (indicator.type === 'absence') value = 'Không có / None';
  else value = '?';
  const status = cell.supplied
    ? `<br><small class="status-supplied">${both(supplyLabel(cell.supplied))}</small>`
    : cell.status === 'verified' || cell.status === 'missing'
      ? ''
      : `<br><small class="status-${esc(cell.status)}">${esc(STATUS[cell.status])}</small>`;
  const sources =
    cell.sources?.length && !cell.supplied ? `<br><small>${sourceLinks(cell.sources)}</small>` : '';
  // A supplied cell shows its label in full below the value; other notes are a hover.
  const note =
    cell.note && !cell.supplied ? ` title="${esc(`${cell.note.vi} / ${cell.note.en}`)}"` : '';
  return `<span class="cell"${note}>${value}${note ? ' <sup>ⓘ</sup>' : ''}</span>${status}${sources}`;
}

/** Splits `2023:TDMNPB` into year and key; a key without a year applies to every year. */
function splitCell(cell: string): { year: string; key: string } {
  const at = cell.indexOf(':');
  return at < 0 ? { year: '', key: cell } : { year: cell.slice(0, at), key: cell.slice(at + 1) };
}

function columnsOf(set: NtmCriteriaSet): string[] {
  const keys = new Set<string>();
  for (const c of set.criteria)
    for (const i of c.indicators)
      for (const cell of Object.keys(i.thresholds)) keys.add(splitCell(cell).key);
  return [...keys].sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib) || a.localeCompare(b);
  });
}

function indicatorRows(indicator: NtmIndicator, columns: readonly string[]): string[][] {
  const years = [
    ...new Set(Object.keys(indicator.thresholds).map((c) => splitCell(c).year)),
  ].sort();
  const describe = [
    indicator.type,
    indicator.unit,
    indicator.optional ? 'tuỳ chọn / optional' : undefined,
    indicator.delegatedToProvince ? 'tỉnh quy định / delegated to the province' : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(', ');
  return years.map((year, n) => [
    n === 0 ? `<code>${esc(indicator.code)}</code>` : '',
    n === 0
      ? `${both(indicator.text)}<br><small>${esc(describe)}${indicator.textStatus !== 'verified' ? ` · nội dung / wording: ${esc(STATUS[indicator.textStatus])}` : ''}</small>${indicator.note ? `<br><small>${both(indicator.note)}</small>` : ''}`
      : '',
    year === '' ? 'mọi năm / all' : esc(year),
    ...columns.map((key) =>
      cellHtml(indicator, indicator.thresholds[year === '' ? key : `${year}:${key}`]),
    ),
  ]);
}

/** Where a page comes from: a shipped set, or a shipped set completed by an example supplement. */
interface PageSource {
  readonly slug: string;
  /** The example supplement's file name, for a supplemented set. */
  readonly supplementFile?: string;
}

function setPage(set: NtmCriteriaSet, source: PageSource = { slug: slug(set.id) }): SitePage {
  const columns = columnsOf(set);
  const head = [
    'Mã / Code',
    'Chỉ tiêu / Indicator',
    'Năm / Year',
    ...columns.map((k) => KEY_LABELS[k] ?? esc(k)),
  ];
  const criteria = set.criteria
    .map((c) => {
      const title = `<h3 id="criterion-${esc(slug(c.code))}">${esc(c.code)}. ${both(c.name)}${c.nameStatus !== 'verified' ? ` <small>(${esc(STATUS[c.nameStatus])})</small>` : ''}</h3>`;
      if (c.indicators.length === 0)
        return `${title}<p class="missing">Chỉ tiêu chưa có trong dữ liệu (${esc(STATUS[c.indicatorsStatus])}); nạp từ ${esc(set.annex)}. /
Indicators not in the data yet (${esc(STATUS[c.indicatorsStatus])}); load them from ${esc(set.annex)}.</p>`;
      return (
        title +
        table(
          head,
          c.indicators.flatMap((i) => indicatorRows(i, columns)),
          'thresholds',
        )
      );
    })
    .join('\n');
  const missing = listMissingThresholds(set);
  const missingTable =
    missing.length === 0
      ? '<p>Không thiếu giá trị nào. / No value is missing.</p>'
      : table(
          [
            'Tiêu chí / Criterion',
            'Chỉ tiêu / Indicator',
            'Ô còn thiếu / Missing cells',
            'Nạp từ / Load from',
          ],
          missing.map((m) => [
            esc(m.criterion),
            m.indicator
              ? `<code>${esc(m.indicator)}</code>`
              : m.status === 'indicator-count'
                ? `${esc(m.count)} chỉ tiêu của quyết định chưa có / indicators of the decision not in the data`
                : 'mọi chỉ tiêu / all indicators',
            esc(m.cells.join(', ') || '—'),
            esc(m.annex),
          ]),
        );
  const overrides =
    set.regionOverrides.length === 0
      ? ''
      : `<h2 id="overrides">Xã áp dụng mức của vùng khác / Communes that use another region's thresholds</h2>
${table(
  ['Mã / Id', 'Vùng áp dụng / Region used', 'Khi / When', 'Căn cứ / Basis', 'Nội dung / Rule'],
  set.regionOverrides.map((r) => [
    `<code>${esc(r.id)}</code>`,
    esc(r.region),
    r.anyOf.map((all) => esc(all.join(' + '))).join('<br>hoặc / or ') +
      (r.fromYear ? `<br>từ năm / from ${esc(r.fromYear)}` : ''),
    `${esc(r.basis)}<br><small>${esc(STATUS[r.status])}</small>`,
    both(r.text),
  ]),
)}`;
  const supplement = set.supplement;
  const banner =
    supplement === undefined
      ? ''
      : `<p class="${supplement.illustrative ? 'illustrative' : 'meta'}"><strong>${supplement.illustrative ? `${esc(ILLUSTRATIVE_VALUES.vi.toUpperCase())} / ${esc(ILLUSTRATIVE_VALUES.en.toUpperCase())}` : 'Bộ đã bổ sung / Supplemented set'}</strong>:
bộ <a href="${esc(slug(set.id))}.html"><code>${esc(set.id)}</code></a> cùng tệp bổ sung <code>examples/national-supplement/${esc(source.supplementFile ?? '')}</code>
(${esc(supplement.indicatorsAdded.length)} chỉ tiêu, ${esc(supplement.cellsSupplied)} giá trị ${both(supplyLabel({ source: supplement.source, illustrative: supplement.illustrative }))}).
/ the set with the example supplement: ${esc(supplement.indicatorsAdded.length)} indicators and ${esc(supplement.cellsSupplied)} values supplied.
Xem hướng dẫn / see the guide <a href="../index.html#guides">Bổ sung số liệu quốc gia còn thiếu / Supplying the national values the SDK lacks</a>.</p>`;
  return {
    path: `criteria/${source.slug}.html`,
    title: `${set.title.vi} / ${set.title.en}${supplement ? ` — bổ sung${supplement.illustrative ? ' minh hoạ / illustrative' : ' / supplemented'}` : ''}`,
    body: `${banner}<p class="meta"><code>${esc(set.id)}</code> · cấp / level ${esc(set.level)} · ngưỡng theo / thresholds by
${set.thresholdKey === 'region' ? 'vùng / region' : 'nhóm xã / commune group'} · ${set.detail === 'full' ? 'đủ chỉ tiêu / full' : 'chỉ cấu trúc / structure only'}<br>
Căn cứ / Basis: ${basisText(set.basis)}, ${esc(set.annex)}<br>
Hiệu lực / In force: ${validityText(set.validity)} (${esc(STATUS[set.validityStatus])}) · dữ liệu đối chiếu ngày / data as of ${esc(set.dataAsOf)}</p>
<p><a href="index.html">Tất cả bộ tiêu chí / All criteria sets</a> · <a href="#missing">Giá trị còn thiếu / Missing values (${missing.length})</a></p>
${set.notes.length > 0 ? `<ul>${set.notes.map((n) => `<li>${both(n)}</li>`).join('')}</ul>` : ''}
<p class="meta">Ô "thiếu / missing": văn bản chưa cho giá trị; SDK không tự đặt — người dùng nhập từ phụ lục qua tệp bổ sung số liệu
quốc gia (hoặc cấu hình của tỉnh quy định), nếu không chỉ tiêu là "cannot-evaluate". / A "missing" cell is a value the sources do
not give; the SDK never invents it — a user types it from the annex into a national supplement (or a province configuration
sets it), or the indicator is "cannot-evaluate". ⓘ: ghi chú / note (hover).</p>
<h2 id="criteria">Tiêu chí và ngưỡng / Criteria and thresholds</h2>
${criteria}
${overrides}
<h2 id="missing">Giá trị còn thiếu / Values still missing</h2>
${missingTable}`,
  };
}

function indexPage(sets: readonly NtmCriteriaSet[], supplemented: readonly SitePage[]): SitePage {
  const rows = sets.map((set) => {
    const indicators = set.criteria.reduce((n, c) => n + c.indicators.length, 0);
    const missing = listMissingThresholds(set);
    return [
      `<a href="${esc(slug(set.id))}.html"><code>${esc(set.id)}</code></a>`,
      both(set.title),
      `${basisText(set.basis)}, ${esc(set.annex)}`,
      validityText(set.validity),
      set.thresholdKey === 'region' ? 'vùng / region' : 'nhóm xã / commune group',
      `${set.criteria.length} / ${indicators}${set.indicatorCount !== undefined && set.indicatorCount !== indicators ? ` (của / of ${set.indicatorCount})` : ''}`,
      String(missing.reduce((n, m) => n + Math.max(1, m.cells.length), 0)),
    ];
  });
  return {
    path: 'criteria/index.html',
    title: 'Bộ tiêu chí NTM / NTM criteria sets',
    body: `<p>Mọi bộ tiêu chí trong <code>@ntm/criteria/sets</code>, với ngưỡng theo vùng hoặc nhóm xã và danh sách giá trị còn thiếu.
/ Every criteria set in <code>@ntm/criteria/sets</code>, with its thresholds by region or commune group and the values still missing.</p>
${table(
  [
    'Bộ / Set',
    'Tên / Title',
    'Căn cứ / Basis',
    'Hiệu lực / In force',
    'Ngưỡng theo / Thresholds by',
    'Tiêu chí / chỉ tiêu — Criteria / indicators',
    'Ô còn thiếu / Missing cells',
  ],
  rows,
)}
<h2 id="supplemented">Bộ đã bổ sung bằng tệp mẫu (minh hoạ) / Sets completed by the example supplements (illustrative)</h2>
<p>Tệp bổ sung số liệu quốc gia mẫu trong <code>examples/national-supplement</code>: mọi giá trị do người dùng nhập đều ghi
nguồn và "${esc(ILLUSTRATIVE_VALUES.vi)}". / The example national supplements of <code>examples/national-supplement</code>:
every value typed in carries its source and "${esc(ILLUSTRATIVE_VALUES.en)}".</p>
<ul>${supplemented.map((page) => `<li><a href="${esc(page.path.slice('criteria/'.length))}">${esc(page.title)}</a></li>`).join('')}</ul>
<h2 id="sources">Nguồn / Sources</h2>
${table(
  ['Mã / Id', 'Nguồn / Source'],
  Object.values(NTM_SOURCES).map((s) => [
    esc(s.id),
    `<a href="${esc(s.url)}" rel="noreferrer">${esc(s.what)}</a>`,
  ]),
)}`,
  };
}

/** The NTM criteria section. */
export const criteriaSets: PageGenerator = {
  id: 'criteria',
  nav: 'Tiêu chí NTM / NTM criteria',
  entry: 'criteria/index.html',
  summary:
    'Mọi bộ tiêu chí NTM: ngưỡng theo vùng/nhóm và giá trị còn thiếu / Every NTM criteria set: thresholds by region or group, values still missing',
  generate() {
    const supplemented = EXAMPLES.map((example) => {
      const supplement = parseNationalSupplement(example.json);
      const base = NTM_CRITERIA_SETS.find((set) => set.id === supplement.baseSetId);
      if (base === undefined) throw new Error(`${example.file}: no set ${supplement.baseSetId}`);
      return setPage(supplementCriteriaSet(base, supplement), {
        slug: example.slug,
        supplementFile: example.file,
      });
    });
    return [
      indexPage(NTM_CRITERIA_SETS, supplemented),
      ...NTM_CRITERIA_SETS.map((set) => setPage(set)),
      ...supplemented,
    ];
  },
};
