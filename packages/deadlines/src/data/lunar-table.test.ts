import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderTableData, TABLE_FILE } from '../../scripts/generate-lunar-table.js';
import { encodeTable } from '../lunar/encode-table.js';
import { LUNAR_TABLE, UNCERTAIN_MONTH_STARTS } from './lunar-table.js';

test('the shipped table is what the astronomy (Meeus, UTC+7) produces', () => {
  const { table, uncertain } = encodeTable();
  expect(LUNAR_TABLE).toBe(table);
  expect(UNCERTAIN_MONTH_STARTS).toBe(uncertain);
});

test('lunar-table.ts is exactly what `npm run lunar -w @ntm/deadlines` writes', () => {
  expect(readFileSync(TABLE_FILE, 'utf8')).toBe(renderTableData());
});
