import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { Directive } from './directive.js';
import type { DirectiveSchema } from './directive-schema.js';

test('the schema produces the documented interface', () => {
  expectTypeOf<z.output<typeof DirectiveSchema>>().toEqualTypeOf<Directive>();
});
