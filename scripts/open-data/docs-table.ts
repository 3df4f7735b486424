/*
 * The generated part of docs/open-data.md: every dataset and every file with its schema, size and source. It sits
 * between two markers, so the prose around it stays hand-written.
 */
import type { OpenDataFile } from './common.js';
import { sizes } from './format.js';

export const START = '<!-- open-data:generated:start (npm run data; do not edit by hand) -->';
export const END = '<!-- open-data:generated:end -->';

const kb = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
const specifier = (f: OpenDataFile): string => `@ntm/${f.pkg}/${f.path}`;

/** The markdown between the markers, from the files and their rendered text. */
export function renderTable(
  files: readonly OpenDataFile[],
  texts: ReadonlyMap<OpenDataFile, string>,
): string {
  const datasets = [...new Map(files.map((f) => [f.info.id, f.info])).values()];
  const lines = [
    START,
    '',
    '### Bộ dữ liệu / Datasets',
    '',
    '| Dataset (`info.id`) | Nội dung / Contents | `dataAsOf` | `status` | Files | Size (raw / gzip) |',
    '|---|---|---|---|---|---|',
  ];
  for (const info of datasets) {
    const own = files.filter((f) => f.info.id === info.id);
    const total = own.reduce(
      (sum, f) => {
        const s = sizes(texts.get(f) ?? '');
        return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip };
      },
      { raw: 0, gzip: 0 },
    );
    lines.push(
      `| \`${info.id}\` | ${info.title.vi} / ${info.title.en} | ${info.dataAsOf} | ${info.status} | ${own.length} | ${kb(total.raw)} / ${kb(total.gzip)} |`,
    );
  }
  lines.push(
    '',
    '### Tệp / Files',
    '',
    'Each file: its import path (also its path inside the npm package), the JSON Schema it satisfies, its size and where its values come from in the repository.',
    '',
    '| File | Nội dung / Contents | Schema | Size (raw / gzip) | Source in the repository |',
    '|---|---|---|---|---|',
  );
  for (const f of files) {
    const s = sizes(texts.get(f) ?? '');
    lines.push(
      `| \`${specifier(f)}\` | ${f.about.vi} / ${f.about.en} | \`@ntm/${f.pkg}/${f.schema.path}\` | ${kb(s.raw)} / ${kb(s.gzip)} | \`packages/${f.pkg}/${f.source.path}\`${f.source.note ? ` ${f.source.note}` : ''} |`,
    );
  }
  lines.push('', END);
  return lines.join('\n');
}

/** `page` with the generated part replaced. */
export function withTable(page: string, table: string): string {
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from) throw new Error('docs/open-data.md lacks the generated-part markers');
  return `${page.slice(0, from)}${table}${page.slice(to + END.length)}`;
}
