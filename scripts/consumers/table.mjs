// The consumer matrix as a Markdown table: one row per entry point, one column per way of consuming it.
const MODES = ['node10', 'node16', 'nodenext', 'bundler'];
const COLUMNS = [
  ['ESM import', ['ESM import']],
  ['CJS require', ['CJS require']],
  ...MODES.map((mode) => [`tsc ${mode}`, [`tsc ${mode}`]]),
  ['no zod: run (ESM, CJS)', ['no zod: ESM import', 'no zod: CJS require']],
  ['no zod: tsc (4 modes)', MODES.map((mode) => `no zod: tsc ${mode}`)],
];
const MARK = { pass: '✔', fail: '✘', skip: '↷' };

function mark(cells) {
  if (cells.length === 0) return '—';
  if (cells.some((c) => c.status === 'fail')) return '✘';
  return cells.every((c) => c.status === 'skip') ? '↷' : '✔';
}

/** ✔ passed, ✘ failed, ↷ skipped (no Chromium outside CI), — not applicable. */
export function renderTable(cells, specs) {
  const inColumns = new Set(COLUMNS.flatMap(([, consumers]) => consumers));
  const rows = [...new Set([...specs.map((s) => s.entry), ...cells.map((c) => c.entry)])];
  const lines = [
    `| entry point | ${COLUMNS.map(([title]) => title).join(' | ')} | also |`,
    `|---|${COLUMNS.map(() => ':-:').join('|')}|---|`,
  ];
  for (const entry of rows) {
    const own = cells.filter((c) => c.entry === entry);
    const columns = COLUMNS.map(([, consumers]) =>
      mark(own.filter((c) => consumers.includes(c.consumer))),
    );
    const also = own
      .filter((c) => !inColumns.has(c.consumer))
      .map((c) => `${c.consumer} ${MARK[c.status]}`)
      .join('; ');
    lines.push(`| \`${entry}\` | ${columns.join(' | ')} | ${also} |`);
  }
  return lines.join('\n');
}
