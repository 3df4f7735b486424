import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { CommuneFacts } from './commune-facts.js';
import type { CommuneFactsSchema, ProvinceCriteriaConfigSchema } from './ntm-schemas.js';
import type { ProvinceCriteriaConfig } from './province-config.js';

describe('NTM schemas match their interfaces', () => {
  it('province-criteria', () => {
    expectTypeOf<
      z.output<typeof ProvinceCriteriaConfigSchema>
    >().toEqualTypeOf<ProvinceCriteriaConfig>();
  });
  it('commune-facts', () => {
    expectTypeOf<z.output<typeof CommuneFactsSchema>>().toEqualTypeOf<CommuneFacts>();
  });
});
