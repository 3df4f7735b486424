import type { NtmCommuneFlags, NtmCriteriaSet } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';
import { REGIONS } from '../internal/keys.js';
import type { NtmEvaluationContext, NtmKeyChoice } from './evaluation.js';
import { isRecord, show } from './guards.js';
import { REASONS } from './reasons.js';

const FLAGS: readonly string[] = [
  'dbkk',
  'atk',
  'poorDistrict2018_2020',
  'khuVucII',
  'khuVucIII',
  'coastalOrIslandDbkk',
];

/**
 * Picks the threshold column for a commune: its commune group (2026–2030), or its region unless a rule of the set
 * (QĐ 318 Điều 1, the 2024 amendment) puts it on the TDMNPB column.
 */
export function thresholdColumn(set: NtmCriteriaSet, context: NtmEvaluationContext): NtmKeyChoice {
  if (set.thresholdKey === 'communeGroup') {
    const group = context.communeGroup;
    if (group !== 1 && group !== 2 && group !== 3) {
      fail('criteria/missing-commune-group', ['context', 'communeGroup'], {
        vi: `Bộ ${set.id} xét theo nhóm xã: cần communeGroup 1, 2 hoặc 3 (nhận ${show(group)})`,
        en: `Set ${set.id} is keyed by commune group: communeGroup must be 1, 2 or 3 (got ${show(group)})`,
      });
    }
    return { kind: 'communeGroup', key: String(group), reason: REASONS.groupOfCommune };
  }
  const region = context.region;
  if (typeof region !== 'string' || !(REGIONS as readonly string[]).includes(region)) {
    fail('criteria/missing-region', ['context', 'region'], {
      vi: `Bộ ${set.id} xét theo vùng: cần một trong ${REGIONS.join(', ')} (nhận ${show(region)})`,
      en: `Set ${set.id} is keyed by region: region must be one of ${REGIONS.join(', ')} (got ${show(region)})`,
    });
  }
  const flags = context.flags;
  if (flags !== undefined && !isRecord(flags)) {
    fail('criteria/invalid-input', ['context', 'flags'], {
      vi: `Cờ của xã phải là một đối tượng, nhận ${show(flags)}`,
      en: `Commune flags must be an object, got ${show(flags)}`,
    });
  }
  if (flags !== undefined) {
    for (const name of Object.keys(flags)) {
      if (!FLAGS.includes(name)) {
        fail('criteria/unknown-flag', ['context', 'flags', name], {
          vi: `Cờ "${name}" không có; dùng: ${FLAGS.join(', ')}`,
          en: `Unknown flag "${name}"; use: ${FLAGS.join(', ')}`,
        });
      }
    }
    for (const rule of set.regionOverrides) {
      if (rule.fromYear !== undefined && context.year < rule.fromYear) continue;
      if (rule.anyOf.some((all) => all.every((flag) => isSet(flags, flag)))) {
        return { kind: 'region', key: rule.region, rule: rule.id, reason: rule.text };
      }
    }
  }
  return { kind: 'region', key: region, reason: REASONS.regionOfCommune };
}

function isSet(flags: NtmCommuneFlags, flag: keyof NtmCommuneFlags): boolean {
  return Object.hasOwn(flags, flag) && flags[flag] === true;
}
