import type { DateInput } from '../dates/iso-date.js';
import { UNITS_ERRORS } from '../errors/catalogue/units.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { Bilingual } from '../errors/issue.js';
import { expectRecord } from '../validation/guards.js';
import type { AdminUnit } from './admin-unit.js';
import { DATASET, REFORM_START } from './dataset.js';
import { lookupDate, provinceOf, unitAt } from './resolve-code.js';

/**
 * The seven socio-economic regions of the 2016–2020 and 2021–2025 NTM criteria sets (QĐ 1980/QĐ-TTg, QĐ 318/QĐ-TTg).
 *
 * @remarks
 * `TDMNPB` Trung du và miền núi phía Bắc; `DBSH` Đồng bằng sông Hồng; `BTB` Bắc Trung Bộ; `DHNTB` Duyên hải Nam Trung
 * Bộ; `TN` Tây Nguyên; `DNB` Đông Nam Bộ; `DBSCL` Đồng bằng sông Cửu Long. The 2026–2030 set (QĐ 51/2025/QĐ-TTg)
 * replaces regions with commune groups (nhóm 1/2/3).
 *
 * @example
 * ```ts
 * const region: NtmRegion = 'TDMNPB';
 * ```
 */
export type NtmRegion = 'TDMNPB' | 'DBSH' | 'BTB' | 'DHNTB' | 'TN' | 'DNB' | 'DBSCL';

/**
 * Options of {@link ntmRegionOf}.
 *
 * @example
 * ```ts
 * const options: NtmRegionOptions = { quangNinh: 'DBSH' };
 * ```
 */
export interface NtmRegionOptions {
  /**
   * Region for Quảng Ninh (old province 22): the statistical classification puts it in DBSH, the economic-region one
   * in TDMNPB. No NTM decision lists provinces per region, so units of Quảng Ninh need this option.
   */
  readonly quangNinh?: 'DBSH' | 'TDMNPB';
}

/**
 * The NTM region of a unit and how it was derived.
 *
 * @example
 * ```ts
 * const r: NtmRegionResult = ntmRegionOf('03253', '2026-01-01');
 * r.region; // 'TDMNPB'
 * ```
 */
export interface NtmRegionResult {
  /** The region whose thresholds apply. */
  readonly region: NtmRegion;
  /** The pre-reform provinces the region was derived from (one, or several that share the region). */
  readonly provinces: readonly AdminUnit[];
  /**
   * `verified` for the 14 TDMNPB provinces (several sources agree); `unverified` otherwise: the decisions do not
   * list provinces per region and the statistical regions are used; `configured` when taken from the options.
   */
  readonly status: 'verified' | 'unverified' | 'configured';
  /** How the region was found, in words. */
  readonly reason: Bilingual;
}

/**
 * Region of each pre-reform province code: the statistical regions (BTB/DHNTB split at the Hải Vân pass; an unofficial
 * mapping for NTM, the decisions list no provinces; TDMNPB membership confirmed by several sources). Quảng Ninh (22)
 * is left to the caller.
 */
const REGION_OF_PROVINCE: Readonly<Record<string, NtmRegion>> = {
  '02': 'TDMNPB',
  '04': 'TDMNPB',
  '06': 'TDMNPB',
  '08': 'TDMNPB',
  '10': 'TDMNPB',
  '15': 'TDMNPB',
  '19': 'TDMNPB',
  '20': 'TDMNPB',
  '24': 'TDMNPB',
  '25': 'TDMNPB',
  '11': 'TDMNPB',
  '12': 'TDMNPB',
  '14': 'TDMNPB',
  '17': 'TDMNPB',
  '01': 'DBSH',
  '26': 'DBSH',
  '27': 'DBSH',
  '30': 'DBSH',
  '31': 'DBSH',
  '33': 'DBSH',
  '34': 'DBSH',
  '35': 'DBSH',
  '36': 'DBSH',
  '37': 'DBSH',
  '38': 'BTB',
  '40': 'BTB',
  '42': 'BTB',
  '44': 'BTB',
  '45': 'BTB',
  '46': 'BTB',
  '48': 'DHNTB',
  '49': 'DHNTB',
  '51': 'DHNTB',
  '52': 'DHNTB',
  '54': 'DHNTB',
  '56': 'DHNTB',
  '58': 'DHNTB',
  '60': 'DHNTB',
  '62': 'TN',
  '64': 'TN',
  '66': 'TN',
  '67': 'TN',
  '68': 'TN',
  '70': 'DNB',
  '72': 'DNB',
  '74': 'DNB',
  '75': 'DNB',
  '77': 'DNB',
  '79': 'DNB',
  '80': 'DBSCL',
  '82': 'DBSCL',
  '83': 'DBSCL',
  '84': 'DBSCL',
  '86': 'DBSCL',
  '87': 'DBSCL',
  '89': 'DBSCL',
  '91': 'DBSCL',
  '92': 'DBSCL',
  '93': 'DBSCL',
  '94': 'DBSCL',
  '95': 'DBSCL',
  '96': 'DBSCL',
};

