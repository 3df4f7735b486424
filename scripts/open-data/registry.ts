/* Every published open-data file, in the order of the docs page. */
import type { OpenDataFile, OpenDataSchema } from './common.js';
import { criteriaFiles } from './criteria.js';
import { deadlinesFiles } from './deadlines.js';
import { ocopFiles } from './ocop.js';
import { unitsFiles } from './units.js';

export function openDataFiles(): OpenDataFile[] {
  return [...ocopFiles(), ...criteriaFiles(), ...deadlinesFiles(), ...unitsFiles()];
}

/** The schemas the files use, once each, with their package. */
export function openDataSchemas(
  files: readonly OpenDataFile[],
): { pkg: OpenDataFile['pkg']; schema: OpenDataSchema }[] {
  const seen = new Map<string, { pkg: OpenDataFile['pkg']; schema: OpenDataSchema }>();
  for (const f of files) {
    const key = `${f.pkg}/${f.schema.path}`;
    const known = seen.get(key);
    if (known && known.schema !== f.schema) throw new Error(`two schemas at ${key}`);
    seen.set(key, { pkg: f.pkg, schema: f.schema });
  }
  return [...seen.values()];
}
