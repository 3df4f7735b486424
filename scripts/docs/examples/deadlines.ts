import { addWorkingDays, daysOff, endOfPeriod, toLunar } from '@ntm/deadlines';

console.log(toLunar('2026-02-17')); // lunar date at UTC+7, whatever the host time zone
const tet = daysOff(2026).filter((d) => d.holiday === 'tet-am-lich');
console.log(tet.map((d) => d.date).join(' '), tet[0]?.source);
console.log(addWorkingDays('2026-02-13', 1)); // the next working day after the Tết block
// A 36-month OCOP certificate decided on 19/06/2025 (Civil Code Arts. 144–148).
console.log(endOfPeriod('2025-06-19', { months: 36 }));
