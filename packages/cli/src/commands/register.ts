import type { Command, Ctx } from '../context.js';
import { registerCriteria } from './criteria.js';
import { registerDeadlines } from './deadlines.js';
import { registerDirective } from './directive.js';
import { registerInit } from './init.js';
import { registerOcop } from './ocop.js';
import { registerUnits } from './units.js';

/**
 * Adds every command group to the program. A group appears here once its package has landed.
 *
 * @example
 * ```ts
 * registerCommands(ctx, program);
 * ```
 */
export function registerCommands(ctx: Ctx, program: Command): void {
  registerOcop(ctx, program);
  registerCriteria(ctx, program);
  registerDeadlines(ctx, program);
  registerDirective(ctx, program);
  registerUnits(ctx, program);
  registerInit(ctx, program);
}
