import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateCommune, localizeCriteriaSet, roadmap } from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import type { ProvinceCriteriaConfig } from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import { findUnit, ntmRegionOf } from '@ntm/domain/units';
import { ILLUSTRATIVE, line, table } from './print.js';

/** The Điện Biên configuration of examples/province-config (its levels are illustrative). */
function dienBien(): ProvinceCriteriaConfig {
  const file = fileURLToPath(new URL('../../province-config/dien-bien.json', import.meta.url));
  return parseProvinceCriteriaConfig(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Illustrative facts: every indicator whose threshold is known meets it, except the `misses` listed. The real
 * values of these communes are not public.
 */
function illustrativeValues(misses: readonly string[]): Record<string, number | boolean> {
  const values: Record<string, number | boolean> = {};
  for (const c of XA_2021_2025.criteria)
    for (const i of c.indicators) {
      const cell = i.thresholds.TDMNPB ?? i.thresholds.chung;
      const miss = misses.includes(i.code);
      if (i.type === 'boolean') values[i.code] = !miss;
      else if (i.type === 'absence') values[i.code] = miss;
      else if (cell && typeof cell.value === 'number') {
        const ok = i.direction === '<=' ? cell.value * 0.8 : cell.value * 1.1;
        const bad = i.direction === '<=' ? cell.value * 1.2 : cell.value * 0.7;
        values[i.code] = Math.min(
          i.type === 'percent' ? 100 : Number.POSITIVE_INFINITY,
          Math.round((miss ? bad : ok) * 10) / 10,
        );
      }
    }
  return values;
}

/** Evaluates named communes of Tuần Giáo in 2022 with the Điện Biên levels, and plans the road to their target. */
export function printCommunes(
  communes: readonly { name: string; misses: readonly string[]; target: number }[],
): void {
  const set = localizeCriteriaSet(XA_2021_2025, dienBien());
  const date = '2022-07-26';
  const evaluations = communes.map((c) => {
    const unit = findUnit(c.name, { date, within: '099' });
    return evaluateCommune(
      set,
      { setId: set.id, values: illustrativeValues(c.misses) },
      {
        year: 2022,
        region: ntmRegionOf(unit.code, date).region,
        commune: {
          id: unit.code,
          name: unit.fullName,
          district: 'Tuần Giáo',
          targetYear: c.target,
        },
      },
    );
  });
  table(
    [
      'Xã / Commune',
      'Đạt / Met',
      'Quốc gia / National',
      'Mức của tỉnh / Provincial level',
      'Chưa có ngưỡng / No threshold',
    ],
    evaluations.map((e) => [
      `${e.commune?.name ?? ''} ${ILLUSTRATIVE}`,
      `${e.criteriaMet}/${e.criteriaTotal}`,
      e.outcome,
      e.provincial
        ? `${e.provincial.level.name.vi}${e.provincial.illustrative ? ' (minh hoạ)' : ''}`
        : '—',
      String(e.missingThresholds.length),
    ]),
  );
  const plans = roadmap(
    { 2022: evaluations },
    evaluations.map((e) => ({ commune: e.commune?.id ?? '', year: e.commune?.targetYear ?? 2023 })),
  );
  line(`  Lộ trình / Roadmap ${ILLUSTRATIVE}:`);
  for (const p of plans)
    line(
      `  - ${p.commune.name} → ${p.target.year}: ${p.status}; còn thiếu / missing ${p.remaining.map((r) => r.criterion).join(', ') || '—'}`,
    );
  line(
    `  Ghi chú / Note: ${evaluations[0]?.missingThresholds.length ?? 0} ngưỡng quốc gia chưa thu thập được → chỉ tiêu "cannot-evaluate", không đoán; bổ sung trong cấu hình tỉnh (${set.basis.number}). / national thresholds not yet collected are never guessed; supply them in the province configuration.`,
  );
}
