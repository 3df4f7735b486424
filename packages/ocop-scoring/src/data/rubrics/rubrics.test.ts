import type { OcopCriterion, OcopOption } from '@ntm/domain';
import { parseOcopRubric } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import minimumsTable from '../../../data-src/qd26-2026/minimum-markers.json' with { type: 'json' };
import { leaves } from '../../../test/answers.js';
import { QD26_RUBRICS } from './generated/qd26-rubrics.js';

const sheets = Object.entries(QD26_RUBRICS);

const best = (c: OcopCriterion): number => {
  switch (c.kind) {
    case 'choice':
      return Math.max(...c.options.map((o) => o.points));
    case 'yes-no':
      return c.maxPoints;
    case 'cases':
      return Math.max(...c.cases.flatMap((k) => k.options.map((o) => o.points)));
    case 'group':
      return c.items.reduce((sum, s) => sum + best(s), 0);
  }
};

describe('QĐ 26/2026 rubrics', () => {
  it('has all 26 sheets, B01 … B26', () => {
    expect(sheets.map(([code]) => code)).toEqual(
      Array.from({ length: 26 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`),
    );
  });

  it.each(sheets)(
    '%s: the best attainable score of each part is 40 / 25 / 35, total 100',
    (_, rubric) => {
      const byPart = rubric.parts.map((p) => [
        p.key,
        p.sections.flatMap((s) => s.items).reduce((sum, c) => sum + best(c), 0),
      ]);
      expect(Object.fromEntries(byPart)).toEqual({ A: 40, B: 25, C: 35 });
      expect(rubric.parts.map((p) => p.maxPoints)).toEqual([40, 25, 35]);
    },
  );

  it.each(sheets)(
    '%s: every cap equals its best option and every section its criteria',
    (_, rubric) => {
      for (const part of rubric.parts)
        for (const section of part.sections) {
          expect(
            section.items.reduce((sum, c) => sum + c.maxPoints, 0),
            `section ${section.code}`,
          ).toBe(section.maxPoints);
          for (const c of section.items) expect(best(c), `criterion ${c.code}`).toBe(c.maxPoints);
        }
    },
  );

  it.each(sheets)(
    '%s: every per-star marker points at an existing option with those points',
    (_, rubric) => {
      const byCode = new Map(leaves(rubric).map((l) => [l.criterion.code, l.criterion]));
      for (const m of rubric.minimums) {
        const c = byCode.get(m.criterion);
        expect(c, `criterion ${m.criterion}`).toBeDefined();
        let options: readonly OcopOption[] = [];
        if (c?.kind === 'choice') options = c.options;
        if (c?.kind === 'cases') options = c.cases.find((k) => k.id === m.case)?.options ?? [];
        const option = options[m.option];
        expect(option?.points, `${m.criterion} option ${m.option}`).toBe(m.points);
        expect(option?.minStars).toBe(m.stars);
      }
      const marked = leaves(rubric).flatMap(({ criterion: c }) =>
        c.kind === 'choice'
          ? c.options.filter((o) => o.minStars)
          : c.kind === 'cases'
            ? c.cases.flatMap((k) => k.options.filter((o) => o.minStars))
            : [],
      );
      expect(marked.length).toBe(rubric.minimums.length);
    },
  );

  it.each(sheets)(
    '%s: markers match the summary table (data-src/qd26-2026/minimum-markers.json)',
    (code, rubric) => {
      const table =
        (minimumsTable as Record<string, { stars: number; criterion: string; points: number }[]>)[
          code
        ] ?? [];
      const fromSheet = rubric.minimums.map((m) => `${m.stars}:${m.criterion}>=${m.points}`).sort();
      expect(fromSheet).toEqual(table.map((m) => `${m.stars}:${m.criterion}>=${m.points}`).sort());
    },
  );

  it.each(sheets)(
    '%s: disqualifiers name existing criteria; the data is deeply frozen and schema-valid',
    (_, rubric) => {
      const codes = new Set(leaves(rubric).map((l) => l.criterion.code));
      for (const d of rubric.disqualifiers) {
        if (d.scope === 'criterion') expect(codes.has(d.criterion ?? '')).toBe(true);
        for (const z of d.whenZeroIn ?? []) expect(codes.has(z)).toBe(true);
      }
      expect(Object.isFrozen(rubric)).toBe(true);
      expect(Object.isFrozen(rubric.parts[2]?.sections[0]?.items[0])).toBe(true);
      expect(() => parseOcopRubric(rubric)).not.toThrow();
      expect(rubric.basis.sheet).toBe(rubric.productSet);
      expect(rubric.validity.validFrom).toBe('2026-05-22');
    },
  );

  it('carries the sheet-level "Hồ sơ bị loại khi" line on every sheet that prints it (not B19, B26)', () => {
    const without = sheets
      .filter(([, r]) => !r.disqualifiers.some((d) => d.scope === 'sheet'))
      .map(([code]) => code);
    expect(without).toEqual(['B19', 'B26']);
  });

  it('applies the corrections recorded in data-src/qd26-2026/decision.json', () => {
    const option = (code: string, criterion: string, text: string): OcopOption | undefined => {
      const found = leaves(QD26_RUBRICS[code] as never)
        .map((l) => l.criterion)
        .find((c) => c.code === criterion);
      return found?.kind === 'choice'
        ? found.options.find((o) => o.text.startsWith(text))
        : undefined;
    };
    expect(option('B04', '7', 'Có trên 2 chỉ tiêu')?.points).toBe(3);
    expect(option('B11', '6.1.1', 'Có rất ít tạp chất')?.points).toBe(1);
    for (const code of ['B04', 'B07', 'B10', 'B11'])
      expect(option(code, '1.2', 'Không được cấp giấy chứng nhận')?.points).toBe(0);
  });

  it('tells the reader about the anomalies of the printed sheets (B10, B16, B19, B26)', () => {
    const notes = (code: string) => QD26_RUBRICS[code]?.notes.join('\n') ?? '';
    expect(notes('B10')).toMatch(/3\.5 .*không có dấu \*\*\*\*/u);
    expect(QD26_RUBRICS.B10?.minimums.some((m) => m.criterion === '3.5' && m.stars === 4)).toBe(
      false,
    );
    expect(notes('B16')).toMatch(/6\.1, 6\.2, 6\.3 và 6\.4/u);
    expect(notes('B19')).toMatch(/Hồ sơ bị loại khi/u);
    expect(notes('B26')).toMatch(/"\(35 Điểm\)".*dùng 40/u);
    // B26 marks 3.4 and 3.5 without the star note; its note says so (and no longer that nothing is marked).
    expect(notes('B26')).toMatch(/3\.4 và 3\.5/u);
    expect(QD26_RUBRICS.B26?.minimums.map((m) => m.criterion)).toEqual(['3.4', '3.5', '3.5']);
  });

  it('models B26 items 8, 9 and 15 as alternative cases a/b, and B11/B13 sensory items as sub-criteria', () => {
    const b26 = leaves(QD26_RUBRICS.B26 as never).filter((l) => l.criterion.kind === 'cases');
    expect(b26.map((l) => l.criterion.code)).toEqual(['8', '9', '15']);
    const b11 = leaves(QD26_RUBRICS.B11 as never).map((l) => l.criterion.code);
    expect(b11).toContain('6.1.1');
    expect(b11).not.toContain('6.1');
  });
});