/** Reads the region table (exported for the tests that check it against the printed lists). */
export function regionOfOldProvince(code: string): NtmRegion | undefined {
  return Object.hasOwn(REGION_OF_PROVINCE, code) ? REGION_OF_PROVINCE[code] : undefined;
}

/** The pre-reform units a unit comes from (itself when it is pre-reform), following predecessor links. */
function legacyRoots(unit: AdminUnit): AdminUnit[] {
  if (unit.validFrom === undefined || unit.validFrom < REFORM_START) return [unit];
  return (DATASET.predecessors.get(unit.id) ?? []).flatMap((link) => legacyRoots(link.from));
}

/**
 * The NTM socio-economic region of a unit for the 2021–2025 (and 2016–2020) thresholds. The region belongs to the
 * **pre-reform province**: for a unit of today it is derived from the old provinces of the units it was formed from;
 * if those lie in different regions (a new commune straddling an old provincial border, a merged province such as
 * Phú Thọ) the result is ambiguous and a `DomainError` `units/region-ambiguous` lists the regions — use the old
 * commune's own record instead.
 *
 * Communes with a special status (xã đặc biệt khó khăn, khu vực II/III …) use the TDMNPB thresholds regardless of
 * region (QĐ 318 Điều 1); that override is the caller's, from the commune's status.
 *
 * @remarks
 * Vùng kinh tế – xã hội dùng cho mức đạt chuẩn NTM giai đoạn 2021–2025; xác định theo tỉnh trước sắp xếp.
 *
 * @example
 * ```ts
 * ntmRegionOf('03274', '2020-01-01').region; // 'TDMNPB' (xã Quài Nưa, Điện Biên)
 * ntmRegionOf('22', '2024-01-01', { quangNinh: 'DBSH' }).status; // 'configured'
 * ```
 */
export function ntmRegionOf(
  code: string,
  date: DateInput,
  options: NtmRegionOptions = {},
): NtmRegionResult {
  const day = lookupDate(date, ['date']);
  const unit = unitAt(code, day, ['code']);
  expectRecord(options, ['options']);
  const quangNinh = options.quangNinh;
  if (quangNinh !== undefined && quangNinh !== 'DBSH' && quangNinh !== 'TDMNPB') {
    fail(UNITS_ERRORS['units/invalid-region-option'], ['options', 'quangNinh'], {
      received: received(quangNinh),
    });
  }
  const provinces = [
    ...new Set(
      legacyRoots(unit).map((root) => (root.level === 'province' ? root : provinceOf(root))),
    ),
  ].filter((p): p is AdminUnit => p !== undefined);
  const regions = new Map<NtmRegion, AdminUnit[]>();
  let configured = false;
  for (const province of provinces) {
    let region = regionOfOldProvince(province.code);
    if (province.code === '22') {
      region = quangNinh;
      configured = true;
      if (region === undefined) {
        fail(UNITS_ERRORS['units/region-unset'], ['options', 'quangNinh']);
      }
    }
    if (region === undefined) continue;
    regions.set(region, [...(regions.get(region) ?? []), province]);
  }
  const entries = [...regions.entries()];
  const first = entries[0];
  if (entries.length !== 1 || !first) {
    const listed = entries.map(([r, ps]) => `${r}: ${ps.map((p) => p.fullName).join(', ')}`);
    fail(UNITS_ERRORS['units/region-ambiguous'], ['code'], {
      unit: `${unit.fullName} (${unit.code})`,
      regions: listed,
    });
  }
  const [region, from] = first;
  const names = from.map((p) => p.fullName).join(', ');
  return Object.freeze({
    region,
    provinces: Object.freeze(from),
    status: configured ? 'configured' : region === 'TDMNPB' ? 'verified' : 'unverified',
    reason: {
      vi: `Theo tỉnh trước sắp xếp: ${names} → vùng ${region}.`,
      en: `From the pre-reform province: ${names} → region ${region}.`,
    },
  });
}
