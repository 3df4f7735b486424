import type { Command, Ctx } from '../context.js';
import { registerInit } from './init.js';
import { registerOcop } from './ocop.js';

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
  registerInit(ctx, program);
}
