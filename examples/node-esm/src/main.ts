// The seed scenarios of ntm-sdk, run end to end on embedded data (`npm start` at the repository root).
// An ordinary ESM Node app: it imports the BUILT @ntm packages exactly as a user's app would.
import { laiChau2020 } from './lai-chau-2020.js';
import { line, prose } from './print.js';
import { labelled } from './supplements.js';
import { tuanGiao2022 } from './tuan-giao-2022.js';
import { tuanGiao2026 } from './tuan-giao-2026.js';

// Only an app reads the clock; the libraries take "today" as an argument.
const today = process.env.NTM_TODAY ?? new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

line('ntm-sdk — hai văn bản chỉ đạo mẫu / the two seed directives');
prose(
  `Hôm nay / today: ${today}. Đơn vị hành chính trước và sau sắp xếp 01/07/2025 / administrative units before and after the reorganisation of 01/07/2025.`,
);
prose(
  'Số liệu ghi "minh hoạ / illustrative" là giả định để trình diễn, không phải kết quả thật / values marked "minh hoạ / illustrative" are made up for the demonstration, not real results.',
);
labelled({
  vi: 'Ngưỡng quốc gia còn thiếu lấy từ tệp mẫu examples/national-supplement',
  en: 'Missing national thresholds come from examples/national-supplement',
});
laiChau2020(today);
tuanGiao2022(today);
tuanGiao2026();
line();
