import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaSources, toJsonSchema } from './json-schemas.js';

const dir = new URL('../../schemas/', import.meta.url);

describe('checked-in JSON Schemas', () => {
  it.each(Object.entries(jsonSchemaSources))('schemas/%s.json is up to date', (name, schema) => {
    const onDisk = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
    // Run `npm run schemas -w @ntm/domain` when this fails.
    expect(onDisk).toEqual(toJsonSchema(schema));
  });

  it('has no schema file without a source', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(
      Object.keys(jsonSchemaSources).sort(),
    );
  });
});
