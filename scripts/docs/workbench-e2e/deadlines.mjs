// Hạn chót và lịch: the example directives' schedule and ICS (parsed with ical.js) hold the deadlines the CLI finds;
// pasted lines give the same dates; the days off of a year carry their legal basis; N working days skip Tết.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';

async function open(page, baseUrl) {
  await page.goto(`${baseUrl}deadlines.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

/** `ntm directive schedule <file> --format json`, parsed. */
function cliSchedule(ntm, file) {
  return JSON.parse(ntm('directive', 'schedule', file, '--format', 'json'));
}

/** The events of an ICS text: [{ uid, date, summary }]. */
function events(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, date: event.startDate.toString(), summary: event.summary };
  });
}

export default [
  {
    name: 'deadlines: the example directives give the ICS ical.js reads, with the deadlines the CLI finds',
    run: async ({ page, baseUrl, assert, downloads, root, screenshot, ntm }) => {
      await open(page, baseUrl);
      const details = [];
      for (const name of ['tuan-giao-2022.json', 'lai-chau-2020.json']) {
        const file = join(root, 'examples/directives', name);
        const expected = cliSchedule(ntm, file).items.filter((i) => i.occurrence.kind === 'due');
        assert(expected.length > 0, `${name}: the CLI finds no deadline`);
        await page.setInputFiles('#directive-file', file);
        await page.waitForSelector('#schedule-table');
        const ics = await downloads(() => page.click('#download-ics'));
        assert(ics.name.endsWith('.ics'), `download named ${ics.name}`);
        const got = events(ics.bytes.toString('utf8'));
        const dates = got.map((e) => `${e.date} ${e.uid}`).sort();
        const want = expected.map((i) => `${i.occurrence.due} ${i.taskId}`).sort();
        assert(got.length === want.length, `${name}: ${got.length} events, CLI ${want.length}`);
        for (const [n, w] of want.entries()) {
          const [date, task] = w.split(' ');
          assert(
            dates[n]?.startsWith(`${date} `) && dates[n]?.includes(`-${task}-`),
            `${name}: event ${dates[n]} ≠ CLI ${w}`,
          );
        }
        if (name.startsWith('tuan-giao')) {
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot('deadlines');
        }
        details.push(`${name} ${got.length} events`);
      }
      return `${details.join(', ')}, each on the CLI's date`;
    },
  },
  {
    name: 'deadlines: pasted lines give the dates of the loaded directive; an unreadable line is named, not guessed',
    run: async ({ page, baseUrl, assert, root, ntm }) => {
      await open(page, baseUrl);
      const directive = JSON.parse(
        await readFile(join(root, 'examples/directives/tuan-giao-2022.json'), 'utf8'),
      );
      const lines = directive.tasks
        .filter((t) => t.deadline?.text)
        .map((t) => `${t.id}. ${t.deadline.text}`);
      const expected = cliSchedule(ntm, join(root, 'examples/directives/tuan-giao-2022.json'));
      const { year, month, day } = directive.signed;
      const signed = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      await page.fill('#signed', signed);
      await page.dispatchEvent('#signed', 'change');
      await page.fill('#lines', [...lines, '9. khi nào xong thì báo'].join('\n'));
      await page.waitForSelector('#schedule-table');
      const rows = await page.$$eval('#schedule-table tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')),
      );
      for (const item of expected.items) {
        const [y, m, d] = item.occurrence.due.split('-');
        assert(
          rows.some((r) => r[0] === item.taskId && r[2] === `${d}/${m}/${y}`),
          `pasted: task ${item.taskId} not due ${item.occurrence.due}: ${JSON.stringify(rows)}`,
        );
      }
      const problems = (await page.textContent('#schedule-problems')) ?? '';
      assert(problems.includes('deadlines/unrecognised') && problems.includes('9 '), problems);
      return `${lines.length} pasted lines → ${rows.length} dated rows as the CLI dates them; line 9 reported as unrecognised`;
    },
  },
  {
    name: 'deadlines: days off of a year with their legal basis; working days skip the Tết block',
    run: async ({ page, baseUrl, assert }) => {
      await open(page, baseUrl);
      await page.fill('#year', '2025');
      await page.waitForSelector('#days-off-table');
      const rows = await page.$$eval('#days-off-table tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')),
      );
      assert(rows.length > 10, `2025: ${rows.length} rows`);
      assert(
        rows.every((r) => r[3]?.trim() !== ''),
        'a day off without its legal basis',
      );
      assert(
        rows.some((r) => r[0] === '02/09/2025'),
        'National Day 02/09/2025 missing',
      );
      // The example of addWorkingDays' documentation: 24/01/2025 + 1 working day is 03/02/2025 (Tết Ất Tỵ).
      await page.fill('#start', '2025-01-24');
      await page.dispatchEvent('#start', 'change');
      await page.fill('#count', '1');
      const result = await page.getAttribute('#working-days-result', 'data-date');
      assert(result === '2025-02-03', `24/01/2025 + 1 working day = ${result}`);
      const text = (await page.textContent('#working-days')) ?? '';
      assert(text.includes('Tết'), `the skipped Tết days are not named: ${text}`);
      await page.fill('#year', '1800');
      await page.waitForSelector('#days-off .issues');
      return `2025: ${rows.length} rows, each with its basis; 24/01/2025 + 1 = 03/02/2025 with Tết named; 1800 refused`;
    },
  },
];
