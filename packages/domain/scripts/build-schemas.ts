// Regenerates packages/domain/schemas/*.json from the registry in src/schemas/json-schemas.ts.
import { writeFileSync } from 'node:fs';
import { jsonSchemaSources, toJsonSchema } from '../src/schemas/json-schemas.js';

for (const [name, schema] of Object.entries(jsonSchemaSources)) {
  const file = new URL(`../schemas/${name}.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(toJsonSchema(schema), null, 2)}\n`);
  console.log(`wrote schemas/${name}.json`);
}
