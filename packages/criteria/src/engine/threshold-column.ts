import type { NtmCommuneFlags, NtmCriteriaSet } from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  expectBoolean,
  expectKnownFields,
  fail,
  optional,
  received,
} from '@ntm/domain/core';
import { REGIONS } from '../internal/keys.js';
import type { NtmEvaluationContext, NtmKeyChoice } from './evaluation.js';
import { REASONS } from './reasons.js';

const FLAGS: readonly (keyof NtmCommuneFlags)[] = [
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
      fail(CRITERIA_ERRORS['criteria/missing-commune-group'], ['context', 'communeGroup'], {
        set: set.id,
        received: received(group),
      });
    }
    return { kind: 'communeGroup', key: String(group), reason: REASONS.groupOfCommune };
  }
  const region = context.region;
  if (typeof region !== 'string' || !(REGIONS as readonly string[]).includes(region)) {
    fail(CRITERIA_ERRORS['criteria/missing-region'], ['context', 'region'], {
      set: set.id,
      regions: REGIONS.join(', '),
      received: received(region),
    });
  }
  const flags = context.flags;
  if (flags !== undefined) {
    const path = ['context', 'flags'];
    const record = expectKnownFields(flags, FLAGS, path);
    // A flag that is not true or false would silently count as unset.
    for (const name of FLAGS) optional(record[name], (v) => expectBoolean(v, [...path, name]));
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
