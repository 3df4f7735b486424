// What the scored sheet shows: total, parts, stars, status, failed star markers, disqualifiers and the trace; and the
// lines a printed sheet ends with (the council's signatures).
import type { OcopScoreResult } from '@ntm/ocop-scoring';
import { el, starLine } from '../../ui/dom.js';

const STATUS = {
  rated: 'Được xếp hạng / Rated',
  disqualified: 'Bị loại / Disqualified',
  'below-threshold': 'Dưới ngưỡng / Below threshold',
} as const;

function trace(result: OcopScoreResult): HTMLElement {
  const th = (text: string) => el('th', { scope: 'col' }, [text]);
  return el('table', { class: 'trace' }, [
    el('thead', {}, [
      el('tr', {}, [
        th('Mã / Code'),
        th('Lựa chọn / Answer'),
        th('Điểm / Points'),
        th('Dấu sao / Markers'),
        th('Lý do / Reason'),
      ]),
    ]),
    el(
      'tbody',
      {},
      result.trace.map((t) =>
        el('tr', { 'data-criterion': t.criterion }, [
          el('td', {}, [el('code', {}, [t.criterion])]),
          el('td', {}, [t.optionText ?? (t.answer === null ? '—' : String(t.answer))]),
          el('td', { class: 'num' }, [`${t.points} / ${t.maxPoints}`]),
          el('td', {}, [
            t.markers
              .map((m) => `${m.stars}★ ≥${m.minPoints}: ${m.met ? 'đạt / met' : 'KHÔNG / NOT met'}`)
              .join('; '),
          ]),
          el('td', {}, [t.reason.vi, el('br'), el('span', { class: 'en' }, [t.reason.en])]),
        ]),
      ),
    ),
  ]);
}

/** The result of a scored sheet. */
export function renderResult(result: OcopScoreResult): HTMLElement {
  const failed = result.decision.failedMinimums;
  return el('div', { class: 'result' }, [
    el('div', { class: 'score-line' }, [
      el('span', { id: 'total', 'data-total': String(result.total) }, [
        `Tổng / Total: ${result.display.vi}`,
      ]),
      el('span', { id: 'parts' }, [
        `A ${result.parts.A} · B ${result.parts.B} · C ${result.parts.C}`,
      ]),
      el('span', { id: 'stars', 'data-stars': String(result.stars ?? 0) }, [
        starLine(result.stars),
      ]),
      el('span', { id: 'status', 'data-status': result.status }, [
        `${STATUS[result.status]}${result.certifiable ? ' · được chứng nhận / certifiable' : ' · không chứng nhận / not certifiable'}`,
      ]),
    ]),
    el('p', {}, [
      result.decision.reason.vi,
      el('br'),
      el('span', { class: 'en' }, [result.decision.reason.en]),
    ]),
    el('div', { id: 'failed-markers' }, [
      failed.length === 0
        ? 'Không có dấu sao nào chưa đạt / No failed star marker'
        : `Dấu sao chưa đạt / Failed markers: ${failed
            .map(
              (f) =>
                `${f.criterion} (${f.stars}★ cần / needs ${f.minPoints}, có / has ${f.points})`,
            )
            .join('; ')}`,
    ]),
    result.disqualifiedBy.length > 0
      ? el(
          'ul',
          { id: 'disqualified-by' },
          result.disqualifiedBy.map((d) => el('li', {}, [`${d.id}: ${d.text}`])),
        )
      : el('span'),
    el('p', { class: 'meta' }, [
      `Phiếu / Sheet ${result.rubric.id} · ${result.rubric.basis.number}${result.rubric.basis.sheet ? `, ${result.rubric.basis.sheet}` : ''}`,
    ]),
    el('details', { open: '', class: 'trace-box' }, [
      el('summary', {}, ['Diễn giải / Trace']),
      el('div', { class: 'scroll' }, [trace(result)]),
    ]),
  ]);
}

/** The signature block at the foot of a printed sheet (shown on paper only). */
export function signatures(): HTMLElement {
  const box = (vi: string, en: string) =>
    el('div', { class: 'signature' }, [
      el('strong', {}, [vi]),
      el('br'),
      el('span', { class: 'en' }, [en]),
      el('br'),
      el('em', {}, ['(Ký, ghi rõ họ tên / Signature and full name)']),
    ]);
  return el('div', { class: 'signatures print-only' }, [
    box('Người đánh giá', 'Evaluator'),
    box('Thư ký Hội đồng', 'Council secretary'),
    box('Chủ tịch Hội đồng', 'Council chair'),
  ]);
}
