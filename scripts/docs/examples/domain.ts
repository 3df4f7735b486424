import {
  addMonths,
  formatIssues,
  parseVietnameseDate,
  searchKey,
  toResult,
} from '@ntm/domain/core';

console.log(parseVietnameseDate('ngày 26 tháng 7 năm 2022')); // the forms documents use
console.log(addMonths('2025-01-31', 1)); // clamps to the month's end
console.log(searchKey('Điện Biên Đông')); // diacritic-free search key
const checked = toResult(() => addMonths('2025-02-30', 1)); // impossible date → DomainError
if (!checked.success) console.log(formatIssues(checked.issues, { locale: 'en' }));
