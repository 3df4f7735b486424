// The history of the rules: which decision applied when. Each table comes from the packages' version data, and the
// "on this day" rows ask the engines themselves (resolveRubric …) so the page shows what the SDK really decides.
import { resolveCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { daysOff, NATIONAL_CALENDAR } from '@ntm/deadlines';
import { addDays, isDomainError, type NtmSetLevel } from '@ntm/domain/core';
import { OCOP_VERSIONS, resolveRubric } from '@ntm/ocop-scoring';
import { basisText, both, esc, slug, table, validityText } from '../lib/html.js';
import type { PageGenerator } from '../lib/site.js';

function ocopSection(): string {
  const versions = table(
    [
      'Phiên bản / Version',
      'Căn cứ / Basis',
      'Áp dụng / Applies',
      'A / B / C tối đa / max',
      'Phân hạng / Bands',
      'Mức chi tiết / Detail',
      'Ghi chú / Note',
    ],
    OCOP_VERSIONS.map((v) => [
      `<code>${esc(v.id)}</code>`,
      basisText(v.basis) +
        v.amendedBy.map((a) => `<br>sửa đổi bởi / amended by ${basisText(a)}`).join(''),
      validityText(v.validity),
      `${v.partMax.A} / ${v.partMax.B} / ${v.partMax.C}`,
      v.bands.map((b) => `${b.stars}★ ≥ ${b.from}`).join('<br>') +
        `<br><em>${esc(v.bandsStatus)}</em>`,
      v.detail === 'full' ? 'Đủ phiếu chấm / full sheets' : 'Chỉ tổng phần / part totals only',
      both(v.note),
    ]),
  );
  // The day before and the first day of every version: what the engine resolves for a first evaluation.
  const days = [
    ...new Set(
      OCOP_VERSIONS.flatMap((v) => [addDays(v.validity.validFrom, -1), v.validity.validFrom]),
    ),
  ]
    .filter((day) => day >= OCOP_VERSIONS[0]!.validity.validFrom)
    .sort();
  const resolved = table(
    ['Nộp hồ sơ ngày / Submitted on', 'Phiên bản / Version', 'Phiếu / Sheet', 'Lý do / Reason'],
    days.map((day) => {
      const r = resolveRubric('B04', { submittedOn: day, kind: 'first' });
      return [
        esc(day),
        `<code>${esc(r.version.id)}</code>`,
        r.rubricId ? `<code>${esc(r.rubricId)}</code>` : '—',
        both(r.reason) + (r.transition ? `<br>${both(r.transition.reason)}` : ''),
      ];
    }),
  );
  return `<h2 id="ocop">OCOP: bộ tiêu chí đánh giá, phân hạng / product rating rules</h2>
${versions}
<h3 id="ocop-resolve">Phiên bản áp dụng theo ngày nộp hồ sơ / The version the engine picks by submission date</h3>
<p>Tính bằng <code>resolveRubric('B04', { submittedOn, kind: 'first' })</code> cho ngày trước và ngày đầu của mỗi phiên bản.
/ Computed with <code>resolveRubric</code> for the day before and the first day of every version.</p>
${resolved}`;
}

function ntmSection(): string {
  const sets = [...NTM_CRITERIA_SETS].sort(
    (a, b) =>
      a.level.localeCompare(b.level) || a.validity.validFrom.localeCompare(b.validity.validFrom),
  );
  const versions = table(
    ['Bộ / Set', 'Cấp / Level', 'Căn cứ / Basis', 'Hiệu lực / In force', 'Mức chi tiết / Detail'],
    sets.map((set) => [
      `<a href="%ROOT%/criteria/${esc(slug(set.id))}.html"><code>${esc(set.id)}</code></a>`,
      esc(set.level),
      `${basisText(set.basis)}, ${esc(set.annex)}`,
      `${validityText(set.validity)}<br><small>${esc(set.validityStatus)}</small>`,
      set.detail === 'full' ? 'Đủ chỉ tiêu / full' : 'Chỉ cấu trúc / structure only',
    ]),
  );
  const rows: string[][] = [];
  const levels = [...new Set(sets.map((set) => set.level))];
  for (const level of levels) {
    const days = [
      ...new Set(
        sets
          .filter((set) => set.level === level)
          .flatMap((set) => [addDays(set.validity.validFrom, -1), set.validity.validFrom]),
      ),
    ].sort();
    for (const day of days) {
      let answer: string;
      try {
        const set = resolveCriteriaSet(
          { level: level as NtmSetLevel, date: day },
          NTM_CRITERIA_SETS,
        );
        answer = `<code>${esc(set.id)}</code>`;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        answer = `<em>${both(error.issues[0]?.message ?? { vi: 'lỗi', en: 'error' })}</em>`;
      }
      rows.push([esc(level), esc(day), answer]);
    }
  }
  return `<h2 id="ntm">NTM: bộ tiêu chí / criteria sets</h2>
${versions}
<h3 id="ntm-resolve">Bộ tiêu chí áp dụng theo ngày / The set the engine picks by date</h3>
<p>Tính bằng <code>resolveCriteriaSet({ level, date }, NTM_CRITERIA_SETS)</code> cho ngày trước và ngày đầu hiệu lực của mỗi bộ.
/ Computed with <code>resolveCriteriaSet</code> for the day before and the first day of every set.</p>
${table(['Cấp / Level', 'Ngày / Date', 'Bộ áp dụng / Set in force'], rows)}`;
}

function daysOffSection(): string {
  // What the holidays of each year cite: the Labour Code (type BLLĐ) and the year's published schedules (notices);
  // consecutive years citing the same documents form one row.
  const spans: { from: number; to: number; laws: string; notices: string }[] = [];
  for (let year = NATIONAL_CALENDAR.firstYear; year <= NATIONAL_CALENDAR.lastYear; year += 1) {
    const cited = daysOff(year).flatMap((d) => d.basis);
    const list = (law: boolean) =>
      [...new Set(cited.filter((b) => (b.type === 'BLLĐ') === law).map((b) => b.number))]
        .sort()
        .join(' · ');
    const laws = list(true);
    const notices = list(false);
    const last = spans.at(-1);
    if (last && last.laws === laws && last.notices === notices && last.to === year - 1)
      last.to = year;
    else spans.push({ from: year, to: year, laws, notices });
  }
  return `<h2 id="days-off">Ngày nghỉ lễ, Tết / Public holidays</h2>
<p>Văn bản mà các ngày nghỉ của từng năm dẫn chiếu, theo <code>daysOff(year)</code>: Bộ luật Lao động áp dụng và lịch nghỉ
chính thức đã công bố. / The documents each year's days off cite, from <code>daysOff(year)</code>: the Labour Code in force
and the published official schedules. Chi tiết từng năm / every year in detail:
<a href="%ROOT%/calendar/index.html">Lịch nghỉ / Days off</a>.</p>
${table(
  ['Năm / Years', 'Bộ luật Lao động / Labour Code', 'Lịch công bố / Published schedules'],
  spans.map((s) => [
    s.from === s.to ? String(s.from) : `${s.from}–${s.to}`,
    esc(s.laws),
    s.notices === '' ? '— (theo luật / by rule)' : esc(s.notices),
  ]),
)}`;
}

/** The rule-history section (one page). */
export const ruleHistory: PageGenerator = {
  id: 'history',
  nav: 'Lịch sử quy định / Rule history',
  entry: 'history.html',
  summary: 'Văn bản nào áp dụng vào thời gian nào / Which decision applied when',
  generate: () => [
    {
      path: 'history.html',
      title: 'Lịch sử quy định / History of the rules',
      body: `<p>Mỗi bảng được sinh từ dữ liệu phiên bản trong các gói. / Every table is generated from the packages' version
data.</p>
${ocopSection()}
${ntmSection()}
${daysOffSection()}`,
    },
  ],
};
