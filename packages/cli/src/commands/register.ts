import { type Command, type Ctx, group } from '../context.js';
import { registerCheckConfig } from './criteria/check-config.js';
import { registerCheckSupplement } from './criteria/check-supplement.js';
import { registerEvaluate } from './criteria/evaluate.js';
import { registerRoadmap } from './criteria/roadmap.js';
import { registerSummary } from './criteria/summary.js';
import { registerSupplementTemplate } from './criteria/supplement-template.js';
import { registerAdd } from './deadlines/add.js';
import { registerDaysOff } from './deadlines/days-off.js';
import { registerParse } from './deadlines/parse.js';
import { registerSchedule } from './directive/schedule.js';
import { registerStatus } from './directive/status.js';
import { HELP } from './help-texts.js';
import { registerInitAssessment } from './init/assessment.js';
import { registerInitCommunes } from './init/communes.js';
import { registerInitProvinceConfig } from './init/province-config.js';
import { registerFind as registerOcopFind } from './ocop/find.js';
import { registerScore } from './ocop/score.js';
import { registerTimeline } from './ocop/timeline.js';
import { registerFind as registerUnitsFind } from './units/find.js';

/** Adds one leaf command to its group. */
type RegisterLeaf = (ctx: Ctx, group: Command) => Command;

/**
 * The command groups in the order `ntm --help` lists them, each with its leaf commands in order. A group's help is
 * `HELP[<group name>]`.
 */
const GROUPS = {
  ocop: [registerScore, registerOcopFind, registerTimeline],
  criteria: [
    registerEvaluate,
    registerSummary,
    registerRoadmap,
    registerCheckConfig,
    registerSupplementTemplate,
    registerCheckSupplement,
  ],
  deadlines: [registerParse, registerDaysOff, registerAdd],
  directive: [registerSchedule, registerStatus],
  units: [registerUnitsFind],
  init: [registerInitAssessment, registerInitCommunes, registerInitProvinceConfig],
} as const satisfies Readonly<Record<string, readonly RegisterLeaf[]>>;

/**
 * Adds every command group, and its leaf commands, to the program.
 *
 * @example
 * ```ts
 * registerCommands(ctx, program);
 * ```
 */
export function registerCommands(ctx: Ctx, program: Command): void {
  for (const name of Object.keys(GROUPS) as (keyof typeof GROUPS)[]) {
    const parent = group(ctx, program, name, HELP[name]);
    for (const register of GROUPS[name]) register(ctx, parent);
  }
}
