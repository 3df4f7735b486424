// Fuzzing @ntm/deadlines/ics: calendar files from generated events (Vietnamese text, long and odd strings, alarms),
// valid, spoilt, or with every field hostile.
import { toICS } from '@ntm/deadlines/ics';
import fc from 'fast-check';
import { describe } from 'vitest';
import { fuzz } from './support/harness.js';
import {
  date,
  hostileString,
  mixedVietnamese,
  num,
  or,
  recentDate,
} from './support/hostile-values.js';
import { validOrSpoilt } from './support/spoil.js';

const text = fc.oneof(mixedVietnamese, fc.string(), hostileString);
const alarm = fc.record(
  { daysBefore: fc.integer({ min: 0, max: 30 }), description: text },
  { requiredKeys: ['daysBefore'] },
);
const event = fc.record(
  {
    date: recentDate,
    endDate: recentDate,
    summary: text,
    description: text,
    location: text,
    categories: fc.array(text, { maxLength: 3 }),
    uid: fc.string({ minLength: 1 }),
    alarm: fc.option(alarm),
  },
  { requiredKeys: ['date', 'summary'] },
);
const options = fc.record(
  {
    stamp: fc.constantFrom('2025-01-01T00:00:00Z', '2022-07-26T08:30:00Z', '2025-13-01T25:61:61Z'),
    uidDomain: fc.domain(),
    calendarName: text,
    prodId: text,
    alarm,
  },
  { requiredKeys: ['stamp'] },
);

const wildEvent = or(
  fc.record(
    {
      date,
      endDate: date,
      summary: or(text),
      categories: or(fc.array(or(text), { maxLength: 3 })),
      alarm: or(fc.record({ daysBefore: num, description: or(text) }, { requiredKeys: [] })),
    },
    { requiredKeys: ['date', 'summary'] },
  ),
);

describe('@ntm/deadlines/ics', () => {
  fuzz(
    'toICS',
    toICS,
    validOrSpoilt(
      fc.tuple(fc.array(event, { maxLength: 4 }), options),
      fc.tuple(or(fc.array(wildEvent, { maxLength: 4 })), or(options)),
    ),
  );
});
