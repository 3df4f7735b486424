import { localizeCriteriaSet, resolveCriteriaSet, supplementCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import type { NtmCriteriaSet } from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import type { IsoDate, NtmThresholdKey } from '@ntm/domain/core';
import { CLI_ERRORS, issueOf } from '@ntm/domain/core';
import { CliError, usageFail } from '../../cli-error.js';
import type { Ctx } from '../../context.js';
import { inFile, inJsonFile } from '../../io/plain-issues.js';
import { readJson } from '../../io/read-json.js';
import { readSupplementFile, type SupplementFile } from '../../io/supplement-file.js';

/*
 * Which criteria set a command works on, in one place: the options that choose it and the layers that build it
 * (national set as shipped → national supplement → province configuration). Every criteria command and `ntm init communes` take their set
 * from here, so an option that changes the set is added once.
 */

/** The options that choose the national set. */
export interface SetOptions {
  /** `--set`: a set id, or `auto` for the set in force. */
  readonly set: string;
  /** `--date`: the day that picks the set in force. */
  readonly date?: IsoDate;
  /** `--supplement`: national values the SDK lacks, typed in from the annex (JSON or the Excel form). */
  readonly supplement?: string;
}

/** The options that choose the set a communes file is evaluated on. */
export interface EvaluationSetOptions extends SetOptions {
  /** `--province-config`: the province's configuration file. */
  readonly provinceConfig?: string;
}

/**
 * The national set as shipped, by id (any letter case) or the one in force on `date` (`auto`).
 *
 * @example
 * ```ts
 * shippedSet({ set: 'XA_2026_2030' }, '2026-03-02').detail; // 'structure-only'
 * ```
 */
export function shippedSet(opts: SetOptions, date: IsoDate): NtmCriteriaSet {
  const set =
    opts.set.toLowerCase() === 'auto'
      ? resolveCriteriaSet({ level: 'xa', date: opts.date ?? date }, NTM_CRITERIA_SETS)
      : NTM_CRITERIA_SETS.find((s) => s.id.toLowerCase() === opts.set.toLowerCase());
  if (set === undefined)
    usageFail(CLI_ERRORS['cli/unknown-criteria-set'], {
      set: opts.set,
      available: NTM_CRITERIA_SETS.map((s) => s.id).join(', '),
    });
  return set;
}

/**
 * The national set by id (any letter case) or the one in force on `date` (`auto`), completed by the national
 * supplement of `--supplement` when given. A set without indicators (the SDK holds QĐ 51/2025/QĐ-TTg only as a
 * structure) cannot fill a template or evaluate a commune: that is an error saying how to supply them.
 *
 * @example
 * ```ts
 * const set = await nationalSet(ctx, { set: 'auto' }, '2022-12-31');
 * ```
 */
export async function nationalSet(
  ctx: Ctx,
  opts: SetOptions,
  date: IsoDate,
): Promise<NtmCriteriaSet> {
  const shipped = shippedSet(opts, date);
  const set =
    opts.supplement === undefined
      ? shipped
      : supplementedSet(await readSupplementFile(ctx.files, opts.supplement), shipped);
  if (set.criteria.every((c) => c.indicators.length === 0)) throw noIndicators(set);
  return set;
}

/**
 * A national set completed by a supplement file; every problem against the set names its place in the file.
 *
 * @example
 * ```ts
 * const set = supplementedSet(await readSupplementFile(files, 'bo-sung.xlsx'), XA_2026_2030);
 * ```
 */
export function supplementedSet(file: SupplementFile, set: NtmCriteriaSet): NtmCriteriaSet {
  // The engine names its argument `supplement`; a person reads the file, so paths start inside it.
  return inFile(
    () => supplementCriteriaSet(set, file.supplement),
    (path) => (path[0] === 'supplement' ? file.where(path.slice(1)) : { file: file.file }),
  );
}

/**
 * The threshold keys of a set, as its annex heads its columns: regions, or commune groups `1`–`3`.
 *
 * @example
 * ```ts
 * thresholdKeys('communeGroup'); // ['1', '2', '3']
 * ```
 */
export function thresholdKeys(kind: NtmThresholdKey): readonly string[] {
  return kind === 'region' ? REGIONS : GROUPS;
}

/** Region columns of the 2016–2025 sets, in the decisions' order. */
const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;

/** Commune groups of the 2026–2030 set. */
const GROUPS = ['1', '2', '3'] as const;

/**
 * The error for a set the SDK holds only as a structure: which set, what it lacks, and how to supply it.
 *
 * @example
 * ```ts
 * throw noIndicators(XA_2026_2030);
 * ```
 */
export function noIndicators(set: NtmCriteriaSet): CliError {
  return new CliError([
    issueOf(CLI_ERRORS['cli/set-without-indicators'], [], {
      set: set.id,
      annex: set.annex,
      criteria: set.criteria.length,
      indicators: set.indicatorCount ?? '?',
    }),
  ]);
}

/**
 * A national set with a province's configuration applied (tighter, never looser); every problem of the
 * configuration names the file and the JSON pointer of the value.
 *
 * @example
 * ```ts
 * const local = await provinceSet(ctx, 'examples/province-config/dien-bien.json', XA_2021_2025);
 * ```
 */
export async function provinceSet(
  ctx: Ctx,
  file: string,
  national: NtmCriteriaSet,
): Promise<NtmCriteriaSet> {
  const data = await readJson(ctx.files, file);
  const config = inJsonFile(file, () => parseProvinceCriteriaConfig(data));
  // The engine names its argument `config`; a person reads the file, so paths start inside it.
  return inJsonFile(file, () => localizeCriteriaSet(national, config), { drop: 'config' });
}

/**
 * The set a communes file is evaluated on for a year: national (by id or in force at the end of `year`), then the
 * province's configuration when given.
 *
 * @example
 * ```ts
 * const set = await evaluationSet(ctx, opts, 2022);
 * ```
 */
export async function evaluationSet(
  ctx: Ctx,
  opts: EvaluationSetOptions,
  year: number,
): Promise<NtmCriteriaSet> {
  const national = await nationalSet(ctx, opts, `${year}-12-31` as IsoDate);
  return opts.provinceConfig === undefined
    ? national
    : provinceSet(ctx, opts.provinceConfig, national);
}
