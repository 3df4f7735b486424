/*
 * The resolutions table of data-src/units (resolutions.tsv) and the links transcribed from their texts
 * (resolution-links.tsv). See data-src/units/README.md for the columns and the sources.
 */
import { tsvLines } from './tsv.js';

/** One resolution that arranged units between 2018 and 2025. */
export interface Resolution {
  /** Number as printed: `815/NQ-UBTVQH14`. */
  readonly number: string;
  /** Day signed (`YYYY-MM-DD`); empty when not verified. */
  readonly signed: string;
  /** Day it took effect; empty when not verified (the change then lies on or after `signed`). */
  readonly effective: string;
  /** Codes of the provinces (2 digits), districts (3) or communes (5) whose units it arranges. */
  readonly scope: readonly string[];
  /** What it does, in Vietnamese. */
  readonly summary: string;
  /** Where the number and the dates were read. */
  readonly sources: readonly string[];
  /** `verified`: seen in the text or in two sources that agree; `reported`: one secondary source. */
  readonly status: 'verified' | 'reported';
}

/** One link a resolution's text establishes: the unit `from` was merged (wholly or partly) into the unit `to`. */
export interface ResolutionLink {
  readonly resolution: string;
  readonly level: 'C' | 'D';
  readonly from: string;
  readonly to: string;
  readonly kind: 'full' | 'partial';
  /** The clause, as cited (`Điều 1 khoản 2`). */
  readonly clause: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;
const CODE = /^(\d{2}|\d{3}|\d{5})$/u;

export function parseResolutions(text: string): Resolution[] {
  const out: Resolution[] = [];
  const numbers = new Set<string>();
  for (const [i, fields] of tsvLines(text).entries()) {
    if (i === 0) continue; // header
    const [
      number = '',
      signed = '',
      effective = '',
      scope = '',
      summary = '',
      sources = '',
      status = '',
    ] = fields;
    const where = `resolutions.tsv:${i + 1}`;
    if (!/^\d+\/(?:\d{4}\/)?NQ-UBTVQH1[45]$|^\d+\/\d{4}\/QH1[45]$/u.test(number))
      throw new Error(`${where}: bad number ${number}`);
    if (numbers.has(number)) throw new Error(`${where}: ${number} twice`);
    numbers.add(number);
    const date = (d: string) => d === '' || DATE.test(d);
    if (!date(signed) || !date(effective) || (signed === '' && effective === ''))
      throw new Error(`${where}: bad dates ${signed} ${effective}`);
    if (signed !== '' && effective !== '' && effective < signed)
      throw new Error(`${where}: takes effect before it was signed`);
    const codes = scope.split(',');
    if (codes.some((c) => !CODE.test(c))) throw new Error(`${where}: bad scope ${scope}`);
    if (status !== 'verified' && status !== 'reported')
      throw new Error(`${where}: bad status ${status}`);
    if (summary === '' || sources === '') throw new Error(`${where}: summary and source required`);
    out.push({
      number,
      signed,
      effective,
      scope: codes,
      summary,
      sources: sources.split(' '),
      status,
    });
  }
  return out;
}

export function parseResolutionLinks(text: string, known: ReadonlySet<string>): ResolutionLink[] {
  return tsvLines(text)
    .slice(1)
    .map((fields, i) => {
      const [resolution = '', level = '', from = '', to = '', kind = '', clause = ''] = fields;
      const where = `resolution-links.tsv:${i + 2}`;
      if (!known.has(resolution)) throw new Error(`${where}: ${resolution} not in resolutions.tsv`);
      if ((level !== 'C' && level !== 'D') || !CODE.test(from) || !CODE.test(to))
        throw new Error(`${where}: bad codes ${level} ${from} ${to}`);
      if (kind !== 'full' && kind !== 'partial') throw new Error(`${where}: bad kind ${kind}`);
      if (clause === '') throw new Error(`${where}: clause required`);
      return { resolution, level, from, to, kind, clause };
    });
}
