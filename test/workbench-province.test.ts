// The workbench's province tool without a browser: the form's slots, the documents it writes and the live check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { describe, expect, it } from 'vitest';
import {
  checkConfig,
  checkSupplement,
  entryId,
  keysOf,
  slotsOf,
  type ThresholdEntry,
  thresholdEntries,
} from '../scripts/docs/workbench/tools/province/model.js';

const ROOT = resolve(import.meta.dirname, '..');
const json = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
const set = (id: string) => {
  const found = NTM_CRITERIA_SETS.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};
const XA = set('XA_2021_2025');

/** A slot with a national value, for a key, the same every year. */
function anchored(key: string) {
  const slot = slotsOf(XA, key).find(
    (s) => s.year === undefined && s.national?.value !== undefined && s.national.value >= 2,
  );
  if (!slot || slot.national?.value === undefined) throw new Error('no anchored slot');
  return { slot, value: slot.national.value };
}

function configWith(entries: readonly ThresholdEntry[]) {
  const values = new Map(entries.map((e) => [entryId(e), e] as const));
  return { province: 'Tỉnh thử', baseSetId: XA.id, thresholds: thresholdEntries(XA, values) };
}

describe('workbench province: the form', () => {
  it('offers one value per numeric indicator and key, and one per year for per-year indicators', () => {
    const keys = keysOf(XA);
    expect(keys).toContain('TDMNPB');
    expect(keys).not.toContain('chung');
    const slots = slotsOf(XA, 'TDMNPB');
    const numeric = XA.criteria
      .flatMap((c) => c.indicators)
      .filter((i) => i.direction !== undefined && i.type !== 'boolean' && i.type !== 'absence');
    const perYear = numeric.filter((i) => i.perYear);
    expect(slots.filter((s) => s.year === undefined)).toHaveLength(numeric.length - perYear.length);
    for (const s of slots.filter((x) => x.year !== undefined))
      expect(s.national).toBe(s.indicator.thresholds[`${s.year}:TDMNPB`]);
    expect(new Set(slots.map((s) => s.id)).size).toBe(slots.length);
  });

  it('groups 1–3 are the keys of a 2026–2030 set that has no cells yet', () => {
    expect(keysOf(set('XA_2026_2030'))).toEqual(['1', '2', '3']);
  });

  it('refuses a looser value with the engine’s message in both languages, at the value’s place', () => {
    const { slot, value } = anchored('TDMNPB');
    const looser = slot.indicator.direction === '>=' ? value - 1 : value + 1;
    const check = checkConfig(
      XA,
      configWith([{ indicator: slot.indicator.code, key: 'TDMNPB', value: looser }]),
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const issue = check.issues[0];
    expect(issue?.path).toEqual(['thresholds', 0, 'value']);
    expect(issue?.message.vi).toMatch(/\S/);
    expect(issue?.message.en).toMatch(/\S/);
    expect(issue?.message.vi).not.toBe(issue?.message.en);
  });

  it('accepts a stricter value and the set it builds carries it', () => {
    const { slot, value } = anchored('TDMNPB');
    const stricter = slot.indicator.direction === '>=' ? Math.min(100, value + 1) : value - 1;
    const check = checkConfig(
      XA,
      configWith([{ indicator: slot.indicator.code, key: 'TDMNPB', value: stricter }]),
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const local = check.set.criteria
      .flatMap((c) => c.indicators)
      .find((i) => i.code === slot.indicator.code);
    expect(local?.thresholds.TDMNPB?.value).toBe(stricter);
  });

  it('writes the thresholds in the set’s order whatever order they were typed in', () => {
    const slots = slotsOf(XA, 'DBSH').filter((s) => s.national?.value !== undefined);
    const typed = [...slots].reverse().map((s) => ({
      indicator: s.indicator.code,
      key: 'DBSH',
      ...(s.year === undefined ? {} : { year: s.year }),
      value: s.national?.value ?? 0,
    }));
    const written = configWith(typed).thresholds.map(entryId);
    expect(written).toEqual(slots.map((s) => s.id));
  });

  it('keeps the example Điện Biên configuration valid when loaded and written back', () => {
    const dienBien = json('examples/province-config/dien-bien.json');
    const { thresholds, ...head } = dienBien;
    const values = new Map(
      ((thresholds as ThresholdEntry[]) ?? []).map((e) => [entryId(e), e] as const),
    );
    const again = { ...head, thresholds: thresholdEntries(XA, values) };
    expect(again).toEqual(dienBien);
    expect(checkConfig(XA, again).ok).toBe(true);
  });

  it('checks the example supplements and refuses one that mistypes a verified value', () => {
    for (const file of ['xa-2021-2025-tdmnpb', 'xa-2026-2030-nhom-1']) {
      const doc = json(`examples/national-supplement/${file}.json`);
      expect(checkSupplement(set(String(doc.baseSetId)), doc).ok).toBe(true);
    }
    const base = set('XA_2016_2020');
    const verified = base.criteria
      .flatMap((c) => c.indicators)
      .flatMap((i) =>
        Object.entries(i.thresholds)
          .filter(
            ([k, c]) =>
              c.status === 'verified' && c.value !== undefined && !k.includes(':') && k !== 'chung',
          )
          .map(([k, c]) => ({ indicator: i.code, key: k, value: (c.value ?? 0) - 1 })),
      )[0];
    expect(verified).toBeDefined();
    const check = checkSupplement(base, {
      baseSetId: base.id,
      source: { document: 'QĐ 1980/QĐ-TTg' },
      thresholds: [verified],
    });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues[0]?.path.slice(0, 2)).toEqual(['thresholds', 0]);
  });
});
