import { addMonths, fromDayNumber, toDayNumber, weekday } from '@ntm/domain/core';
import {
  certificateTimeline,
  type DossierProduct,
  dossierProgress,
  recognitionPath,
} from '@ntm/ocop-scoring';
import { bench, describe } from 'vitest';

// 1,000 decision dates spread over 2019-08-21 … 2030, the same for every case.
const start = toDayNumber('2019-08-21');
const dates = Array.from({ length: 1000 }, (_, i) => fromDayNumber(start + ((i * 3.97) | 0)));

// The naive way: 36 calendar months with no day-off handling at all (what a spreadsheet formula does).
function naiveExpiry(date: string): string {
  const end = addMonths(date, 36);
  return weekday(end) === 0 || weekday(end) === 6 ? `${end}*` : end;
}

describe('certificate expiry, 1,000 decisions', () => {
  bench('certificateTimeline (Civil Code, holidays, filing window, extension, flags)', () => {
    for (const d of dates) certificateTimeline(d);
  });
  bench('naive addMonths(36) + weekend check', () => {
    for (const d of dates) naiveExpiry(d);
  });
});

describe('authority lookups, 1,000 dates × 5 star levels', () => {
  bench('recognitionPath', () => {
    for (const d of dates) for (const s of [1, 2, 3, 4, 5] as const) recognitionPath(s, d);
  });
});

const plan: DossierProduct = {
  steps: [
    { id: 'submit', level: 'commune', doneOn: '2026-06-01' },
    { id: 'commune-check', due: { after: 'submit', limit: 'commune-check' }, doneOn: '2026-06-15' },
    { id: 'province', due: { after: 'commune-check', limit: 'province-round' } },
    { id: 'central', due: { after: 'province', days: 90 } },
  ],
};

describe('progress table', () => {
  bench('dossierProgress, 4 steps', () => {
    dossierProgress(plan, '2026-07-01');
  });
});
