/*
 * How the files are written: deterministic text (the staleness test compares it), JSON Schemas generated from zod.
 */
import { gzipSync } from 'node:zlib';
import * as z from 'zod';
import type { OpenDataFile, OpenDataSchema } from './common.js';

/**
 * `pretty`: two-space indentation. `lines`: the top-level object indented, and each element of its top-level arrays
 * on one line — large tables stay greppable and diffable without doubling their size.
 */
export function renderJson(value: unknown, layout: OpenDataFile['layout']): string {
  if (layout === 'pretty') return `${JSON.stringify(value, null, 2)}\n`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('a `lines` file is an object at the top');
  const entries = Object.entries(value).map(([key, v]) => {
    const body = Array.isArray(v)
      ? v.length === 0
        ? '[]'
        : `[\n${v.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : JSON.stringify(v, null, 2).replaceAll('\n', '\n  ');
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/**
 * The JSON Schema file of a format (draft 2020-12), with its title and description. Parts used more than once (a legal
 * basis, a bilingual text) are written once under `$defs`.
 */
export function renderSchema(schema: OpenDataSchema): string {
  const json = z.toJSONSchema(schema.zod, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title: schema.title, description: schema.description, ...rest }, null, 2)}\n`;
}

/** Bytes of the text as UTF-8, and gzipped (level 9, as a tarball or a server would). */
export function sizes(text: string): { raw: number; gzip: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
