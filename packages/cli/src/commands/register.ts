import type { Command, Ctx } from '../context.js';
import { registerCriteria } from './criteria/index.js';
import { registerDeadlines } from './deadlines/index.js';
import { registerDirective } from './directive/index.js';
import { registerInit } from './init/index.js';
import { registerOcop } from './ocop/index.js';
import { registerUnits } from './units/index.js';

/**
 * Adds every command group to the program.
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
